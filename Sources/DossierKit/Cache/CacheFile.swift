import Foundation

/// One file of the build cache: a header line (the format, the identity of the dossier binary that wrote it
/// and a checksum of the payload) and the payload. A file from another version or another build of dossier,
/// or a damaged one, is refused with the reason, never trusted.
enum CacheFile {
    /// The payload, or why the file cannot be used (nil, nil: there is no such file).
    static func read(_ url: URL, format: String) -> (payload: Data?, ignoredBecause: String?) {
        let (payload, checksum, reason) = unwrap(url, format: format)
        guard let payload, let checksum else { return (nil, reason) }
        guard checksum == Hash128.hex(payload) else { return (nil, "it is damaged (its checksum does not match)") }
        return (Data(payload), nil)
    }

    /// The records of a file written by `write(records:)`, or why they cannot be used (nil, nil: there is
    /// no such file). Its checksum is over the records (see `checksum`), so it is written without ever
    /// joining them into one payload in memory.
    static func readRecords(_ url: URL, format: String) -> (records: [String: Data]?, ignoredBecause: String?) {
        let (payload, checksum, reason) = unwrap(url, format: format)
        guard let payload, let checksum else { return (nil, reason) }
        guard let records = CacheRecords.split(payload), checksum == Self.checksum(records) else {
            return (nil, "it is damaged (its checksum does not match)")
        }
        return (records, nil)
    }

    /// The payload after the header line and the checksum the header gives, once the header names this
    /// format and this dossier binary.
    private static func unwrap(_ url: URL, format: String) -> (payload: Data.SubSequence?, checksum: String?, ignoredBecause: String?) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (nil, nil, nil) }
        guard let newline = data.firstIndex(of: 0x0A) else { return (nil, nil, "it is damaged") }
        let header = String(decoding: data[data.startIndex..<newline], as: UTF8.self).split(separator: " ").map(String.init)
        let formatWords = format.split(separator: " ").count
        guard header.count == formatWords + 2, header.prefix(formatWords).joined(separator: " ") == format else {
            return (nil, nil, "it is not a cache this version of dossier reads")
        }
        guard header[formatWords] == binaryStamp else { return (nil, nil, "another build of dossier wrote it") }
        return (data[data.index(after: newline)...], header[formatWords + 1], nil)
    }

    /// Writes `records` (see `CacheRecords`) atomically, one after another: the file is never held whole.
    static func write(records: [String: Data], to url: URL, format: String) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else { return }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data("\(format) \(binaryStamp) \(checksum(records))\n".utf8))
            try CacheRecords.each(records) { try handle.write(contentsOf: $0) }
            try handle.close()
            if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// The checksum of a list of records: each key and the hash of its bytes, in key order.
    static func checksum(_ records: [String: Data]) -> String {
        var hash = Hash128()
        for key in records.keys.sorted() {
            hash.add(key)
            let own = Hash128.of(records[key]!)
            hash.add(word: own.a)
            hash.add(word: own.b)
        }
        return hash.hex
    }

    /// The payload decoded from JSON, or why it cannot be used (nil, nil: there is no such file).
    static func decode<T: Decodable>(_ type: T.Type, from url: URL, format: String) -> (value: T?, ignoredBecause: String?) {
        let (payload, reason) = read(url, format: format)
        guard let payload else { return (nil, reason) }
        guard let value = try? JSONDecoder().decode(T.self, from: payload) else { return (nil, "it is damaged (it does not decode)") }
        return (value, nil)
    }

    /// Writes atomically (a temporary file renamed over the old one). A cache that cannot be written only
    /// makes the next build a full one, so failures are not errors.
    static func write(_ payload: Data, to url: URL, format: String) {
        var data = Data("\(format) \(binaryStamp) \(Hash128.hex(payload))\n".utf8)
        data.append(payload)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {}
    }

    /// Which dossier binary is running (its path, size and modification time): a rebuilt dossier may
    /// parse and render differently, so it never trusts what another build wrote.
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
