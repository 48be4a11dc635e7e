import Foundation

/// A compact binary writer for the build cache: numbers as variable-length integers, strings written once
/// and then named by their number in a table of the record, so repeated words ("p3", a kind's reason)
/// cost a byte or two. Only the cache uses it, and a record that does not read back is simply made again.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []
    private var table: [String: Int] = [:]

    mutating func int(_ value: Int) {
        // Zig-zag, so that small negative numbers stay short too.
        var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func append(_ raw: [UInt8]) { bytes += raw }

    /// A string: its number in the table when it was written before, else its bytes (and it joins the table).
    mutating func string(_ value: String) {
        if let known = table[value] {
            int(known + 1)
            return
        }
        table[value] = table.count
        int(0)
        let utf8 = Array(value.utf8)
        int(utf8.count)
        bytes += utf8
    }

    /// A string that is never repeated (a hash, a path): its bytes alone, kept out of the table, which
    /// would only hash it.
    mutating func unique(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for v in values { string(v) }
    }
}

/// Reads what `ByteWriter` wrote; every read fails (throws) rather than run past the end or accept a
/// number out of range.
struct ByteReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var at = 0
    private var table: [String] = []

    init<D: DataProtocol>(_ data: D) { bytes = Array(data) }

    var atEnd: Bool { at == bytes.count }
    /// How many bytes have been read.
    var position: Int { at }

    mutating func int() throws -> Int {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Malformed() }
            let b = bytes[at]
            at += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
        return Int(signed)
    }

    /// A count or an index: never negative, never more than what is left to read.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - at + table.count + 1 else { throw Malformed() }
        return n
    }

    mutating func bool() throws -> Bool {
        guard at < bytes.count, bytes[at] <= 1 else { throw Malformed() }
        at += 1
        return bytes[at - 1] == 1
    }

    mutating func string() throws -> String {
        let ref = try count()
        if ref > 0 {
            guard ref <= table.count else { throw Malformed() }
            return table[ref - 1]
        }
        let length = try count()
        guard length <= bytes.count - at else { throw Malformed() }
        let value = String(decoding: bytes[at..<(at + length)], as: UTF8.self)
        at += length
        table.append(value)
        return value
    }

    /// The next `length` bytes as they are.
    mutating func take(_ length: Int) throws -> [UInt8] {
        guard length <= bytes.count - at else { throw Malformed() }
        defer { at += length }
        return Array(bytes[at..<(at + length)])
    }

    /// What `ByteWriter.unique` wrote.
    mutating func unique() throws -> String {
        let length = try count()
        guard length <= bytes.count - at else { throw Malformed() }
        let value = String(decoding: bytes[at..<(at + length)], as: UTF8.self)
        at += length
        return value
    }

    mutating func optional() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws -> [String] {
        try (0..<count()).map { _ in try string() }
    }

    /// A value of a `String`-backed enum.
    mutating func raw<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
