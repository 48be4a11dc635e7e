/// A set of words (lower-case ASCII bytes, as `SearchWords` cuts them), each kept once: its bytes in one
/// arena, in the order the words first came, and found again by an FNV-1a hash of its bytes in an
/// open-addressed table. No string is made or SipHashed for a word: an article has hundreds of words and a
/// dossier a million.
struct WordTable {
    /// Word `t` is `arena[starts[t]..<starts[t + 1]]`.
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// A word's index plus one, 0 for an empty slot; at most half full.
    private var slots: [Int32]

    /// `capacity`: a power of two, the slots to start with.
    init(capacity: Int = 1 << 12) {
        slots = [Int32](repeating: 0, count: capacity)
    }

    var count: Int { hashes.count }

    /// The index of `word`, and whether it was added now (a word not met before goes at the end).
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> (index: Int, added: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let t = Int(slots[slot]) - 1
            if hashes[t] == hash, same(t, word) { return (t, false) }
            slot = (slot + 1) & mask
        }
        arena.append(contentsOf: word)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(hashes.count)
        if hashes.count * 2 > slots.count { grow() }
        return (hashes.count - 1, true)
    }

    mutating func insert(_ word: [UInt8]) -> (index: Int, added: Bool) {
        word.withUnsafeBufferPointer { insert($0) }
    }

    private func same(_ t: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[t]
        guard starts[t + 1] - start == word.count else { return false }
        for i in 0..<word.count where arena[start + i] != word[i] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for t in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[t]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(t + 1)
        }
    }
}
