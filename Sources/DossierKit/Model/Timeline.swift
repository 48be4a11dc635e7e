/// A date expression found in a source with its normalized value, or left unresolved (value nil, the
/// precision it would have had) when it is relative and the publication date is unknown.
public struct DateMention: Sendable, Hashable {
    public var location: TextLocation
    public var start: Int
    public var end: Int
    public var text: String
    public var value: DateValue?
    public var precision: DatePrecision
    /// Which rule of the extractor found it.
    public var rule: String
    /// How the value was found: "absolute", "relative to publication (2017-04-13), past tense", or why not.
    public var resolution: String
    public var sentenceStart: Int
    public var sentenceEnd: Int
    /// The expression is relative (a weekday, "last year"): its value depends on the publication date.
    public var relative: Bool

    public var resolved: Bool { value != nil }
}

/// Something that happened, with when, where it is told and who is involved.
public struct TimelineEvent: Sendable {
    public var id: String
    public var date: DateMention?
    /// The analyst's date for an event from dossier.yml.
    public var analystDate: DateValue?
    public var title: String?
    /// The sentence that tells it, and where; nil for the analyst's events.
    public var sentence: String?
    public var location: TextLocation?
    public var sentenceStart: Int
    /// Indices into `Dossier.entities`.
    public var entities: [Int]
    /// Indices into `Dossier.articles` (the analyst's events may name several).
    public var sources: [Int]
    public var note: String?
    public var annotated: Bool
    /// The group of events (from several sources) that report one happening; nil when alone.
    public var group: Int?

    public var value: DateValue? { analystDate ?? date?.value }
    public var precision: DatePrecision { analystDate?.precision ?? date?.precision ?? .day }
}

/// Events from different sources that report the same happening.
public struct EventGroup: Sendable {
    public var id: Int
    public var events: [Int]
    /// The sources disagree on the date.
    public var discrepancy: Bool
    public var summary: String
}
