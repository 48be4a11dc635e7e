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
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return cache }
        guard let newline = data.firstIndex(of: 0x0A) else {
            cache.ignoredBecause = "it is damaged"
            return cache
        }
        let header = String(decoding: data[data.startIndex..<newline], as: UTF8.self).split(separator: " ").map(String.init)
        let payload = data[data.index(after: newline)...]
        let formatWords = format.split(separator: " ").count
        guard header.count == formatWords + 2, header.prefix(formatWords).joined(separator: " ") == format else {
            cache.ignoredBecause = "it is not a cache this version of dossier reads"
            return cache
        }
        guard header[formatWords] == binaryStamp else {
            cache.ignoredBecause = "another build of dossier wrote it"
            return cache
        }
        guard header[formatWords + 1] == Hash128.hex(payload) else {
            cache.ignoredBecause = "it is damaged (its checksum does not match)"
            return cache
        }
        do {
            cache.entries = try JSONDecoder().decode([String: Entry].self, from: payload)
        } catch {
            cache.ignoredBecause = "it is damaged (it does not decode)"
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
        guard changed else { return }
        let fm = FileManager.default
        guard let payload = try? JSONEncoder.sorted.encode(used) else { return }
        var data = Data("\(Self.format) \(Self.binaryStamp) \(Hash128.hex(payload))\n".utf8)
        data.append(payload)
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(Self.fileName).\(getpid())")
            try data.write(to: temporary)
            if rename(temporary.path, folder.appendingPathComponent(Self.fileName).path) != 0 { try? fm.removeItem(at: temporary) }
        } catch {
            // A cache that cannot be written only makes the next build a full one.
        }
    }

    /// Which dossier binary is running (its path, size and modification time): a rebuilt dossier may
    /// parse differently, so it never trusts what another build wrote.
    static let binaryStamp: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "dossier"
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? Int) ?? 0
        let modified = Int((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
        var hash = Hash128()
        hash.add(Data("\(path)|\(size)|\(modified)".utf8))
        return hash.hex
    }()
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

/// Two 64-bit FNV-1a hashes with different offsets: a 128-bit content key with no dependency, enough to
/// tell files apart (a cache key, not a defence against someone forging collisions in their own seeds).
struct Hash128 {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for byte in raw {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b ^= b >> 29
            }
        }
    }

    var hex: String { String(format: "%016llx%016llx", a, b) }

    static func hex<D: DataProtocol>(_ bytes: D) -> String {
        var hash = Hash128()
        hash.add(Data(bytes))
        return hash.hex
    }
}
