import Markdown

/// Cross-references between entities and sources, computed once per build from the mentions.
struct EntityIndex: Sendable {
    /// Each article's entity mentions by block, in order: what its source page links (see `wraps(of:)`).
    /// Spans, not wraps: the link of every mention of every article was made each build, its three
    /// strings copied per mention, where a rebuild renders a few source pages.
    var linked: [Int: [String: [LinkedSpan]]] = [:]
    /// The entities, for the links made when a page is rendered.
    let entities: [Entity]

    struct LinkedSpan: Sendable {
        var entity: Int
        var start: Int
        var end: Int
    }

    /// The link a source page wraps around a mention of entity `e`.
    func link(_ e: Int) -> InlineWrap.Element {
        InlineWrap.Element.link(
            href: "../entities/\(entities[e].id).html", className: "entity kind-\(entities[e].kind.rawValue)",
            title: "\(entities[e].name) (\(entities[e].kind.rawValue))")
    }

    /// Wraps (entity links) for each block of `article`, for its source page.
    func wraps(of article: Int) -> [String: [InlineWrap]] {
        guard let blocks = linked[article] else { return [:] }
        var links: [Int: InlineWrap.Element] = [:]
        return blocks.mapValues { spans in
            spans.map { span in
                let element = links[span.entity] ?? link(span.entity)
                links[span.entity] = element
                return InlineWrap(start: span.start, end: span.end, element: element)
            }
        }
    }
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

    /// What one article gives the index: read from its own mentions, on all cores.
    private struct ArticlePart: Sendable {
        var linked: [String: [LinkedSpan]] = [:]
        var named: [(entity: Int, count: Int)] = []
        /// The entities of each sentence that names two or more.
        var shared: [[Int]] = []
        /// Mentions in the sentences that tell an event.
        var eventSentences: [(key: TimelineHTML.SentenceKey, mentions: [(entity: Int, start: Int, end: Int)])] = []
    }

    private struct BlockStart: Hashable {
        var block: String
        var start: Int
    }

    init(_ dossier: Dossier) {
        let entities = dossier.entities
        self.entities = entities
        // Every mention by article, in entity order and then the entity's own order: the order each list
        // below is made in, as when they were made entity by entity.
        var mentionsByArticle = [[(entity: Int, mention: Int)]](repeating: [], count: dossier.articles.count)
        for (e, entity) in entities.enumerated() {
            for (k, m) in entity.mentions.enumerated() where mentionsByArticle.indices.contains(m.location.article) {
                mentionsByArticle[m.location.article].append((e, k))
            }
        }
        var eventStarts = [Set<BlockStart>](repeating: [], count: dossier.articles.count)
        for e in dossier.events {
            if let location = e.location, eventStarts.indices.contains(location.article) {
                eventStarts[location.article].insert(BlockStart(block: location.block, start: e.sentenceStart))
            }
        }
        let mentionsOf = mentionsByArticle, tellsEvents = eventStarts
        let parts = concurrentMap(Array(mentionsOf.indices)) { a -> ArticlePart in
            var part = ArticlePart()
            var sentenceOrder: [BlockStart] = []
            var sentences: [BlockStart: [Int]] = [:]
            var told: [BlockStart: [(entity: Int, start: Int, end: Int)]] = [:]
            for (e, k) in mentionsOf[a] {
                let m = entities[e].mentions[k]
                part.linked[m.location.block, default: []].append(LinkedSpan(entity: e, start: m.start, end: m.end))
                // Entities come in order: the count of the last one named is the one to add to.
                if part.named.last?.entity == e { part.named[part.named.count - 1].count += 1 } else { part.named.append((e, 1)) }
                let sentence = BlockStart(block: m.location.block, start: m.sentenceStart)
                if sentences[sentence] == nil { sentenceOrder.append(sentence) }
                if sentences[sentence]?.last != e { sentences[sentence, default: []].append(e) }
                if tellsEvents[a].contains(sentence) { told[sentence, default: []].append((e, m.start, m.end)) }
            }
            part.named.sort { ($0.count, -$0.entity) > ($1.count, -$1.entity) }
            for sentence in sentenceOrder { if let members = sentences[sentence], members.count > 1 { part.shared.append(members) } }
            part.eventSentences = told.map { (TimelineHTML.SentenceKey(location: TextLocation(article: a, block: $0.key.block), start: $0.key.start), $0.value) }
            return part
        }
        var pairs: [Int: [Int: Int]] = [:]
        for (a, part) in parts.enumerated() {
            if !part.linked.isEmpty { linked[a] = part.linked }
            if !part.named.isEmpty { byArticle[a] = part.named }
            for members in part.shared {
                for x in members { for y in members where y != x { pairs[x, default: [:]][y, default: 0] += 1 } }
            }
            for (key, list) in part.eventSentences { mentionsBySentence[key] = list }
        }
        for (i, e) in dossier.events.enumerated() { for entity in e.entities { events[entity, default: []].append(i) } }
        for (i, q) in dossier.quotes.enumerated() { quotes[q.entity, default: []].append(i) }
        for (i, a) in dossier.annotations.enumerated() { for entity in a.entities { annotations[entity, default: []].append(i) } }
        sharedSentences = pairs
        for (e, perEntity) in pairs {
            related[e] = perEntity.map { ($0.key, $0.value) }.sorted { ($0.count, -$0.entity) > ($1.count, -$1.entity) }
        }
    }
}
