import Markdown

/// Cross-references between entities and sources, computed once per build from the mentions.
struct EntityIndex: Sendable {
    /// Wraps (entity links) for each block of each article, for the source pages.
    var wraps: [Int: [String: [InlineWrap]]] = [:]
    /// Entities each article mentions, with counts.
    var byArticle: [Int: [(entity: Int, count: Int)]] = [:]
    /// Entities named in the same sentences as each entity, with the number of shared sentences.
    var related: [Int: [(entity: Int, count: Int)]] = [:]
    /// The same as a lookup: shared sentences of two entities, for the links among an entity's neighbours.
    var sharedSentences: [Int: [Int: Int]] = [:]
    /// Events, quotes and annotations of each entity (indices), so that no entity page scans them all.
    var events: [Int: [Int]] = [:]
    var quotes: [Int: [Int]] = [:]
    var annotations: [Int: [Int]] = [:]
    /// Entity mentions by sentence, for links inside the sentences the timeline quotes.
    var mentionsBySentence: [TimelineHTML.SentenceKey: [(entity: Int, start: Int, end: Int)]] = [:]

    init(_ dossier: Dossier) {
        typealias SentenceKey = TimelineHTML.SentenceKey
        var sentences: [SentenceKey: Set<Int>] = [:]
        var counts: [Int: [Int: Int]] = [:]
        for (e, entity) in dossier.entities.enumerated() {
            let wrap = InlineWrap.Element.link(
                href: "../entities/\(entity.id).html", className: "entity kind-\(entity.kind.rawValue)",
                title: "\(entity.name) (\(entity.kind.rawValue))")
            for m in entity.mentions {
                wraps[m.location.article, default: [:]][m.location.block, default: []]
                    .append(InlineWrap(start: m.start, end: m.end, element: wrap))
                counts[m.location.article, default: [:]][e, default: 0] += 1
                sentences[SentenceKey(location: m.location, start: m.sentenceStart), default: []].insert(e)
                mentionsBySentence[TimelineHTML.SentenceKey(location: m.location, start: m.sentenceStart), default: []]
                    .append((e, m.start, m.end))
            }
        }
        for (article, perEntity) in counts {
            byArticle[article] = perEntity.map { ($0.key, $0.value) }.sorted { ($0.count, -$0.entity) > ($1.count, -$1.entity) }
        }
        for (i, e) in dossier.events.enumerated() { for entity in e.entities { events[entity, default: []].append(i) } }
        for (i, q) in dossier.quotes.enumerated() { quotes[q.entity, default: []].append(i) }
        for (i, a) in dossier.annotations.enumerated() { for entity in a.entities { annotations[entity, default: []].append(i) } }
        var pairs: [Int: [Int: Int]] = [:]
        for (_, members) in sentences where members.count > 1 {
            for a in members { for b in members where b != a { pairs[a, default: [:]][b, default: 0] += 1 } }
        }
        sharedSentences = pairs
        for (e, perEntity) in pairs {
            related[e] = perEntity.map { ($0.key, $0.value) }.sorted { ($0.count, -$0.entity) > ($1.count, -$1.entity) }
        }
    }
}
