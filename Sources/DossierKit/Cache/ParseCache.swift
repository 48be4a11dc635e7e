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
    /// The entries are kept in this many files, each source's by the first byte of its key: a rebuild after
    /// one edit writes the one file that holds the edited source (200 KB at 1,362 sources) rather than the
    /// whole cache (6.7 MB, written and checksummed on every such rebuild), and a damaged file costs only
    /// the parses of its own sources.
    static let shards = 32
    /// Where dossier kept the parse cache before: removed on the next save.
    static let oldFileNames = ["parse.json", "parse.records"]

    /// The file of shard `n`: `parse-00.records` to `parse-31.records`.
    static func file(_ shard: Int, in folder: URL) -> URL {
        folder.appendingPathComponent("parse-\(shard < 10 ? "0" : "")\(shard).records")
    }

    /// The shard of an entry's key (its first two hex digits, folded onto the shards).
    static func shard(of key: String) -> Int {
        (Int(key.prefix(2), radix: 16) ?? 0) % shards
    }

    public var folder: URL
    /// Each entry as the bytes read from disk: decoded only when a build looks it up.
    var stored: [String: Data] = [:]
    /// Keys used by this build, with the bytes to write back: an entry this build did not change keeps the
    /// bytes it was read as. Only these are saved, so deleted sources leave the cache.
    var used: [String: Data] = [:]
    /// Why the cache on disk was not used (damaged, another version), for a warning; nil when it was.
    public var ignoredBecause: String?
    /// The shards whose file was there but not used (written again on the next save).
    var ignoredShards: Set<Int> = []

    /// The cache folder of an output folder: a hidden sibling, shared by the sites built beside it.
    public static func folder(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".dossier-cache")
    }

    /// Every shard's entries, read on all cores; a shard that cannot be used is left out, with the first
    /// reason met kept for the warning.
    public static func load(from folder: URL) -> ParseCache {
        var cache = ParseCache(folder: folder)
        let read = concurrentMap(Array(0..<shards)) { CacheFile.readRecords(file($0, in: folder), format: format) }
        for (shard, (records, reason)) in read.enumerated() {
            if let records { cache.stored.merge(records) { first, _ in first } }
            if let reason {
                cache.ignoredShards.insert(shard)
                if cache.ignoredBecause == nil { cache.ignoredBecause = reason }
            }
        }
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
        store(encoded: Self.encode(entries))
    }

    /// Entries encoded as their records, on all cores.
    static func encode(_ entries: [(key: String, entry: Entry)]) -> [(key: String, bytes: Data)] {
        let encoded = concurrentMap(entries.map(\.entry)) { $0.record }
        return zip(entries, encoded).map { ($0.key, $1) }
    }

    mutating func store(encoded: [(key: String, bytes: Data)]) {
        for (key, bytes) in encoded { used[key] = bytes }
    }

    /// Whether the cache on disk differs from what this build used (new, changed or deleted sources).
    var changed: Bool { !changedShards.isEmpty }

    /// The shards whose file differs from what this build used, or could not be used.
    var changedShards: [Int] {
        var differs = ignoredShards
        for (key, bytes) in used where stored[key] != bytes { differs.insert(Self.shard(of: key)) }
        for key in stored.keys where used[key] == nil { differs.insert(Self.shard(of: key)) }
        return differs.sorted()
    }

    /// Writes the shards whose entries changed, each atomically (a temporary file renamed over the old one);
    /// a shard left with no entry loses its file.
    public func save() {
        let shards = changedShards
        guard !shards.isEmpty else { return }
        var byShard: [Int: [String: Data]] = [:]
        for (key, bytes) in used { byShard[Self.shard(of: key), default: [:]][key] = bytes }
        for shard in shards {
            if let records = byShard[shard] {
                CacheFile.write(records: records, to: Self.file(shard, in: folder), format: Self.format)
            } else {
                try? FileManager.default.removeItem(at: Self.file(shard, in: folder))
            }
        }
        for old in Self.oldFileNames { try? FileManager.default.removeItem(at: folder.appendingPathComponent(old)) }
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
