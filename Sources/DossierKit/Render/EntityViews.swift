import Mustache

struct EntityLinkView: MustacheParent {
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

struct KindGroupView: MustacheParent {
    var kind: String
    var label: String
    var entities: [EntityLinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "label": label
        case "entities": entities
        case "count": entities.count
        default: nil
        }
    }
}

struct MentionView: MustacheParent {
    var block: String
    var blockLabel: String
    var sentenceHTML: String
    var href: String

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

struct MentionSourceView: MustacheParent {
    var item: SourceItemView
    var mentions: [MentionView]
    /// Sentences of this source not listed (long entity pages list a few per source).
    var more: Int

    func child(named name: String) -> Any? {
        switch name {
        case "more": more
        case "hasMore": more > 0
        case "mentions": mentions
        case "mentionCount": mentions.count
        default: item.child(named: name)
        }
    }
}

struct EntityPageView: MustacheParent {
    var root: String
    var entity: Entity
    var noteHTML: String?
    var sources: [MentionSourceView]
    var related: [EntityLinkView]
    var events: [LinkView]
    var quotes: [QuoteView]
    var notes: [NoteView]
    var graphHTML: String
    /// Sources past the listed ones (an entity named in thousands of sources keeps its page small).
    var moreSources = 0

    func child(named name: String) -> Any? {
        switch name {
        case "moreSources": moreSources
        case "hasMoreSources": moreSources > 0
        case "quotes": quotes
        case "hasQuotes": !quotes.isEmpty
        case "notes": notes
        case "hasNotes": !notes.isEmpty
        case "graphHTML": graphHTML.isEmpty ? nil : graphHTML
        case "root": root
        case "events": events
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
        case "sources": sources
        case "related": related
        case "hasRelated": !related.isEmpty
        case "hasRoles": !entity.roles.isEmpty
        case "hasAliases": !entity.aliases.isEmpty
        default: nil
        }
    }
}

struct ReviewView: MustacheParent {
    struct Row: MustacheParent {
        var values: [String: String]
        func child(named name: String) -> Any? { values[name] }
    }

    var root: String
    var ambiguous: [Row]
    var duplicates: [Row]
    var ignored: [Row]
    var warnings: [Row]
    var undated: [Row]

    func child(named name: String) -> Any? {
        switch name {
        case "root": root
        case "undated": undated
        case "hasUndated": !undated.isEmpty
        case "ambiguous": ambiguous
        case "duplicates": duplicates
        case "ignored": ignored
        case "warnings": warnings
        case "hasAmbiguous": !ambiguous.isEmpty
        case "hasDuplicates": !duplicates.isEmpty
        case "hasIgnored": !ignored.isEmpty
        case "hasWarnings": !warnings.isEmpty
        case "empty": ambiguous.isEmpty && duplicates.isEmpty && ignored.isEmpty && warnings.isEmpty && undated.isEmpty
        default: nil
        }
    }
}
