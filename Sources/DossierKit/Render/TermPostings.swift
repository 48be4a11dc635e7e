/// The sources of every word, for `search/index.js`: each distinct word kept once (in a `WordTable`).
///
/// The index used a `[String: [Int]]` with a string made and hashed (SipHash) for each of the million words
/// of 1,362 articles, on one core, on every rebuild: a fifth of a one-edit rebuild's CPU. Words here are
/// lower-case ASCII letters and digits (see `SearchIndex.eachWord`), so their bytes sort as their strings do.
struct TermPostings {
    private var words = WordTable()
    /// The sources of word `t` (the table's index), ascending, each once (sources are posted in order).
    private var lists: [[Int32]] = []

    var count: Int { lists.count }

    /// Notes that source `source` has the word `word`; sources come in ascending order.
    mutating func post(_ word: UnsafeBufferPointer<UInt8>, source: Int) {
        let (t, added) = words.insert(word)
        if added {
            lists.append([Int32(source)])
        } else if lists[t].last != Int32(source) {
            lists[t].append(Int32(source))
        }
    }

    mutating func post(_ word: [UInt8], source: Int) {
        word.withUnsafeBufferPointer { post($0, source: source) }
    }

    /// Every word with its sources, in the order of the words' bytes (which is their strings' order).
    func sorted() -> [(word: String, sources: [Int32])] {
        var order = Array(lists.indices)
        let starts = words.starts
        words.arena.withUnsafeBufferPointer { bytes in
            order.sort { a, b in
                let x = UnsafeBufferPointer(rebasing: bytes[starts[a]..<starts[a + 1]])
                let y = UnsafeBufferPointer(rebasing: bytes[starts[b]..<starts[b + 1]])
                return x.lexicographicallyPrecedes(y)
            }
        }
        return order.map { t in (String(decoding: words.arena[starts[t]..<starts[t + 1]], as: UTF8.self), lists[t]) }
    }
}
