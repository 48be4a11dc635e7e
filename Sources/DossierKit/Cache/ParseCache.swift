import Foundation

/// What the parse stage made of each source in the last build, kept outside the site (`.dossier-cache/`
/// beside the output: never published, safe to delete) so the next build parses only the sources that
/// changed. An entry is found by a hash of everything the parse reads: the file's bytes, its path and
/// display name, its settings in dossier.yml and the fallback encoding. The file carries a version, the
/// identity of the dossier binary that wrote it and a checksum: a cache from another build of dossier or
/// a damaged one is ignored with a warning, never trusted, and the build is simply a full one.
public struct ParseCache: Sendable {
    public struct Entry: Codable, Sendable {
        public var article: Article
        public var warnings: [BuildWarning]
    }

    static let format = "dossier-parse-cache 1"
    static let fileName = "parse.json"

    public var folder: URL
    var entries: [String: Entry] = [:]
    /// Keys used by this build: only those are saved, so deleted sources leave the cache.
    var used: [String: Entry] = [:]
    /// Why the cache on disk was not used (damaged, another version), for a warning; nil when it was.
    public var ignoredBecause: String?

    /// The cache folder of an output folder: a hidden sibling, shared by the sites built beside it.
    public static func folder(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".dossier-cache")
    }

    public static func load(from folder: URL) -> ParseCache {
        var cache = ParseCache(folder: folder)
        let (entries, reason) = CacheFile.decode([String: Entry].self, from: folder.appendingPathComponent(fileName), format: format)
        cache.entries = entries ?? [:]
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

    mutating func lookup(_ key: String) -> Entry? {
        guard let entry = entries[key] else { return nil }
        used[key] = entry
        return entry
    }

    mutating func store(_ key: String, _ entry: Entry) {
        used[key] = entry
    }

    /// Whether the cache on disk differs from what this build used (new, changed or deleted sources).
    var changed: Bool {
        ignoredBecause != nil || used.count != entries.count || used.keys.contains { entries[$0] == nil }
    }

    /// Writes the entries this build used, atomically (a temporary file renamed over the old one).
    public func save() {
        guard changed, let payload = try? JSONEncoder.sorted.encode(used) else { return }
        CacheFile.write(payload, to: folder.appendingPathComponent(Self.fileName), format: Self.format)
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
