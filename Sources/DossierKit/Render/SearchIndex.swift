import Foundation

/// The search index, built at build time and shipped as `.js` files (a `fetch` of JSON fails on file://):
/// - `search/index.js`: entities (names, aliases), sources (titles), analyst events, and an inverted index
///   from each word to the sources that contain it, as base-36 gaps — small enough to load on any page;
/// - `search/s<N>.js`: the sentences of source N with the events they carry, loaded only for the sources
///   a query finds, to show the matching sentence.
enum SearchIndex {
    /// Words too common to narrow a search.
    static let stopwords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
        "was", "were", "be", "been", "it", "its", "that", "this", "these", "those", "he", "she", "his", "her", "they",
        "their", "we", "our", "you", "i", "not", "but", "had", "has", "have", "will", "would", "said", "which", "who",
    ]

    /// The digits of `value` (not negative) in base 36, lower case, as `String(value, radix: 36)` writes them,
    /// put at the end of `out` without a string made for each.
    static func base36(_ value: Int, into out: inout [UInt8]) {
        var count = 1, rest = value / 36
        while rest > 0 { count += 1; rest /= 36 }
        out.append(contentsOf: repeatElement(0, count: count))
        var v = value, i = out.count - 1
        repeat {
            out[i] = base36Digits[v % 36]
            v /= 36
            i -= 1
        } while v > 0
    }

    static let base36Digits: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// Where an event is told: the sentence of a block of an article.
    private struct Told: Hashable {
        var article: Int
        var block: String
        var start: Int
    }

    /// The index and a shard per source. With `reuse`, a shard whose inputs (its number, the source's text
    /// blocks, their sentences and the events told in them) are the last build's is carried over without
    /// being made: on a rebuild after one edit, 1,361 of 1,362 shards.
    static func files(_ dossier: Dossier, paging: TimelinePaging, reuse: PageReuse? = nil) -> [OutputFile] {
        var postings = TermPostings()
        var shards: [OutputFile] = []
        var eventsBySentence: [Told: String] = [:]
        for (i, e) in dossier.events.enumerated() {
            // Where the event is shown, relative to the site root: the search script links to it.
            if let location = e.location { eventsBySentence[Told(article: location.article, block: location.block, start: e.sentenceStart)] = paging.href(i, root: "") }
        }
        for (n, article) in dossier.articles.enumerated() {
            // Each article's distinct words, cut when it was parsed. Stopwords are posted too and dropped
            // once, below: one lookup a word instead of two.
            (article.searchWords ?? SearchWords(article)).forEach { postings.post($0, source: n) }
            var blocks: [(block: String, text: String, ranges: [Range<Int>])] = []
            for (block, text) in EntityStage.blocks(of: article) {
                let ranges = dossier.sentences.indices.contains(n) ? dossier.sentences[n][block] ?? []
                    : EntityMatcher.sentenceRanges(Tokenizer.tokenize(text)).sorted { $0.key < $1.key }.map(\.value)
                blocks.append((block, text, ranges))
            }
            let path = "search/s\(n).js"
            func event(_ block: String, _ range: Range<Int>) -> String? {
                eventsBySentence[Told(article: n, block: block, start: range.lowerBound)]
            }
            var inputs: String?, recorded: String?
            if let reuse {
                let sink = DigestSink(reuse.seed)
                sink.string("search shard")
                sink.string(path)
                sink.int(Int64(blocks.count))
                for (block, text, ranges) in blocks {
                    sink.string(block)
                    sink.string(text)
                    sink.int(Int64(ranges.count))
                    for range in ranges {
                        sink.int(Int64(range.lowerBound))
                        sink.int(Int64(range.upperBound))
                        if let href = event(block, range) { sink.string(href) } else { sink.tag(.null) }
                    }
                }
                inputs = sink.hash.hex
                recorded = reuse.recordedKey(path, inputs!)
                if let recorded, reuse.check == nil, reuse.carryOver(path, recorded, inputs) { continue }
            }
            var sentences: [JSON] = []
            for (block, text, ranges) in blocks {
                let bytes = Array(text.utf8)
                for range in ranges {
                    sentences.append(.array([
                        .string(block), .string(String(decoding: bytes[range], as: UTF8.self)), event(block, range).map { .string($0) } ?? .null,
                    ]))
                }
            }
            let shard = OutputFile(
                path: path, bytes: Data("dossierShard(\(n),".utf8) + JSON.array(sentences).renderData(pretty: false) + Data(");\n".utf8),
                inputs: inputs)
            if let recorded, let check = reuse?.check { check(path, "bytes-" + Hash128.hex(shard.bytes) == recorded) }
            shards.append(shard)
        }
        // Each word's sources as base-36 gaps ("0,5,1a"), written digit by digit.
        let encoded: [JSON] = postings.sorted().filter { !stopwords.contains($0.word) }.map { term, list in
            var gaps: [UInt8] = []
            gaps.reserveCapacity(list.count * 3)
            var last = -1
            for n in list.lazy.map(Int.init) {
                if last >= 0 { gaps.append(UInt8(ascii: ",")) }
                base36(n - last, into: &gaps)
                last = n
            }
            return .array([.string(term), .string(String(decoding: gaps, as: UTF8.self))])
        }
        let entities: [JSON] = dossier.entities.map { e in
            .array([.string(e.name), .string(e.id), .string(e.kind.rawValue), .array(e.aliases.map { .string($0) }), .int(e.mentions.count)])
        }
        let sources: [JSON] = dossier.articles.map { a in
            .array([.string(a.title), .string(a.slug), .optional(a.metadata.outlet), .optional(a.metadata.published?.description)])
        }
        let analystEvents: [JSON] = dossier.events.indices.filter { dossier.events[$0].annotated }.map { i in
            let e = dossier.events[i]
            return .array([.string(paging.href(i, root: "")), .string(e.title ?? ""), .string(e.note ?? ""),
                           .optional(e.value?.label)])
        }
        let index = JSON.object([
            ("entities", .array(entities)), ("sources", .array(sources)), ("events", .array(analystEvents)),
            ("terms", .array(encoded)),
        ])
        let main = OutputFile(path: "search/index.js", bytes: Data("window.DOSSIER_INDEX=".utf8) + index.renderData(pretty: false) + Data(";\n".utf8))
        return [main] + shards
    }
}
