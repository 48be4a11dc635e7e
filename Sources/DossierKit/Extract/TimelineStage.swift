/// Dates in every source, events from the sentences that carry them, and groups of events from several
/// sources that tell the same happening.
enum TimelineStage {
    struct Output: Sendable {
        var dates: [DateMention]
        var events: [TimelineEvent]
        var groups: [EventGroup]
    }

    /// The dates of one article (the article at `index`), in the order they are written.
    static func dates(_ article: Article, _ index: Int, tokens cache: TokenCache) -> [DateMention] {
        var extractor = DateExtractor(published: article.metadata.published)
        var found: [DateMention] = []
        for (block, text) in EntityStage.blocks(of: article) {
            let tokens = cache.tokens(index, block, text: text)
            let sentences = EntityMatcher.sentenceRanges(tokens)
            let bytes = Array(text.utf8)
            for f in extractor.extract(tokens) {
                let start = tokens[f.first].start, end = tokens[f.last].end
                let sentence = sentences[tokens[f.first].sentence] ?? start..<end
                found.append(DateMention(
                    location: TextLocation(article: index, block: block), start: start, end: end,
                    text: String(decoding: bytes[start..<end], as: UTF8.self), value: f.value, precision: f.precision,
                    rule: f.rule, resolution: f.resolution, sentenceStart: sentence.lowerBound, sentenceEnd: sentence.upperBound,
                    relative: f.relative))
            }
        }
        return found
    }

    /// Events from dated sentences (not headlines: a headline retells the story), plus the analyst's. A
    /// reference value ("now", "recently") is kept with the dates but places nothing in time: no event.
    static func run(articles: [Article], entities: [Entity], dates: [DateMention], analyst: [TimelineEvent]) -> Output {
        struct SentenceKey: Hashable { var location: TextLocation; var start: Int }
        var entitiesBySentence: [SentenceKey: Set<Int>] = [:]
        entitiesBySentence.reserveCapacity(entities.reduce(0) { $0 + $1.mentions.count })
        for (e, entity) in entities.enumerated() {
            for m in entity.mentions {
                entitiesBySentence[SentenceKey(location: m.location, start: m.sentenceStart), default: []].insert(e)
            }
        }
        var events: [TimelineEvent] = []
        for d in dates where d.location.block != "title" && d.value?.isPlaced != false {
            let text = articles[d.location.article].text(of: d.location.block)
            let sentence = text.utf8Slice(d.sentenceStart..<d.sentenceEnd)
            let involved = entitiesBySentence[SentenceKey(location: d.location, start: d.sentenceStart)] ?? []
            events.append(TimelineEvent(
                id: "", date: d, analystDate: nil, title: nil, sentence: sentence, location: d.location,
                sentenceStart: d.sentenceStart, entities: involved.sorted(), sources: [d.location.article], note: nil,
                annotated: false, group: nil))
        }
        // The analyst's events are numbered in dossier.yml's order.
        events += analyst.enumerated().map { n, event in
            var e = event
            e.id = "analyst-\(n + 1)"
            return e
        }
        // Keys computed once, then the events put in their order (a comparison never copies an event).
        let keys = events.map(sortKey)
        events = keys.indices.sorted { keys[$0] < keys[$1] }.map { events[$0] }
        // Ids name where the event is told, not its rank on the timeline: an event added or removed elsewhere
        // leaves every other id (and every page linking to one) as it was, which is what lets a rebuild after
        // one edited article reuse the pages it did not touch.
        for i in events.indices {
            if let d = events[i].date { events[i].id = "e-\(articles[d.location.article].slug)-\(d.location.block)-\(d.start)" }
        }
        let groups = group(&events)
        return Output(dates: dates, events: events, groups: groups)
    }

