import Foundation

/// What the parse and extraction stages made of each source in the last build, kept outside the site
/// (`.dossier-cache/` beside the output: never published, safe to delete) so the next build parses and
/// extracts only the sources that changed. An entry is found by a hash of everything the parse reads: the
/// file's bytes, its path and display name, its settings in dossier.yml and the fallback encoding. What
/// extraction finds depends on the parsed article alone, so it is kept in the same entry. The file carries
/// a version, the identity of the dossier binary that wrote it and a checksum: a cache from another build
/// of dossier or a damaged one is ignored with a warning, never trusted, and the build is simply a full one.
public struct ParseCache: Sendable {
    public struct Entry: Sendable {
        public var article: Article
        public var warnings: [BuildWarning]
        /// Names and dates found in the article on its own; nil until a build has resolved it.
        var extraction: ArticleExtraction?

        init(article: Article, warnings: [BuildWarning], extraction: ArticleExtraction? = nil) {
            self.article = article
            self.warnings = warnings
            self.extraction = extraction
        }

        /// The entry as one record, in binary (`ArticleCoding.swift`, `ExtractionCoding.swift`): the article
        /// and its warnings, whether an extraction follows, then the extraction.
        var record: Data {
            var w = ByteWriter()
            write(to: &w)
            w.bool(extraction != nil)
            extraction?.write(to: &w)
            return Data(w.bytes)
        }

        init(record: Data) throws {
            var r = ByteReader(record)
            self = try Self.read(from: &r)
            if try r.bool() { extraction = try ArticleExtraction.read(from: &r) }
            guard r.atEnd else { throw ByteReader.Malformed() }
        }
    }

    // 4: the article and its warnings in binary, no longer JSON.
    // 5: with each article's search words.
    static let format = "dossier-parse-cache 5.\(ArticleExtraction.layout)"
    static let fileName = "parse.records"
    /// Where dossier kept the parse cache when it was JSON: removed on the next save.
    static let oldFileName = "parse.json"

    public var folder: URL
    /// Each entry as the bytes read from disk: decoded only when a build looks it up.
    var stored: [String: Data] = [:]
    /// Keys used by this build, with the bytes to write back: an entry this build did not change keeps the
    /// bytes it was read as. Only these are saved, so deleted sources leave the cache.
    var used: [String: Data] = [:]
    /// Why the cache on disk was not used (damaged, another version), for a warning; nil when it was.
    public var ignoredBecause: String?

    /// The cache folder of an output folder: a hidden sibling, shared by the sites built beside it.
    public static func folder(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".dossier-cache")
    }

    public static func load(from folder: URL) -> ParseCache {
        var cache = ParseCache(folder: folder)
        let (records, reason) = CacheFile.readRecords(folder.appendingPathComponent(fileName), format: format)
        cache.stored = records ?? [:]
        cache.ignoredBecause = reason
        return cache
    }

    static func key(_ source: SourceFile, display: String, settings: DossierConfig.SourceSettings?, fallback: TextEncoding?) -> String {
        var hash = Hash128()
        for part in [format, source.path, display, settings.map { "\($0.metadata)|\(String(describing: $0.encoding))" } ?? "-",
                     String(describing: fallback)] {
            hash.add(Data(part.utf8))
            hash.add(Data([0]))
        }
        hash.add(source.bytes)
        return hash.hex
    }

    /// The entries of `keys` that the cache holds, decoded on all cores (nil where there is none, or where
    /// one does not decode: that source is simply parsed again).
    mutating func lookup(_ keys: [String]) -> [Entry?] {
        let stored = self.stored
        let entries = concurrentMap(keys) { key -> Entry? in
            guard let bytes = stored[key] else { return nil }
            return try? Entry(record: bytes)
        }
        for (key, entry) in zip(keys, entries) where entry != nil { used[key] = stored[key] }
        return entries
    }

    /// Keeps `entries` (new or changed) for the next build, encoded on all cores.
    mutating func store(_ entries: [(key: String, entry: Entry)]) {
        let encoded = concurrentMap(entries.map(\.entry)) { $0.record }
        for ((key, _), bytes) in zip(entries, encoded) { used[key] = bytes }
    }

    /// Whether the cache on disk differs from what this build used (new, changed or deleted sources).
    var changed: Bool {
        ignoredBecause != nil || used.count != stored.count || used.contains { stored[$0.key] != $0.value }
    }

    /// Writes the entries this build used, atomically (a temporary file renamed over the old one).
    public func save() {
        guard changed else { return }
        CacheFile.write(records: used, to: folder.appendingPathComponent(Self.fileName), format: Self.format)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(Self.oldFileName))
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
