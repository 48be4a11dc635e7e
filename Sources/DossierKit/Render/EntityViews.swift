import Markdown

struct EntityLinkView: PageBody {
    var name: String
    var slug: String
    var kind: String
    var count: Int
    var sources: Int
    var aliases: String?

    init(_ e: Entity, count: Int? = nil) {
        name = e.name
        slug = e.id
        kind = e.kind.rawValue
        self.count = count ?? e.mentions.count
        sources = e.sourceCount
        aliases = e.aliases.isEmpty ? nil : e.aliases.joined(separator: ", ")
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "slug": TemplateValue(slug)
        case "kind": TemplateValue(kind)
        case "count": TemplateValue(count)
        case "sources": TemplateValue(sources)
        case "aliases": TemplateValue(aliases)
        case "mentionWord": TemplateValue(count == 1 ? "mention" : "mentions")
        case "sourceWord": TemplateValue(sources == 1 ? "source" : "sources")
        default: nil
        }
    }
}

struct KindGroupView: PageBody {
    var kind: String
    var label: String
    var entities: [EntityLinkView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "kind": TemplateValue(kind)
        case "label": TemplateValue(label)
        case "entities": TemplateValue(entities.references)
        case "count": TemplateValue(entities.count)
        default: nil
        }
    }
}

struct MentionView: PageBody {
    var block: String
    var blockLabel: String
    /// The sentence and where the names in it are (UTF-8 offsets): hashed for the page's key; the
    /// sentence's markup is made from them by `prepared()`.
    var sentence: String
    var marks: [[Int]]
    var sentenceHTML = ""
    var href: String

    enum CodingKeys: String, CodingKey, CaseIterable { case block, blockLabel, sentence, marks, href }

    func prepared() -> MentionView {
        var view = self
        let wraps = marks.map { InlineWrap(start: $0[0], end: $0[1], element: .mark(id: nil, className: nil, title: nil)) }
        view.sentenceHTML = ArticleHTML.inline(sentence, wraps: wraps)
        return view
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "block": TemplateValue(block)
        case "blockLabel": TemplateValue(blockLabel)
        case "sentenceHTML": TemplateValue(sentenceHTML)
        case "href": TemplateValue(href)
        default: nil
        }
    }
}

struct MentionSourceView: PageBody {
    var item: SourceItemView
    var mentions: [MentionView]
    /// Sentences of this source not listed (long entity pages list a few per source).
    var more: Int

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "more": TemplateValue(more)
        case "hasMore": TemplateValue(more > 0)
        case "mentions": TemplateValue(mentions.references)
        case "mentionCount": TemplateValue(mentions.count)
        default: item.child(named: name)
        }
    }
}

struct EntityPageView: PageBody {
    var root: String
    var entity: Entity
    var noteHTML: String?
    var sources: [MentionSourceView]
    var related: [EntityLinkView]
    var events: [LinkView]
    var quotes: [QuoteView]
    var notes: [NoteView]
    /// The neighbourhood picture's inputs: hashed for the page's key, drawn by `prepared()`.
    var graph: GraphSVG.Picture?
    var graphHTML = ""
    /// Sources past the listed ones (an entity named in thousands of sources keeps its page small).
    var moreSources = 0

    // Everything but `graphHTML`, which `prepared()` makes from `graph` alone.
    enum CodingKeys: String, CodingKey, CaseIterable { case root, entity, noteHTML, sources, related, events, quotes, notes, graph, moreSources }

    /// Of the entity, what `child(named:)` reads: not its every mention (the mentions shown are in
    /// `sources`), which made hashing a much-named entity's page cost more than rendering it.
    struct Header: Encodable {
        var id, name, kind, why: String
        var aliases, roles: [String]
        var annotated: Bool
        var mentions, sources: Int

        init(_ entity: Entity) {
            (id, name, kind, why) = (entity.id, entity.name, entity.kind.rawValue, entity.why)
            (aliases, roles, annotated) = (entity.aliases, entity.roles, entity.annotated)
            (mentions, sources) = (entity.mentions.count, entity.sourceCount)
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(root, forKey: .root)
        try c.encode(Header(entity), forKey: .entity)
        try c.encodeIfPresent(noteHTML, forKey: .noteHTML)
        try c.encode(sources, forKey: .sources)
        try c.encode(related, forKey: .related)
        try c.encode(events, forKey: .events)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(notes, forKey: .notes)
        try c.encodeIfPresent(graph, forKey: .graph)
        try c.encode(moreSources, forKey: .moreSources)
    }

