/// The one model every page is rendered from. Plain values, computed once by the resolve stage.
public struct Dossier: Sendable {
    public var title: String
    public var description: String?
    /// Sources in display order: by publication date (undated last), then by file.
    public var articles: [Article]
    public var warnings: [BuildWarning]
    public var entities: [Entity] = []
    public var review = Review()
    public var dates: [DateMention] = []
    public var events: [TimelineEvent] = []
    public var groups: [EventGroup] = []
    public var annotations: [Annotation] = []
    public var quotes: [Quote] = []
    /// For each article, the others that share its entities, best first.
    public var related: [[RelatedSource]] = []
    /// Sentence byte ranges of every block of every article, in order.
    public var sentences: [[String: [Range<Int>]]] = []

    public var paragraphCount: Int { articles.reduce(0) { $0 + $1.paragraphs.count } }
}

extension Dossier {
    /// The text of a headline, paragraph or caption.
    public func text(at location: TextLocation) -> String {
        articles[location.article].text(of: location.block)
    }
}

extension Article {
    /// The text of a block: `title`, `p3` or `c1`; empty for a block the article does not have.
    public func text(of block: String) -> String {
        if block == "title" { return title }
        let number = (Int(block.dropFirst()) ?? 0) - 1
        if block.hasPrefix("c") { return captions.indices.contains(number) ? captions[number].text : "" }
        return paragraphs.indices.contains(number) ? paragraphs[number].text : ""
    }
}
