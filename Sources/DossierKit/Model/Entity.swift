/// What an entity is. Decided from evidence in the text or by the analyst; `other` when nothing says.
/// `group` is a nationality, people, religion or political persuasion named by its adjective or plural noun
/// ("German", "Palestinians", "Republican"): what the sources say of a people as a whole.
public enum EntityKind: String, Sendable, CaseIterable, Comparable, Codable {
    case person, organization, place, group, document, event, work, other

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var plural: String {
        switch self {
        case .person: "People"
        case .organization: "Organizations"
        case .place: "Places"
        case .group: "Nationalities and groups"
        case .document: "Documents"
        case .event: "Events"
        case .work: "Works"
        case .other: "Other names"
        }
    }
}

/// Where in a source a span lies: the headline, a paragraph (`p3`) or a caption (`c1`).
public struct TextLocation: Sendable, Hashable, Comparable, Codable {
    /// Index of the article in `Dossier.articles`.
    public var article: Int
    /// `title`, `p1`…, `c1`…
    public var block: String

    public init(article: Int, block: String) {
        self.article = article
        self.block = block
    }

    /// Headline first, then captions, then paragraphs in order.
    var order: (Int, Int, Int) {
        if block == "title" { return (article, 0, 0) }
        let number = Int(block.dropFirst()) ?? 0
        return (article, block.hasPrefix("c") ? 1 : 2, number)
    }

    public static func < (a: TextLocation, b: TextLocation) -> Bool { a.order < b.order }
}

/// One place where an entity is named: UTF-8 byte offsets into the block's text.
public struct Mention: Sendable, Hashable, Codable {
    public var location: TextLocation
    public var start: Int
    public var end: Int
    public var text: String
    /// Byte range of the sentence the mention is in.
    public var sentenceStart: Int
    public var sentenceEnd: Int
}

/// A person, organization, place, document, event or work of the dossier, with every mention.
public struct Entity: Sendable, Identifiable, Encodable {
    /// The slug: `entities/<id>.html`.
    public var id: String
    public var name: String
    public var kind: EntityKind
    /// Why it has its kind, in words ("title ‘Gen.’ before the name", "set in dossier.yml").
    public var why: String
    /// Other names it is written as (surface forms seen, and the analyst's aliases).
    public var aliases: [String]
    /// Titles and roles the sources give it ("Gen.", "House Armed Services Committee Chair").
    public var roles: [String]
    /// The analyst's note, Markdown.
    public var note: String?
    public var mentions: [Mention] {
        didSet { sourceCount = Entity.countSources(mentions) }
    }
    /// Set by the analyst in dossier.yml rather than found in the text.
    public var annotated: Bool
    /// How many sources name it (kept with the mentions: pages ask for it often).
    public private(set) var sourceCount: Int

    public init(id: String, name: String, kind: EntityKind, why: String, aliases: [String], roles: [String], note: String?,
                mentions: [Mention], annotated: Bool) {
        self.id = id
        self.name = name
        self.kind = kind
        self.why = why
        self.aliases = aliases
        self.roles = roles
        self.note = note
        self.mentions = mentions
        self.annotated = annotated
        sourceCount = Entity.countSources(mentions)
    }

    static func countSources(_ mentions: [Mention]) -> Int {
        var seen = Set<Int>()
        for m in mentions { seen.insert(m.location.article) }
        return seen.count
    }
}

/// The analyst's to-do list: what the generator could not decide on its own.
public struct Review: Sendable, Codable, Equatable {
    public struct Ambiguity: Sendable, Codable, Equatable {
        public var form: String
        public var candidates: [String]
        public var locations: [TextLocation]
    }
    public struct PossibleDuplicate: Sendable, Codable, Equatable {
        public var first: String
        public var second: String
        public var reason: String
    }
    public struct Ignored: Sendable, Codable, Equatable {
        public var phrase: String
        public var count: Int
    }
    public var ambiguous: [Ambiguity] = []
    public var possibleDuplicates: [PossibleDuplicate] = []
    public var ignored: [Ignored] = []
    /// Entities described in dossier.yml that no source mentions.
    public var unmentioned: [String] = []

    public init() {}
}
