import Foundation

/// The payload of a cache file as a list of records, each a key and its bytes: `key length` as one line of
/// text, then that many bytes, then a newline. Records are read without decoding them, so a build decodes
/// only the ones it uses, on all cores, and writes the unchanged ones back as the bytes it read.
enum CacheRecords {
    /// The records of a payload, or nil when it is not a list of records (a damaged file whose checksum
    /// happened to match, or another layout).
    static func split(_ payload: Data) -> [String: Data]? {
        var records: [String: Data] = [:]
        var at = payload.startIndex
        while at < payload.endIndex {
            guard let newline = payload[at...].firstIndex(of: 0x0A) else { return nil }
            let header = String(decoding: payload[at..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 2, let length = Int(header[1]), length >= 0 else { return nil }
            let start = payload.index(after: newline)
            guard payload.endIndex - start > length, payload[start + length] == 0x0A else { return nil }
            records[String(header[0])] = payload.subdata(in: start..<(start + length))
            at = start + length + 1
        }
        return records
    }

    /// The payload of `records` a piece at a time, in key order (the same records always make the same
    /// bytes), each piece handed to `write`.
    static func each(_ records: [String: Data], _ write: (Data) throws -> Void) rethrows {
        for key in records.keys.sorted() {
            let bytes = records[key]!
            try write(Data("\(key) \(bytes.count)\n".utf8))
            try write(bytes)
            try write(Data([0x0A]))
        }
    }
}