    func prepared() -> EntityPageView {
        var view = self
        view.graphHTML = graph.map(GraphSVG.svg) ?? ""
        for s in view.sources.indices { view.sources[s].mentions = view.sources[s].mentions.map { $0.prepared() } }
        return view
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "moreSources": TemplateValue(moreSources)
        case "hasMoreSources": TemplateValue(moreSources > 0)
        case "quotes": TemplateValue(quotes.references)
        case "hasQuotes": TemplateValue(!quotes.isEmpty)
        case "notes": TemplateValue(notes.references)
        case "hasNotes": TemplateValue(!notes.isEmpty)
        case "graphHTML": TemplateValue(graphHTML.isEmpty ? nil : graphHTML)
        case "root": TemplateValue(root)
        case "events": TemplateValue(events.references)
        case "hasEvents": TemplateValue(!events.isEmpty)
        case "name": TemplateValue(entity.name)
        case "slug": TemplateValue(entity.id)
        case "kind": TemplateValue(entity.kind.rawValue)
        case "why": TemplateValue(entity.why)
        case "annotated": TemplateValue(entity.annotated)
        case "aliases": TemplateValue(entity.aliases)
        case "roles": TemplateValue(entity.roles)
        case "noteHTML": TemplateValue(noteHTML)
        case "mentionCount": TemplateValue(entity.mentions.count)
        case "mentionWord": TemplateValue(entity.mentions.count == 1 ? "mention" : "mentions")
        case "sourceCount": TemplateValue(entity.sourceCount)
        case "sourceWord": TemplateValue(entity.sourceCount == 1 ? "source" : "sources")
        case "sources": TemplateValue(sources.references)
        case "related": TemplateValue(related.references)
        case "hasRelated": TemplateValue(!related.isEmpty)
        case "hasRoles": TemplateValue(!entity.roles.isEmpty)
        case "hasAliases": TemplateValue(!entity.aliases.isEmpty)
        default: nil
        }
    }
}

struct ReviewView: PageBody {
    struct Row: PageBody {
        var values: [String: String]
        func child(named name: String) -> TemplateValue? { TemplateValue(values[name]) }
        /// In key order: a dictionary's own order differs from run to run, and the page's key must not.
        func encode(to encoder: Encoder) throws {
            var list = encoder.unkeyedContainer()
            for (k, v) in values.sorted(by: { $0.key < $1.key }) { try list.encode(k); try list.encode(v) }
        }
    }

    /// A section longer than review.html shows: how many in all, and the pages of the full list.
    struct More: PageBody {
        var count: Int
        var shown: Int
        var pages: [ListLinkView]
        func child(named name: String) -> TemplateValue? {
            switch name {
            case "count": TemplateValue(count)
            case "shown": TemplateValue(shown)
            case "pages": TemplateValue(pages.references)
            default: nil
            }
        }
    }

    var root: String
    /// Rows by section key (`ReviewPages.sections`); a section's page holds only its own.
    var rows: [String: [Row]]
    var more: [String: More] = [:]
    /// On a page of one section's full list: which section and page.
    var part: String? = nil

    enum CodingKeys: String, CodingKey { case root, part, rows, more }

    /// Sections in key order, for the same reason as `Row`.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(root, forKey: .root)
        try c.encodeIfPresent(part, forKey: .part)
        var rowList = c.nestedUnkeyedContainer(forKey: .rows)
        for (k, v) in rows.sorted(by: { $0.key < $1.key }) { try rowList.encode(k); try rowList.encode(v) }
        var moreList = c.nestedUnkeyedContainer(forKey: .more)
        for (k, v) in more.sorted(by: { $0.key < $1.key }) { try moreList.encode(k); try moreList.encode(v) }
    }

    func child(named name: String) -> TemplateValue? {
        if name == "root" { return TemplateValue(root) }
        if name == "part" { return TemplateValue(part) }
        if name == "empty" { return TemplateValue(rows.values.allSatisfy(\.isEmpty)) }
        for (key, _) in ReviewPages.sections {
            if name == key { return TemplateValue(rows[key] ?? []) }
            if name == "has" + key.prefix(1).uppercased() + key.dropFirst() { return TemplateValue(!(rows[key] ?? []).isEmpty) }
            if name == key + "More" { return TemplateValue(more[key]) }
        }
        return nil
    }
}
