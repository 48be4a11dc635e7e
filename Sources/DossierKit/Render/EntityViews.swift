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

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        case "kind": kind
        case "count": count
        case "sources": sources
        case "aliases": aliases
        case "mentionWord": count == 1 ? "mention" : "mentions"
        case "sourceWord": sources == 1 ? "source" : "sources"
        default: nil
        }
    }
}

struct KindGroupView: PageBody {
    var kind: String
    var label: String
    var entities: [EntityLinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "label": label
        case "entities": entities.references
        case "count": entities.count
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

    func child(named name: String) -> Any? {
        switch name {
        case "block": block
        case "blockLabel": blockLabel
        case "sentenceHTML": sentenceHTML
        case "href": href
        default: nil
        }
    }
}

struct MentionSourceView: PageBody {
    var item: SourceItemView
    var mentions: [MentionView]
    /// Sentences of this source not listed (long entity pages list a few per source).
    var more: Int

    func child(named name: String) -> Any? {
        switch name {
        case "more": more
        case "hasMore": more > 0
        case "mentions": mentions.references
        case "mentionCount": mentions.count
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

    func child(named name: String) -> Any? {
        switch name {
        case "moreSources": moreSources
        case "hasMoreSources": moreSources > 0
        case "quotes": quotes.references
        case "hasQuotes": !quotes.isEmpty
        case "notes": notes.references
        case "hasNotes": !notes.isEmpty
        case "graphHTML": graphHTML.isEmpty ? nil : graphHTML
        case "root": root
        case "events": events.references
        case "hasEvents": !events.isEmpty
        case "name": entity.name
        case "slug": entity.id
        case "kind": entity.kind.rawValue
        case "why": entity.why
        case "annotated": entity.annotated
        case "aliases": entity.aliases
        case "roles": entity.roles
        case "noteHTML": noteHTML
        case "mentionCount": entity.mentions.count
        case "mentionWord": entity.mentions.count == 1 ? "mention" : "mentions"
        case "sourceCount": entity.sourceCount
        case "sourceWord": entity.sourceCount == 1 ? "source" : "sources"
        case "sources": sources.references
        case "related": related.references
        case "hasRelated": !related.isEmpty
        case "hasRoles": !entity.roles.isEmpty
        case "hasAliases": !entity.aliases.isEmpty
        default: nil
        }
    }
}

struct ReviewView: PageBody {
    struct Row: PageBody {
        var values: [String: String]
        func child(named name: String) -> Any? { values[name] }
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
        func child(named name: String) -> Any? {
            switch name {
            case "count": count
            case "shown": shown
            case "pages": pages.references
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

    func child(named name: String) -> Any? {
        if name == "root" { return root }
        if name == "part" { return part }
        if name == "empty" { return rows.values.allSatisfy(\.isEmpty) }
        for (key, _) in ReviewPages.sections {
            if name == key { return rows[key] ?? [] }
            if name == "has" + key.prefix(1).uppercased() + key.dropFirst() { return !(rows[key] ?? []).isEmpty }
            if name == key + "More" { return more[key] }
        }
        return nil
    }
}
