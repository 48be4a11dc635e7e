/// Finds every name and alias of every entity in a text in one pass: a trie over word tokens, longest match
/// first, no overlaps, whole words only. The cost is linear in the text, whatever the number of entities.
struct EntityMatcher: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var entity: Int?
    }

    private var nodes: [Node] = [Node()]

    /// `names[i]` are the names entity `i` is written as.
    init(names: [[String]]) {
        for (entity, list) in names.enumerated() {
            for name in list { insert(name, entity: entity) }
        }
    }

    private mutating func insert(_ name: String, entity: Int) {
        let words = Self.words(Tokenizer.tokenize(name))
        guard !words.isEmpty else { return }
        var node = 0
        for w in words {
            if let next = nodes[node].children[w.text] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[w.text] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        // The first entity to claim a name keeps it; the resolver has already settled real conflicts.
        if nodes[node].entity == nil { nodes[node].entity = entity }
    }

    struct Match: Sendable {
        var entity: Int
        var start: Int
        var end: Int
        var sentence: Int
    }

    /// Tokens as names see them: a hyphenated word with a lower-case tail is cut (Soleimani-commanded →
    /// Soleimani) and ends any name.
    static func words(_ tokens: [Token]) -> [Token] {
        tokens.map { t in
            guard t.kind == .word, t.text.utf8.contains(UInt8(ascii: "-")) else { return t }
            let parts = t.text.split(separator: "-", omittingEmptySubsequences: false)
            guard let firstLower = parts.firstIndex(where: { $0.first.map { !$0.isUppercase } ?? true }), firstLower > 0 else { return t }
            var cut = t
            cut.text = parts[..<firstLower].joined(separator: "-")
            cut.end = t.start + cut.text.utf8.count
            cut.possessive = true  // ends a name, like a possessive
            return cut
        }
    }

    func match(_ tokens: [Token]) -> [Match] {
        let words = Self.words(tokens)
        var out: [Match] = []
        var i = 0
        while i < words.count {
            var node = 0
            var best: (entity: Int, last: Int)?
            var k = i
            while k < words.count, words[k].kind == .word || words[k].kind == .number {
                guard let next = child(node, words[k]) else { break }
                node = next
                if let e = nodes[node].entity { best = (e, k) }
                if words[k].possessive { break }
                k += 1
            }
            if let best {
                out.append(Match(entity: best.entity, start: words[i].start, end: words[best.last].end, sentence: words[i].sentence))
                i = best.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// The child for a word; an all-capitals word in a dateline also matches its usual spelling (LONDON).
    private func child(_ node: Int, _ word: Token) -> Int? {
        if let next = nodes[node].children[word.text] { return next }
        guard Self.mayBeCapitals(word.text) else { return nil }
        if word.text.count > 3, word.text.allSatisfy({ $0.isUppercase || !$0.isLetter }) {
            let titled = word.text.prefix(1) + word.text.dropFirst().lowercased()
            return nodes[node].children[String(titled)]
        }
        return nil
    }

    /// False when a word cannot be all capitals of more than three characters: it has a lower-case ASCII
    /// letter, or it is ASCII of three bytes or fewer. Nearly every word of a text is asked, and this answers from its bytes, where the
    /// full test reads Unicode properties of every character.
    static func mayBeCapitals(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
            if byte >= 0x80 { ascii = false }
        }
        return !ascii || text.utf8.count > 3
    }

    /// Byte range of each sentence of a tokenized text.
    static func sentenceRanges(_ tokens: [Token]) -> [Int: Range<Int>] {
        var ranges: [Int: Range<Int>] = [:]
        for t in tokens {
            if let r = ranges[t.sentence] {
                ranges[t.sentence] = r.lowerBound..<max(r.upperBound, t.end)
            } else {
                ranges[t.sentence] = t.start..<t.end
            }
        }
        return ranges
    }
}
