/// The sources of every word, for `search/index.js`: each distinct word kept once, its bytes in one arena,
/// and found again by a hash of its bytes.
///
/// The index used a `[String: [Int]]` with a string made and hashed (SipHash) for each of the million words
/// of 1,362 articles, on one core, on every rebuild: a fifth of a one-edit rebuild's CPU. Words here are
/// lower-case ASCII letters and digits (see `SearchIndex.eachWord`), so their bytes sort as their strings do.
struct TermPostings {
    /// Word `t` is `arena[starts[t]..<starts[t + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// The sources of word `t`, ascending, each once (sources are posted in order).
    private var lists: [[Int32]] = []
    /// Open addressing: a word's index plus one, 0 for an empty slot; at most half full.
    private var slots = [Int32](repeating: 0, count: 1 << 12)

    var count: Int { lists.count }

    /// Notes that source `source` has the word `word`; sources come in ascending order.
    mutating func post(_ word: [UInt8], source: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in word { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let t = Int(slots[slot]) - 1
            if hashes[t] == hash, same(t, word) {
                if lists[t].last != Int32(source) { lists[t].append(Int32(source)) }
                return
            }
            slot = (slot + 1) & mask
        }
        arena.append(contentsOf: word)
        starts.append(arena.count)
        hashes.append(hash)
        lists.append([Int32(source)])
        slots[slot] = Int32(lists.count)
        if lists.count * 2 > slots.count { grow() }
    }

    private func same(_ t: Int, _ word: [UInt8]) -> Bool {
        let start = starts[t]
        guard starts[t + 1] - start == word.count else { return false }
        for i in word.indices where arena[start + i] != word[i] { return false }
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

    /// Every word with its sources, in the order of the words' bytes (which is their strings' order).
    func sorted() -> [(word: String, sources: [Int32])] {
        var order = Array(lists.indices)
        arena.withUnsafeBufferPointer { bytes in
            order.sort { a, b in
                let x = UnsafeBufferPointer(rebasing: bytes[starts[a]..<starts[a + 1]])
                let y = UnsafeBufferPointer(rebasing: bytes[starts[b]..<starts[b + 1]])
                return x.lexicographicallyPrecedes(y)
            }
        }
        return order.map { t in (String(decoding: arena[starts[t]..<starts[t + 1]], as: UTF8.self), lists[t]) }
    }
}
