import Foundation

/// Turns any `Encodable` value into a `Hash128` of everything it holds, without building a JSON text first:
/// how an incremental build tells that a page's view model is the one it rendered last time. Every value is
/// written with a tag and every string with its length, and every container is opened and closed, so two
/// different values cannot give the same stream of bytes (`["ab"]` and `["a", "b"]`, nil and "", an empty
/// array and no array all differ). Keys are hashed too: a field renamed in the code changes every digest.
/// Dictionaries are not sorted: a view model with one digests differently from run to run, which only costs
/// a page rendered again, never a page wrongly reused.
struct DigestEncoder {
    static func digest<T: Encodable>(_ value: T, into hash: inout Hash128) throws {
        let sink = DigestSink(hash)
        try value.encode(to: DigestEncoding(sink: sink))
        hash = sink.hash
    }
}

/// The running hash, shared by the containers of one encoding (they are used one after another, never at once).
final class DigestSink {
    var hash: Hash128
    init(_ hash: Hash128) { self.hash = hash }

    enum Tag: UInt8 {
        case null = 1, bool, int, uint, double, string, keyed, unkeyed, end, key
    }

    func tag(_ tag: Tag) { hash.add(byte: tag.rawValue) }

    func string(_ s: String) {
        tag(.string)
        var s = s
        s.withUTF8 { bytes in
            hash.add(word: UInt64(bytes.count))
            hash.add(UnsafeRawBufferPointer(bytes))
        }
    }

    func key(_ key: CodingKey) {
        tag(.key)
        var name = key.stringValue
        name.withUTF8 { hash.add(UnsafeRawBufferPointer($0)) }
        hash.add(byte: 0)
    }

    func int(_ value: Int64) { tag(.int); hash.add(word: UInt64(bitPattern: value)) }
    func uint(_ value: UInt64) { tag(.uint); hash.add(word: value) }
    func double(_ value: Double) { tag(.double); hash.add(word: value.bitPattern) }
    func bool(_ value: Bool) { tag(.bool); hash.add(byte: value ? 1 : 0) }
}

struct DigestEncoding: Encoder {
    let sink: DigestSink
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.tag(.keyed)
        return KeyedEncodingContainer(DigestKeyed<Key>(sink: sink))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        sink.tag(.unkeyed)
        return DigestUnkeyed(sink: sink)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { DigestSingle(sink: sink) }
}

/// A keyed container writes each key before its value. Containers are not closed by Codable, so each
/// nested one is bracketed by its parent: the parent writes `end` after the child's encode returns (see
/// `nested`). The top level needs no end: nothing follows it.
struct DigestKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: DigestSink
    var codingPath: [CodingKey] = []

    mutating func encodeNil(forKey key: Key) throws { sink.key(key); sink.tag(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { sink.key(key); sink.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { sink.key(key); sink.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { sink.key(key); sink.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { sink.key(key); sink.double(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { sink.key(key); sink.int(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { sink.key(key); sink.int(Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { sink.key(key); sink.int(Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { sink.key(key); sink.int(Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { sink.key(key); sink.int(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { sink.key(key); sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { sink.key(key); sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { sink.key(key); sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { sink.key(key); sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { sink.key(key); sink.uint(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        sink.key(key)
        try nested(value, sink: sink)
    }

    // An optional that is nil is skipped by synthesized conformances (`encodeIfPresent`): mark it, so a
    // field that became nil changes the digest.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        sink.key(key)
        if let value { try nested(value, sink: sink) } else { sink.tag(.null) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        sink.key(key)
        if let value { sink.string(value) } else { sink.tag(.null) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        sink.key(key)
        if let value { sink.int(Int64(value)) } else { sink.tag(.null) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        sink.key(key)
        if let value { sink.bool(value) } else { sink.tag(.null) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        sink.key(key)
        sink.tag(.keyed)
        return KeyedEncodingContainer(DigestKeyed<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        sink.key(key)
        sink.tag(.unkeyed)
        return DigestUnkeyed(sink: sink)
    }

    mutating func superEncoder() -> Encoder { DigestEncoding(sink: sink) }
    mutating func superEncoder(forKey key: Key) -> Encoder { sink.key(key); return DigestEncoding(sink: sink) }
}

struct DigestUnkeyed: UnkeyedEncodingContainer {
    let sink: DigestSink
    var codingPath: [CodingKey] = []
    var count = 0

    mutating func encodeNil() throws { count += 1; sink.tag(.null) }
    mutating func encode(_ value: Bool) throws { count += 1; sink.bool(value) }
    mutating func encode(_ value: String) throws { count += 1; sink.string(value) }
    mutating func encode(_ value: Double) throws { count += 1; sink.double(value) }
    mutating func encode(_ value: Float) throws { count += 1; sink.double(Double(value)) }
    mutating func encode(_ value: Int) throws { count += 1; sink.int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { count += 1; sink.int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { count += 1; sink.int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { count += 1; sink.int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { count += 1; sink.int(value) }
    mutating func encode(_ value: UInt) throws { count += 1; sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { count += 1; sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { count += 1; sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { count += 1; sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { count += 1; sink.uint(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { count += 1; try nested(value, sink: sink) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        sink.tag(.keyed)
        return KeyedEncodingContainer(DigestKeyed<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        count += 1
        sink.tag(.unkeyed)
        return DigestUnkeyed(sink: sink)
    }

    mutating func superEncoder() -> Encoder { DigestEncoding(sink: sink) }
}

struct DigestSingle: SingleValueEncodingContainer {
    let sink: DigestSink
    var codingPath: [CodingKey] = []

    mutating func encodeNil() throws { sink.tag(.null) }
    mutating func encode(_ value: Bool) throws { sink.bool(value) }
    mutating func encode(_ value: String) throws { sink.string(value) }
    mutating func encode(_ value: Double) throws { sink.double(value) }
    mutating func encode(_ value: Float) throws { sink.double(Double(value)) }
    mutating func encode(_ value: Int) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { sink.int(value) }
    mutating func encode(_ value: UInt) throws { sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { sink.uint(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try nested(value, sink: sink) }
}

/// A nested value with an end mark after it, so where one value stops and the next starts is in the stream.
/// Strings and numbers go straight to the sink (the generic path would open a single-value container).
/// The type is compared rather than the value cast: `T` is not known where Codable calls this, and a
/// dynamic cast for every value was a measurable part of hashing a page.
private func nested<T: Encodable>(_ value: T, sink: DigestSink) throws {
    if T.self == String.self {
        sink.string(unsafeBitCast(value, to: String.self))
    } else if T.self == Int.self {
        sink.int(Int64(unsafeBitCast(value, to: Int.self)))
    } else if T.self == Bool.self {
        sink.bool(unsafeBitCast(value, to: Bool.self))
    } else {
        try value.encode(to: DigestEncoding(sink: sink))
        sink.tag(.end)
    }
}
