import Markdown

struct NoteView: PageBody {
    var id: String
    var number: Int
    var noteHTML: String
    var tags: [String]
    var quote: String
    var href: String
    var sourceTitle: String
    var entities: [EntityLinkView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": TemplateValue(id)
        case "number": TemplateValue(number)
        case "noteHTML": TemplateValue(noteHTML)
        case "tags": TemplateValue(tags)
        case "hasTags": TemplateValue(!tags.isEmpty)
        case "quote": TemplateValue(quote)
        case "href": TemplateValue(href)
        case "sourceTitle": TemplateValue(sourceTitle)
        case "entities": TemplateValue(entities.references)
        case "hasEntities": TemplateValue(!entities.isEmpty)
        default: nil
        }
    }
}

struct QuoteView: PageBody {
    var text: String
    var href: String
    var sourceTitle: String
    var place: String
    var attribution: String

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "text": TemplateValue(text)
        case "href": TemplateValue(href)
        case "sourceTitle": TemplateValue(sourceTitle)
        case "place": TemplateValue(place)
        case "attribution": TemplateValue(attribution)
        default: nil
        }
    }
}

struct RelatedSourceView: PageBody {
    var item: SourceItemView
    var shared: [EntityLinkView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "shared": TemplateValue(shared.references)
        case "sharedCount": TemplateValue(shared.count)
        default: item.child(named: name)
        }
    }
}

struct AnnotationsPageView: PageBody {
    var root: String
    var notes: [NoteView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "root": TemplateValue(root)
        case "notes": TemplateValue(notes.references)
        case "hasNotes": TemplateValue(!notes.isEmpty)
        case "count": TemplateValue(notes.count)
        default: nil
        }
    }
}

/// Annotation notes, quotes and related sources as views.
enum AnnotationHTML {
    static func note(_ a: Annotation, number: Int, dossier: Dossier, root: String) -> NoteView {
        let article = dossier.articles[a.location.article]
        return NoteView(
            id: a.id, number: number, noteHTML: MarkdownDocument.renderHTML(a.note), tags: a.tags, quote: a.text,
            href: "\(root)sources/\(article.slug).html#\(a.id)", sourceTitle: article.title,
            entities: a.entities.map { EntityLinkView(dossier.entities[$0]) })
    }

    /// The highlight of an annotation in the source text, with its numbered reference to the note.
    static func wrap(_ a: Annotation, number: Int) -> InlineWrap {
        let plain = a.note.replacingOccurrences(of: "\n", with: " ")
        let title = plain.count > 120 ? String(plain.prefix(119)) + "…" : plain
        return InlineWrap(start: a.start, end: a.end, element: .mark(
            id: a.id, className: "annotation", title: title, noteHref: "#note-\(a.id)", noteLabel: String(number)))
    }

    static func quotes(_ indices: [Int], dossier: Dossier, root: String) -> [QuoteView] {
        indices.map { dossier.quotes[$0] }.map { q in
            let article = dossier.articles[q.location.article]
            return QuoteView(text: q.text, href: "\(root)sources/\(article.slug).html#\(q.location.block)",
                             sourceTitle: article.title, place: EntityPages.blockLabel(q.location.block), attribution: q.attribution)
        }
    }

    /// How many of the entities two sources share the related list names.
    static let sharedListed = 12

    static func related(_ article: Int, dossier: Dossier, items: [SourceItemView]) -> [RelatedSourceView] {
        guard dossier.related.indices.contains(article) else { return [] }
        return dossier.related[article].map { r in
            RelatedSourceView(item: items[r.article], shared: r.shared.prefix(sharedListed).map { EntityLinkView(dossier.entities[$0]) })
        }
    }
}

struct GraphPageView: PageBody {
    var root: String
    var svgHTML: String
    var caption: String
    /// The next strongest entities, not drawn: each has its own graph on its page.
    var more: [EntityLinkView] = []

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "root": TemplateValue(root)
        case "svgHTML": TemplateValue(svgHTML.isEmpty ? nil : svgHTML)
        case "caption": TemplateValue(caption)
        case "more": TemplateValue(more.references)
        case "hasMore": TemplateValue(!more.isEmpty)
        default: nil
        }
    }
}