    /// Where an event sorts: by the start of its date, coarser precision first (a year-only event opens its
    /// year rather than pretending to be 1 January), unresolved events last, then by source and place.
    struct SortKey: Comparable {
        var resolved: Int
        var start: [Int]
        var precision: Int
        var article: Int
        var block: [Int]
        var offset: Int

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.resolved != b.resolved { return a.resolved < b.resolved }
            if a.start != b.start { return a.start.lexicographicallyPrecedes(b.start) }
            if a.precision != b.precision { return a.precision < b.precision }
            if a.article != b.article { return a.article < b.article }
            if a.block != b.block { return a.block.lexicographicallyPrecedes(b.block) }
            return a.offset < b.offset
        }
    }

    static func sortKey(_ e: TimelineEvent) -> SortKey {
        let loc = e.location.map { [$0.order.1, $0.order.2] } ?? [0, 0]
        guard let value = e.value else {
            return SortKey(resolved: 1, start: [], precision: 0, article: e.sources.first ?? 0, block: loc, offset: e.date?.start ?? 0)
        }
        return SortKey(resolved: 0, start: [value.firstDay ?? 0],
                       precision: DatePrecision.allCases.firstIndex(of: e.precision)!,
                       article: e.sources.first ?? 0, block: loc, offset: e.date?.start ?? 0)
    }

    // MARK: grouping

    /// Events of different sources that share their main entities and lie within a few days of each other
    /// (or, unresolved, share the same kind of relative phrase) tell one happening. Candidates are found
    /// per date bucket, never by comparing every pair of the dossier.
    static func group(_ events: inout [TimelineEvent]) -> [EventGroup] {
        var buckets: [String: [Int]] = [:]
        for (i, e) in events.enumerated() where !e.annotated && e.entities.count >= 2 {
            for key in bucketKeys(e) { buckets[key, default: []].append(i) }
        }
        var parent = Array(events.indices)
        func find(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            var n = x
            while parent[n] != r { let next = parent[n]; parent[n] = r; n = next }
            return r
        }
        var linked = Set<Int>()
        // What the pairwise test reads of each event in a bucket, made once: a bucket of 400 events is 80,000
        // pairs. Events in no bucket (fewer than two entities) are never compared, and need none.
        var probes = [HappeningProbe?](repeating: nil, count: events.count)
        for members in buckets.values {
            for i in members where probes[i] == nil { probes[i] = HappeningProbe(events[i]) }
        }
        for (_, members) in buckets.sorted(by: { $0.key < $1.key }) {
            // A very common bucket (thousands of events in one year) is cut: grouping is for close calls.
            let list = Array(members.prefix(400))
            for a in list.indices {
                for b in list.indices where b > a {
                    guard let x = probes[list[a]], let y = probes[list[b]], x.sameHappening(y) else { continue }
                    let (rx, ry) = (find(list[a]), find(list[b]))
                    if rx != ry { parent[max(rx, ry)] = min(rx, ry) }
                    linked.insert(list[a])
                    linked.insert(list[b])
                }
            }
        }
        var byRoot: [Int: [Int]] = [:]
        for i in linked.sorted() { byRoot[find(i), default: []].append(i) }
        var groups: [EventGroup] = []
        for root in byRoot.keys.sorted() {
            let members = byRoot[root]!
            let id = groups.count
            for m in members { events[m].group = id }
            let phrases = Set(members.map { groupLabel(events[$0]) })
            let discrepancy = phrases.count > 1
            let sources = Set(members.flatMap { events[$0].sources }).count
            let summary = discrepancy
                ? "\(sources) sources tell this; they disagree on the date: " + members.map { groupLabel(events[$0]) }.uniqued().joined(separator: " / ")
                : "\(sources) sources tell this"
            groups.append(EventGroup(id: id, events: members, discrepancy: discrepancy, summary: summary))
        }
        return groups
    }

    static func bucketKeys(_ e: TimelineEvent) -> [String] {
        guard let d = e.date else { return [] }
        guard let value = d.value else {
            // Unresolved relative phrases group by their kind: weekdays with weekdays, "last year" with "last year".
            return ["unresolved:" + relativeKind(d.text)]
        }
        switch value {
        case .day, .dayTime:
            // Neighbouring weeks too, so that a Sunday and the next Tuesday can meet.
            let n = value.firstDay!
            return ["day:\(n / 7)", "day:\(n / 7 + 1)"]
        default:
            return [value.timeML]
        }
    }

    static func relativeKind(_ text: String) -> String {
        for word in text.split(separator: " ") {
            if DateWords.weekdays[String(word)] != nil { return "weekday" }
        }
        return text.lowercased()
    }

    /// Whether two events from different sources tell one happening: two or more entities in common and the
    /// same date (days up to three apart), or the same unresolved kind of phrase.
    static func sameHappening(_ x: TimelineEvent, _ y: TimelineEvent) -> Bool {
        HappeningProbe(x).sameHappening(HappeningProbe(y))
    }

    /// What a member says about the date: its value, or the phrase as written when unresolved.
    static func groupLabel(_ e: TimelineEvent) -> String {
        guard let d = e.date else { return e.value?.timeML ?? "" }
        return d.value?.timeML ?? d.text
    }
}

/// What `sameHappening` compares of an event: its sources, its distinct entities in order, and its date.
struct HappeningProbe {
    let sources: [Int]
    let entities: [Int]
    let value: DateValue?
    let firstDay: Int?
    /// The kind of phrase of an unresolved date; nil when it is resolved or there is no date.
    let relative: String?
    let dated: Bool

    init(_ e: TimelineEvent) {
        sources = e.sources
        entities = Array(Set(e.entities)).sorted()
        value = e.date?.value
        firstDay = value?.firstDay
        dated = e.date != nil
        relative = e.date.flatMap { $0.value == nil ? TimelineStage.relativeKind($0.text) : nil }
    }

    func sameHappening(_ other: HappeningProbe) -> Bool {
        guard sources != other.sources, sharesTwoEntities(other), dated, other.dated else { return false }
        switch (value, other.value) {
        case let (a?, b?):
            guard a.precision == b.precision else { return false }
            if a.precision == .day, let x = firstDay, let y = other.firstDay { return abs(x - y) <= 3 }
            return a == b
        case (nil, nil):
            return relative == other.relative
        default:
            return false
        }
    }

    /// Both lists are sorted and distinct: a merge stops at the second entity in common.
    private func sharesTwoEntities(_ other: HappeningProbe) -> Bool {
        var i = 0, j = 0, shared = 0
        while i < entities.count, j < other.entities.count {
            if entities[i] == other.entities[j] {
                shared += 1
                if shared == 2 { return true }
                i += 1
                j += 1
            } else if entities[i] < other.entities[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return false
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
