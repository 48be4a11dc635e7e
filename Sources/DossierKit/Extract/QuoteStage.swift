import Foundation

/// Words a source puts in someone's mouth: the quotation, who said it, and where.
public struct Quote: Sendable {
    public var entity: Int
    public var location: TextLocation
    /// Bytes of the quoted words (inside the quotation marks).
    public var start: Int
    public var end: Int
    public var text: String
    /// How the speaker was found: "“…,” said Royce", "X said: “…”", "continues the quote before".
    public var attribution: String
}

/// Finds attributed quotations: “…,” said X; “…,” X said; X said: “…”; “…” researcher X wrote; “…,”
/// according to X. A quotation with no attribution right after an attributed one in the same paragraph
/// continues it. Speakers are entities already found in the text; a pronoun ("he said") stands for the
/// last person named before it in the source.
enum QuoteStage {
    /// `sentences[i]`: the sentence ranges of each text block of `articles[i]` (see `EntityStage.run`).
    static func run(_ articles: [Article], entities: [Entity], sentences sentencesByArticle: [[String: [Range<Int>]]]) -> [Quote] {
        run(articles, entities: entities, sentences: sentencesByArticle, memo: nil).quotes
    }

    /// The same, taking each article's quotations from `memo` when what finding them reads of it is the
    /// last build's (see `QuoteMemo`); `records` are every article's key and quotations, for the next build.
    static func run(_ articles: [Article], entities: [Entity], sentences sentencesByArticle: [[String: [Range<Int>]]],
                    memo: QuoteMemo?) -> (quotes: [Quote], records: [String: Data]) {
        // Mentions by article here, one pass with no hashing; by block, in order, in each article's own work
        // below (on all cores): a table of every block's mentions, made on one core, was most of this stage.
        var mentionsByArticle = [[(entity: Int, block: String, start: Int, end: Int)]](repeating: [], count: articles.count)
        for (e, entity) in entities.enumerated() {
            for m in entity.mentions { mentionsByArticle[m.location.article].append((e, m.location.block, m.start, m.end)) }
        }
        let mentionsFinal = mentionsByArticle
        // Each article's quotations with its key and record (the kept bytes as read, or a new record).
        let found = concurrentMap(Array(articles.indices)) { index -> (quotes: [Quote], key: String?, record: Data?) in
            guard let memo else { return (quotes(in: index), nil, nil) }
            let key = inputsKey(articles[index], sentences: sentencesByArticle[index], mentions: mentionsFinal[index], entities: entities)
            if let kept = memo.quotes(key, article: index) { return (kept.quotes, key, kept.record) }
            let fresh = quotes(in: index)
            return (fresh, key, QuoteMemo.encode(fresh))
        }
        var records: [String: Data] = [:]
        for (_, key, record) in found { if let key, let record, records[key] == nil { records[key] = record } }
        return (found.flatMap(\.quotes), records)

        @Sendable func quotes(in index: Int) -> [Quote] {
            let article = articles[index]
            var mentionsByBlock: [String: [(entity: Int, start: Int, end: Int)]] = [:]
            for m in mentionsFinal[index] { mentionsByBlock[m.block, default: []].append((m.entity, m.start, m.end)) }
            for key in mentionsByBlock.keys { mentionsByBlock[key]!.sort { $0.start < $1.start } }
            var quotes: [Quote] = []
            var lastPerson: Int?
            for p in article.paragraphs {
                let location = TextLocation(article: index, block: p.id)
                let mentions = mentionsByBlock[p.id] ?? []
                var previousSpeaker: Int?
                var previousEnd = 0
                // A code block is no text block: its sentences are found here, as they always were.
                let sentences = sentencesByArticle[index][p.id]
                    ?? EntityMatcher.sentenceRanges(Tokenizer.tokenize(p.text)).values.sorted { $0.lowerBound < $1.lowerBound }
                // Everything below looks only near each quotation (binary searches in the sorted mentions and
                // sentences, the bytes decoded once), so a paragraph with thousands of quotations stays linear.
                let bytes = Array(p.text.utf8)
                let window = MentionWindow(mentions, isPerson: { entities[$0].kind == .person })
                for span in quotations(in: p.text) {
                    let between = window.within(previousEnd, span.open)
                    // The last person named before this quotation: in this paragraph, else earlier in the source.
                    let nearest = window.lastPerson(endingBy: span.open) ?? lastPerson
                    let found = speaker(bytes: bytes, span: span, sentences: sentences, window: window, entities: entities,
                                        lastPerson: nearest)
                    var who = found
                    // Another person named between the two quotations may be the new speaker: then no guess.
                    let otherPerson = between.contains { entities[$0.entity].kind == .person && $0.entity != previousSpeaker }
                    if who == nil, let previous = previousSpeaker, !otherPerson, span.wordCount >= 3 {
                        who = (previous, "continues the quotation before")
                    }
                    if let who {
                        quotes.append(Quote(
                            entity: who.0, location: location, start: span.innerStart, end: span.innerEnd,
                            text: p.text.utf8Slice(span.innerStart..<span.innerEnd), attribution: who.1))
                        previousSpeaker = who.0
                    } else {
                        previousSpeaker = nil
                    }
                    previousEnd = span.close
                }
                if let last = mentions.last(where: { entities[$0.entity].kind == .person }) { lastPerson = last.entity }
            }
            return quotes
        }
    }

