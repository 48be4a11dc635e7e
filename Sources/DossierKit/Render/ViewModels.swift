import Markdown

// View models built for the templates: `TemplateView` with a switch over the names, never reflection
// (DESIGN.md measures why). Strings are escaped by `{{…}}`; fields ending in `HTML` hold markup
// made by cmark or the generator and are the only ones templates insert with `{{{…}}}`.

struct LayoutView: PageBody {
    var pageTitle: String
    var siteTitle: String
    var root: String
    var kind: String
    var bodyHTML: String
    var nav: [NavItem]
    var sourceCount: Int
    var scripts: [String]

    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": pageTitle
        case "siteTitle": siteTitle
        case "root": root
        case "kind": kind
        case "bodyHTML": bodyHTML
        case "nav": nav.references
        case "sourceCount": sourceCount
        case "sourceWord": sourceCount == 1 ? "source" : "sources"
        case "scripts": scripts
        default: nil
        }
    }
}

struct NavItem: PageBody {
    var label: String
    var href: String
    var current: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "current": current
        default: nil
        }
    }
}

struct SourceItemView: PageBody {
    var title: String
    var slug: String
    var file: String
    var outlet: String?
    var published: String?
    var publishedLong: String?
    var author: String?
    var paragraphCount: Int
    var captionCount: Int

    init(_ article: Article) {
        title = article.title
        slug = article.slug
        file = article.file
        outlet = article.metadata.outlet
        published = article.metadata.published?.description
        publishedLong = article.metadata.published?.longForm
        author = article.metadata.author
        paragraphCount = article.paragraphs.count
        captionCount = article.captions.count
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "slug": slug
        case "file": file
        case "outlet": outlet
        case "published": published
        case "publishedLong": publishedLong
        case "author": author
        case "paragraphCount": paragraphCount
        case "paragraphWord": paragraphCount == 1 ? "paragraph" : "paragraphs"
        case "captionCount": captionCount
        default: nil
        }
    }
}

struct IndexView: PageBody {
    var root: String
    var title: String
    var descriptionHTML: String?
    /// Every source, as filed, when there are few; otherwise empty and the paged lists hold them.
    var sources: [SourceItemView]
    var paragraphCount: Int
    var topEntities: [KindGroupView]
    var entityCount: Int
    var sourceCount: Int
    var span: String?
    var outletCount: Int
    var collectionCount: Int
    var collections: [ListLinkView]
    var outlets: [ListLinkView]
    var moreOutlets: String?
    var years: [ListLinkView]
    var recent: [SourceItemView]
    var connected: [ConnectedSourceView]
    var orders: [ListLinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "root": root
        case "topEntities": topEntities.references
        case "hasTopEntities": !topEntities.isEmpty
        case "entityCount": entityCount
        case "title": title
        case "descriptionHTML": descriptionHTML
        case "sources": sources.references
        case "hasSources": !sources.isEmpty
        case "sourceCount": sourceCount
        case "sourceWord": sourceCount == 1 ? "source" : "sources"
        case "paragraphCount": paragraphCount
        case "span": span
        case "outletCount": outletCount > 0 ? outletCount : nil
        case "outletWord": outletCount == 1 ? "outlet" : "outlets"
        case "collectionCount": collectionCount > 0 ? collectionCount : nil
        case "collectionWord": collectionCount == 1 ? "collection" : "collections"
        case "collections": collections
        case "hasCollections": !collections.isEmpty
        case "outlets": outlets
        case "hasOutlets": !outlets.isEmpty
        case "moreOutlets": moreOutlets
        case "years": years.references
        case "hasYears": years.count > 1
        case "recent": recent.references
        case "hasRecent": !recent.isEmpty
        case "connected": connected
        case "hasConnected": !connected.isEmpty
        case "orders": orders
        default: nil
        }
    }
}

struct ParagraphView: PageBody {
    var id: String
    var number: Int
    var html: String
    var line: Int
    var notes: [NoteView] = []

    func child(named name: String) -> Any? {
        switch name {
        case "notes": notes.references
        case "hasNotes": !notes.isEmpty
        case "id": id
        case "number": number
        case "html": html
        case "line": line
        default: nil
        }
    }
}

struct CaptionView: PageBody {
    var id: String
    var html: String
    var credit: String?
    var notes: [NoteView] = []

    func child(named name: String) -> Any? {
        switch name {
        case "notes": notes.references
        case "hasNotes": !notes.isEmpty
        case "id": id
        case "html": html
        case "credit": credit
        default: nil
        }
    }
}

struct RemovedView: PageBody {
    var text: String
    var reason: String
    var line: Int

    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "reason": reason
        case "line": line
        default: nil
        }
    }
}

/// What a source page's headline, paragraphs and captions are made from: the article, the wraps of each block
/// (entity links, annotation marks) and the notes under each block. A page's key hashes this; the markup is
/// made from it by `SourcePageView.prepared()`, only when the page is rendered.
struct ArticleText: Encodable, Sendable {
    var article: Article
    var wraps: [String: [InlineWrap]]
    var notes: [String: [NoteView]]

    enum CodingKeys: String, CodingKey { case article, wraps, notes }

    /// Blocks in key order: a dictionary's own order differs from run to run, and the page's key must not.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article, forKey: .article)
        var w = c.nestedUnkeyedContainer(forKey: .wraps)
        for (k, v) in wraps.sorted(by: { $0.key < $1.key }) { try w.encode(k); try w.encode(v) }
        var n = c.nestedUnkeyedContainer(forKey: .notes)
        for (k, v) in notes.sorted(by: { $0.key < $1.key }) { try n.encode(k); try n.encode(v) }
    }
}

struct SourcePageView: PageBody {
    var root: String
    var item: SourceItemView
    var url: String?
    var format: String
    var text: ArticleText
    var titleHTML = ""
    var paragraphs: [ParagraphView] = []
    var captions: [CaptionView] = []
    var entities: [KindGroupView]
    var dates: [LinkView]
    var related: [RelatedSourceView]
    var titleNotes: [NoteView]
    var removed: [RemovedView]
    var previous: SourceItemView?
    var next: SourceItemView?

    // Everything but the markup `prepared()` makes from `text`.
    enum CodingKeys: String, CodingKey, CaseIterable { case root, item, url, format, text, entities, dates, related, titleNotes, removed, previous, next }

    func prepared() -> SourcePageView {
        var view = self
        let article = text.article, wraps = text.wraps, notes = text.notes
        view.titleHTML = ArticleHTML.inline(article.title, wraps: wraps["title"] ?? [])
        view.paragraphs = ArticleHTML.paragraphs(article, wraps: wraps)
        for p in view.paragraphs.indices { view.paragraphs[p].notes = notes[view.paragraphs[p].id] ?? [] }
        view.captions = ArticleHTML.captions(article, wraps: wraps)
        for c in view.captions.indices { view.captions[c].notes = notes[view.captions[c].id] ?? [] }
        return view
    }

    func child(named name: String) -> Any? {
        switch name {
        case "root": root
        case "url": url
        case "format": format
        case "titleHTML": titleHTML
        case "entities": entities.references
        case "hasEntities": !entities.isEmpty
        case "dates": dates
        case "hasDates": !dates.isEmpty
        case "related": related.references
        case "hasRelated": !related.isEmpty
        case "titleNotes": titleNotes
        case "hasTitleNotes": !titleNotes.isEmpty
        case "paragraphs": paragraphs.references
        case "captions": captions.references
        case "removed": removed.references
        case "hasRemoved": !removed.isEmpty
        case "previous": previous
        case "next": next
        default: item.child(named: name)
        }
    }
}
