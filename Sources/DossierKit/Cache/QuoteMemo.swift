import Foundation

/// The quotations the last build found in each article, kept by a hash of everything finding them reads of
/// that article (`QuoteStage.inputsKey`): its paragraphs and their sentences, and the mentions in it with
/// the kind and name of each one's entity. An article whose hash is the last build's holds exactly these
/// quotations again, so a rebuild looks for quotations only in the articles an edit touched (or whose names
/// moved): of a rebuild after one edit, looking in all 1,362 articles took both cores for 40 ms.
///
/// Records are keyed by that hash; a quotation is kept without its article's place in the dossier, and put
/// where the article is now. Like every cache file it is refused when another build of dossier wrote it or
/// it is damaged, and the quotations are then found again in every article.
struct QuoteMemo: Sendable {
    static let format = "dossier-quote-memo 1"

    let file: URL
    private var stored: [String: Data] = [:]
    /// Why the file on disk was not used, for a notice; nil when it was (or when there was none).
    private(set) var ignoredBecause: String?

    static func file(in cacheFolder: URL) -> URL { cacheFolder.appendingPathComponent("quotes.memo") }

    init(file: URL) {
        self.file = file
        let (records, reason) = CacheFile.readRecords(file, format: Self.format)
        stored = records ?? [:]
        ignoredBecause = reason
    }

    /// The quotations kept under `key`, placed in article `article`; nil when there are none kept (or the
    /// record does not decode: they are found again).
    func quotes(_ key: String, article: Int) -> (quotes: [Quote], record: Data)? {
        guard let record = stored[key], let quotes = try? Self.decode(record, article: article) else { return nil }
        return (quotes, record)
    }

    /// Whether `records` (every article's key and quotations, as this build has them) differ from the file's.
    func differs(from records: [String: Data]) -> Bool {
        ignoredBecause != nil || records.count != stored.count || records.contains { stored[$0.key] != $0.value }
    }

    /// Writes `records` atomically (see `CacheFile`).
    func save(_ records: [String: Data]) {
        CacheFile.write(records: records, to: file, format: Self.format)
    }

    // `decode` mirrors `encode` field for field; `QuoteMemoTests` round-trips real quotations.
    static func encode(_ quotes: [Quote]) -> Data {
        var w = ByteWriter()
        w.int(quotes.count)
        for q in quotes {
            w.int(q.entity)
            w.string(q.location.block)
            for n in [q.start, q.end] { w.int(n) }
            for text in [q.text, q.attribution] { w.string(text) }
        }
        return Data(w.bytes)
    }

    static func decode(_ data: Data, article: Int) throws -> [Quote] {
        var r = ByteReader(data)
        var quotes: [Quote] = []
        for _ in 0..<(try r.count()) {
            let entity = try r.int(), block = try r.string(), start = try r.int(), end = try r.int()
            guard entity >= 0, start <= end else { throw ByteReader.Malformed() }
            quotes.append(Quote(entity: entity, location: TextLocation(article: article, block: block), start: start, end: end,
                                text: try r.string(), attribution: try r.string()))
        }
        guard r.atEnd else { throw ByteReader.Malformed() }
        return quotes
    }
}