    /// A hash of everything `run` reads of one article: each paragraph's id and text with its sentences, and
    /// every mention in the article (in the order `run` gathers them) with its entity's index, kind and name.
    static func inputsKey(_ article: Article, sentences: [String: [Range<Int>]], mentions: [(entity: Int, block: String, start: Int, end: Int)],
                          entities: [Entity]) -> String {
        var hash = Hash128()
        hash.add(QuoteMemo.format)
        hash.add(word: UInt64(article.paragraphs.count))
        for p in article.paragraphs {
            hash.add(p.id)
            hash.add(p.text)
            if let ranges = sentences[p.id] {
                hash.add(word: UInt64(ranges.count))
                for r in ranges {
                    hash.add(word: UInt64(r.lowerBound))
                    hash.add(word: UInt64(r.upperBound))
                }
            } else {
                hash.add(byte: 0xFF)
            }
        }
        hash.add(word: UInt64(mentions.count))
        for m in mentions {
            hash.add(word: UInt64(m.entity))
            hash.add(m.block)
            hash.add(word: UInt64(m.start))
            hash.add(word: UInt64(m.end))
            hash.add(entities[m.entity].kind.rawValue)
            hash.add(entities[m.entity].name)
        }
        return hash.hex
    }

    struct Span {
        /// Byte offsets of the opening and closing marks, and of the words between them.
        var open: Int
        var close: Int
        var innerStart: Int
        var innerEnd: Int
        var wordCount: Int
    }

    /// Quotation spans of a paragraph: curly pairs (“ then ”), or straight quotes taken in pairs.
    static func quotations(in text: String) -> [Span] {
        var spans: [Span] = []
        var offset = 0
        var openAt: Int?
        var openWidth = 0
        for s in text.unicodeScalars {
            let w = UTF8.width(s)
            // Compared, not looked up in a set: that hashed every character of every paragraph.
            if let start = openAt, s == "\u{201D}" || s == "\"" {
                let inner = text.utf8.dropFirst(start + openWidth).prefix(offset - start - openWidth)
                let words = String(decoding: inner, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).count
                spans.append(Span(open: start, close: offset + w, innerStart: start + openWidth, innerEnd: offset, wordCount: words))
                openAt = nil
            } else if openAt == nil, s == "\u{201C}" || s == "\"" {
                openAt = offset
                openWidth = w
            }
            offset += w
        }
        return spans
    }

