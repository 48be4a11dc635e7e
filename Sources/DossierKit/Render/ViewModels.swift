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

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "pageTitle": TemplateValue(pageTitle)
        case "siteTitle": TemplateValue(siteTitle)
        case "root": TemplateValue(root)
        case "kind": TemplateValue(kind)
        case "bodyHTML": TemplateValue(bodyHTML)
        case "nav": TemplateValue(nav.references)
        case "sourceCount": TemplateValue(sourceCount)
        case "sourceWord": TemplateValue(sourceCount == 1 ? "source" : "sources")
        case "scripts": TemplateValue(scripts)
        default: nil
        }
    }
}

struct NavItem: PageBody {
    var label: String
    var href: String
    var current: Bool

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "href": TemplateValue(href)
        case "current": TemplateValue(current)
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

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "slug": TemplateValue(slug)
        case "file": TemplateValue(file)
        case "outlet": TemplateValue(outlet)
        case "published": TemplateValue(published)
        case "publishedLong": TemplateValue(publishedLong)
        case "author": TemplateValue(author)
        case "paragraphCount": TemplateValue(paragraphCount)
        case "paragraphWord": TemplateValue(paragraphCount == 1 ? "paragraph" : "paragraphs")
        case "captionCount": TemplateValue(captionCount)
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

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "root": TemplateValue(root)
        case "topEntities": TemplateValue(topEntities.references)
        case "hasTopEntities": TemplateValue(!topEntities.isEmpty)
        case "entityCount": TemplateValue(entityCount)
        case "title": TemplateValue(title)
        case "descriptionHTML": TemplateValue(descriptionHTML)
        case "sources": TemplateValue(sources.references)
        case "hasSources": TemplateValue(!sources.isEmpty)
        case "sourceCount": TemplateValue(sourceCount)
        case "sourceWord": TemplateValue(sourceCount == 1 ? "source" : "sources")
        case "paragraphCount": TemplateValue(paragraphCount)
        case "span": TemplateValue(span)
        case "outletCount": TemplateValue(outletCount > 0 ? outletCount : nil)
        case "outletWord": TemplateValue(outletCount == 1 ? "outlet" : "outlets")
        case "collectionCount": TemplateValue(collectionCount > 0 ? collectionCount : nil)
        case "collectionWord": TemplateValue(collectionCount == 1 ? "collection" : "collections")
        case "collections": TemplateValue(collections)
        case "hasCollections": TemplateValue(!collections.isEmpty)
        case "outlets": TemplateValue(outlets)
        case "hasOutlets": TemplateValue(!outlets.isEmpty)
        case "moreOutlets": TemplateValue(moreOutlets)
        case "years": TemplateValue(years.references)
        case "hasYears": TemplateValue(years.count > 1)
        case "recent": TemplateValue(recent.references)
        case "hasRecent": TemplateValue(!recent.isEmpty)
        case "connected": TemplateValue(connected)
        case "hasConnected": TemplateValue(!connected.isEmpty)
        case "orders": TemplateValue(orders)
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

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "notes": TemplateValue(notes.references)
        case "hasNotes": TemplateValue(!notes.isEmpty)
        case "id": TemplateValue(id)
        case "number": TemplateValue(number)
        case "html": TemplateValue(html)
        case "line": TemplateValue(line)
        default: nil
        }
    }
}

struct CaptionView: PageBody {
    var id: String
    var html: String
    var credit: String?
    var notes: [NoteView] = []

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "notes": TemplateValue(notes.references)
        case "hasNotes": TemplateValue(!notes.isEmpty)
        case "id": TemplateValue(id)
        case "html": TemplateValue(html)
        case "credit": TemplateValue(credit)
        default: nil
        }
    }
}

struct RemovedView: PageBody {
    var text: String
    var reason: String
    var line: Int

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "text": TemplateValue(text)
        case "reason": TemplateValue(reason)
        case "line": TemplateValue(line)
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

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "root": TemplateValue(root)
        case "url": TemplateValue(url)
        case "format": TemplateValue(format)
        case "titleHTML": TemplateValue(titleHTML)
        case "entities": TemplateValue(entities.references)
        case "hasEntities": TemplateValue(!entities.isEmpty)
        case "dates": TemplateValue(dates)
        case "hasDates": TemplateValue(!dates.isEmpty)
        case "related": TemplateValue(related.references)
        case "hasRelated": TemplateValue(!related.isEmpty)
        case "titleNotes": TemplateValue(titleNotes)
        case "hasTitleNotes": TemplateValue(!titleNotes.isEmpty)
        case "paragraphs": TemplateValue(paragraphs.references)
        case "captions": TemplateValue(captions.references)
        case "removed": TemplateValue(removed.references)
        case "hasRemoved": TemplateValue(!removed.isEmpty)
        case "previous": TemplateValue(previous)
        case "next": TemplateValue(next)
        default: item.child(named: name)
        }
    }
}
