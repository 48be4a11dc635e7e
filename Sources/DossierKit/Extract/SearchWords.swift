/// The words the search box finds an article by: ASCII-folded, lower-case words of two letters or more (or
/// numbers), cut as search.js cuts a query. Each article's distinct words are cut once, when it is parsed,
/// and kept with it in the build cache, so that the search index of a rebuild after one edit posts the words
/// each article already has instead of cutting the text of every article again.
public struct SearchWords: Sendable, Equatable {
    /// The distinct words of the article's blocks (title, captions, prose: `EntityStage.blocks(of:)`), in
    /// the order they first appear, each followed by a space (a word is letters and digits only).
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    init(_ article: Article) {
        var table = WordTable(capacity: 1 << 9)
        for (_, text) in EntityStage.blocks(of: article) { Self.each(text) { _ = table.insert($0) } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(table.arena.count + table.count)
        for t in 0..<table.count {
            bytes += table.arena[table.starts[t]..<table.starts[t + 1]]
            bytes.append(Self.separator)
        }
        self.bytes = bytes
    }

    static let separator = UInt8(ascii: " ")

    /// Each word, in order, as a buffer of its bytes.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for i in 0..<all.count where all[i] == Self.separator {
                body(UnsafeBufferPointer(rebasing: all[start..<i]))
                start = i + 1
            }
        }
    }

    /// They follow from the article's text alone, so they never tell two articles apart.
    public static func == (a: SearchWords, b: SearchWords) -> Bool { true }

    /// ASCII-folded, lower-case words of two letters or more (or numbers), split at everything else. Text is
    /// read one scalar at a time: ASCII directly, other letters folded on their own (folding a string is
    /// folding each of its scalars, since the combining marks decomposition adds are dropped), so the index
    /// of a dossier costs no decomposition of whole articles.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        each(text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Each word of `text` as `words(_:)` cuts them, handed to `body` as its bytes (no string made for it).
    static func each(_ text: String, _ body: ([UInt8]) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var text = text
        text.withUTF8 { bytes in
            // The bytes themselves, ASCII taken as it is and any other scalar decoded where it starts (a
            // string's UTF-8 is always valid): no scalar iterator over the whole of every article.
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    take(b, &current, body)
                    i += 1
                    continue
                }
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                i += length
                if (0x2000...0x20FF).contains(value) || (0x2150...0x2BFF).contains(value) || (0x3000...0x303F).contains(value) {
                    end(&current, body)  // punctuation, number forms, arrows, symbols: nothing there folds to a letter
                } else if let scalar = Unicode.Scalar(value) {
                    for folded in Slug.asciiFolded(String(scalar)).utf8 { take(folded, &current, body) }
                }
            }
        }
        end(&current, body)
    }

    /// One ASCII byte of a text: a letter (lower-cased) or digit goes on the word, anything else ends it.
    private static func take(_ b: UInt8, _ current: inout [UInt8], _ body: ([UInt8]) -> Void) {
        switch b {
        case 0x41...0x5A: current.append(b + 0x20)
        case 0x61...0x7A, 0x30...0x39: current.append(b)
        default: end(&current, body)
        }
    }

    /// The word so far, kept when it has two letters or more, or is a number.
    private static func end(_ current: inout [UInt8], _ body: ([UInt8]) -> Void) {
        guard !current.isEmpty else { return }
        if current.count >= 2 || current.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { body(current) }
        current.removeAll(keepingCapacity: true)
    }
}
