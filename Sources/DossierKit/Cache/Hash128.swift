import Foundation

/// Two 64-bit multiply-and-fold hashes with different seeds and primes: a 128-bit content key with no
/// dependency, enough to tell files and page models apart (a cache key, not a defence against someone forging
/// collisions in their own seeds). Bytes are taken eight at a time, so hashing a page's model costs far less
/// than rendering it.
struct Hash128 {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x6c62_272e_07bb_0142

    private static let primeA: UInt64 = 0x0000_0100_0000_01B3
    private static let primeB: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func add(word: UInt64) {
        a = (a ^ word) &* Self.primeA
        a ^= a >> 29
        b = (b ^ word) &* Self.primeB
        b ^= b >> 31
    }

    mutating func add(byte: UInt8) { add(word: UInt64(byte) | 0x100) }

    mutating func add(_ raw: UnsafeRawBufferPointer) {
        var offset = 0
        let count = raw.count
        while offset + 8 <= count {
            add(word: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            // The tail with its length, so "a" and "a\0" differ.
            // Copied into the word in one go, not shifted in byte by byte: most strings hashed (names,
            // keys, slugs) are short, and that loop was most of their cost. Read as little-endian, so the
            // word is the same on every machine.
            var tail: UInt64 = 0
            withUnsafeMutableBytes(of: &tail) { word in
                word.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<count]))
            }
            add(word: UInt64(littleEndian: tail) | UInt64(count - offset) << 56)
        }
    }

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
        add(word: UInt64(data.count))
    }

    mutating func add(_ string: String) {
        var s = string
        s.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add(word: UInt64(string.utf8.count))
    }

    /// The 32 lower-case hex digits of both halves (what `%016llx%016llx` prints, without Foundation's
    /// formatter, which cost more than hashing a small page).
    var hex: String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 32) { buffer in
            func put(_ word: UInt64, at offset: Int) {
                for i in 0..<16 { buffer[offset + i] = digits.utf8Start[Int((word >> (60 - 4 * UInt64(i))) & 0xF)] }
            }
            put(a, at: 0)
            put(b, at: 16)
            return 32
        }
    }

    static func of(_ data: Data) -> Hash128 {
        var hash = Hash128()
        hash.add(data)
        return hash
    }

    static func hex<D: DataProtocol>(_ bytes: D) -> String {
        var hash = Hash128()
        hash.add(Data(bytes))
        return hash.hex
    }
}
