import Foundation

/// One file of the build cache: a header line (the format, the identity of the dossier binary that wrote it
/// and a checksum of the payload) and the payload. A file from another version or another build of dossier,
/// or a damaged one, is refused with the reason, never trusted.
enum CacheFile {
    /// The payload, or why the file cannot be used (nil, nil: there is no such file).
    static func read(_ url: URL, format: String) -> (payload: Data?, ignoredBecause: String?) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (nil, nil) }
        guard let newline = data.firstIndex(of: 0x0A) else { return (nil, "it is damaged") }
        let header = String(decoding: data[data.startIndex..<newline], as: UTF8.self).split(separator: " ").map(String.init)
        let payload = data[data.index(after: newline)...]
        let formatWords = format.split(separator: " ").count
        guard header.count == formatWords + 2, header.prefix(formatWords).joined(separator: " ") == format else {
            return (nil, "it is not a cache this version of dossier reads")
        }
        guard header[formatWords] == binaryStamp else { return (nil, "another build of dossier wrote it") }
        guard header[formatWords + 1] == Hash128.hex(payload) else {
            return (nil, "it is damaged (its checksum does not match)")
        }
        return (Data(payload), nil)
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
