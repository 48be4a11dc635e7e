import Foundation

/// What matching found in each article under the resolver's last answer: every mention (the resolved name
/// it belongs to, its block and offsets, its words and its sentence) and every block's sentence ranges.
/// When a rebuild reuses that answer (see `ResolutionMemo`), an article whose text is unchanged would be
/// tokenized and matched into exactly this again, so it is taken from here instead: of a rebuild after one
/// edited article, tokenizing and matching the 1,361 others was the longest part of resolution.
///
/// The records are keyed by a hash of the article's text blocks (`key(of:)`), one record beside them holds
/// the answer's key, and the whole file is valid for that answer alone: a fresh resolution makes every
/// record anew. Like every cache file it is refused when another build of dossier wrote it or it is damaged.
struct MatchMemo: Sendable {
    static let format = "dossier-match-memo 1"
    static let answerRecord = "answer"

    let file: URL
    private var stored: [String: Data] = [:]
    /// Why the file on disk was not used, for a notice; nil when it was (or when there was none).
    private(set) var ignoredBecause: String?
    /// How many records the file holds (the answer's included): a build that found every entry it needs
    /// and no other need not write it again.
    var recordCount: Int { stored.count }

    static func file(in cacheFolder: URL) -> URL { cacheFolder.appendingPathComponent("matches.memo") }

    /// A record as read (for tests).
    func storedRecord(_ key: String) -> Data? { stored[key] }

    init(file: URL) {
        self.file = file
        let (records, reason) = CacheFile.readRecords(file, format: Self.format)
        stored = records ?? [:]
        ignoredBecause = reason
    }

    /// The part of an article matching reads: each text block (headline, captions, paragraphs outside code)
    /// with its id, in order.
    static func key(of article: Article) -> String {
        var hash = Hash128()
        for (block, text) in EntityStage.blocks(of: article) {
            hash.add(block)
            hash.add(text)
        }
        return hash.hex
    }

    /// One article's matches and sentences, without the article's place in the dossier (mentions are
    /// placed where the article is now).
    struct Entry: Sendable, Equatable {
        struct Match: Sendable, Equatable {
            var entity: Int
            var block: String
            var start: Int
            var end: Int
            var text: String
            var sentenceStart: Int
            var sentenceEnd: Int
        }
        var matches: [Match]
        /// Each block's sentence byte ranges, in order.
        var sentences: [String: [Range<Int>]]
    }

    /// The entries kept for `keys` under the answer `answer`, decoded on all cores: nil where there is none
    /// (or one that does not decode), and all nil when the memo is another answer's.
    func entries(for keys: [String], answer: String) -> [Entry?] {
        guard let kept = stored[Self.answerRecord], String(decoding: kept, as: UTF8.self) == answer else {
            return [Entry?](repeating: nil, count: keys.count)
        }
        let stored = self.stored
        return concurrentMap(keys) { key in stored[key].flatMap { try? Self.decode($0) } }
    }

    /// Writes the entries of this build's articles (by key) under `answer`, encoded on all cores. An entry
    /// this build took from `kept` (`fromKept`) is written back as the bytes it was read as.
    static func save(_ entries: [(key: String, entry: Entry)], answer: String, to file: URL,
                     kept: MatchMemo? = nil, fromKept: [Bool] = []) {
        let stored = kept?.stored ?? [:]
        let encoded = concurrentMap(Array(entries.indices)) { i in
            (fromKept.indices.contains(i) && fromKept[i] ? stored[entries[i].key] : nil) ?? encode(entries[i].entry)
        }
        var records: [String: Data] = [answerRecord: Data(answer.utf8)]
        for ((key, _), bytes) in zip(entries, encoded) { records[key] = bytes }
        CacheFile.write(records: records, to: file, format: format)
    }

    // `decode` mirrors `encode` field for field; `MatchMemoTests` round-trips real articles.
    static func encode(_ entry: Entry) -> Data {
        var w = ByteWriter()
        w.int(entry.matches.count)
        for m in entry.matches {
            w.int(m.entity)
            w.string(m.block)
            for n in [m.start, m.end, m.sentenceStart, m.sentenceEnd] { w.int(n) }
            w.string(m.text)
        }
        w.int(entry.sentences.count)
        for block in entry.sentences.keys.sorted() {
            let ranges = entry.sentences[block]!
            w.string(block)
            w.int(ranges.count)
            for r in ranges {
                w.int(r.lowerBound)
                w.int(r.upperBound)
            }
        }
        return Data(w.bytes)
    }

    static func decode(_ data: Data) throws -> Entry {
        var r = ByteReader(data)
        var matches: [Entry.Match] = []
        let count = try r.count()
        matches.reserveCapacity(count)
        for _ in 0..<count {
            let entity = try r.int(), block = try r.string()
            let start = try r.int(), end = try r.int(), sentenceStart = try r.int(), sentenceEnd = try r.int()
            guard entity >= 0, start <= end, sentenceStart <= sentenceEnd else { throw ByteReader.Malformed() }
            matches.append(Entry.Match(entity: entity, block: block, start: start, end: end, text: try r.string(),
                                       sentenceStart: sentenceStart, sentenceEnd: sentenceEnd))
        }
        var sentences: [String: [Range<Int>]] = [:]
        for _ in 0..<(try r.count()) {
            let block = try r.string()
            var ranges: [Range<Int>] = []
            for _ in 0..<(try r.count()) {
                let lower = try r.int(), upper = try r.int()
                guard lower <= upper else { throw ByteReader.Malformed() }
                ranges.append(lower..<upper)
            }
            sentences[block] = ranges
        }
        guard r.atEnd else { throw ByteReader.Malformed() }
        return Entry(matches: matches, sentences: sentences)
    }
}