    /// The speaker of a quotation from the words right after it (“…,” said X / X said / she added) or right
    /// before it (X said: “…”), within the sentence that holds the closing or opening mark.
    static func speaker(bytes: [UInt8], span: Span, sentences: [Range<Int>], window: MentionWindow,
                        entities: [Entity], lastPerson: Int?) -> (Int, String)? {
        func words(_ range: Range<Int>) -> [String] {
            guard range.lowerBound < range.upperBound else { return [] }
            return String(decoding: bytes[range], as: UTF8.self).lowercased()
                .split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }).map(String.init)
        }
        func sentence(containing offset: Int) -> Range<Int>? {
            // The last sentence starting at or before `offset` (they are sorted by start).
            var low = 0, high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
            }
            return low > 0 ? sentences[low - 1] : nil
        }
        // After: to the end of the sentence the closing mark ends, and never into the next quotation.
        var afterEnd = min(bytes.count, max(span.close, sentence(containing: max(span.close - 1, 0))?.upperBound ?? span.close + 140))
        if let next = quotations(in: String(decoding: bytes[span.close..<afterEnd], as: UTF8.self)).first {
            afterEnd = span.close + next.open
        }
        let after = words(span.close..<afterEnd)
        if let verbIndex = after.prefix(12).firstIndex(where: { Gazetteer.speechVerbs.contains($0) }) {
            let verb = after[verbIndex]
            // "she added" / "added she": a pronoun next to the verb stands for the last person named.
            let neighbours = [verbIndex - 1, verbIndex + 1].filter { after.indices.contains($0) }.map { after[$0] }
            if let pronoun = neighbours.first(where: { ["he", "she"].contains($0) }), let lastPerson {
                return (lastPerson, "“…,” \(pronoun) \(verb): the last person named")
            }
            let candidates = window.within(span.close, afterEnd)
            if let pick = preferPerson(candidates, entities: entities) {
                return (pick, "“…,” \(verb == "according" ? "according to" : verb) \(entities[pick].name)")
            }
        }
        // Before: "X said: “…”" or "X said, “…”" in the same sentence.
        let beforeStart = min(span.open, sentence(containing: span.open)?.lowerBound ?? max(0, span.open - 140))
        let before = words(beforeStart..<span.open)
        if let verb = before.suffix(4).last(where: { Gazetteer.speechVerbs.contains($0) }) {
            let candidates = window.within(beforeStart, span.open)
            if let pick = preferPerson(candidates, entities: entities, nearestLast: true) {
                return (pick, "\(entities[pick].name) \(verb): “…”")
            }
        }
        return nil
    }

    /// People before organizations; among several, the nearest to the quotation.
    static func preferPerson(_ candidates: [(entity: Int, start: Int, end: Int)], entities: [Entity], nearestLast: Bool = false) -> Int? {
        let ordered = nearestLast ? candidates.reversed() : candidates
        if let person = ordered.first(where: { entities[$0.entity].kind == .person }) { return person.entity }
        return ordered.first(where: { [.organization].contains(entities[$0.entity].kind) })?.entity
    }
}

/// A paragraph's mentions sorted by start, searched by position: the mentions inside a byte range, and the
/// last person named before an offset, each in time proportional to the answer rather than the paragraph.
struct MentionWindow {
    typealias Item = (entity: Int, start: Int, end: Int)
    let mentions: [Item]
    /// For each index, the index of the last person mention at or before it.
    let lastPersonAt: [Int?]

    init(_ mentions: [Item], isPerson: (Int) -> Bool) {
        self.mentions = mentions
        var last: Int?
        lastPersonAt = mentions.indices.map { i in
            if isPerson(mentions[i].entity) { last = i }
            return last
        }
    }

    /// The index of the first mention starting at or after `offset`.
    func firstStarting(atOrAfter offset: Int) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Mentions that lie wholly inside `lower..<upper`, in order.
    func within(_ lower: Int, _ upper: Int) -> [Item] {
        var out: [Item] = []
        var i = firstStarting(atOrAfter: lower)
        while i < mentions.count, mentions[i].start < upper {
            if mentions[i].end <= upper { out.append(mentions[i]) }
            i += 1
        }
        return out
    }

    /// The entity of the last person mention (in start order) that ends by `offset`.
    func lastPerson(endingBy offset: Int) -> Int? {
        // Mentions from `firstStarting(atOrAfter: offset)` on cannot end by `offset`.
        let before = firstStarting(atOrAfter: offset)
        var i = before > 0 ? lastPersonAt[before - 1] : nil
        while let j = i {
            if mentions[j].end <= offset { return mentions[j].entity }
            i = j > 0 ? lastPersonAt[j - 1] : nil
        }
        return nil
    }
}

