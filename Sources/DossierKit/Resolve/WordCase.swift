/// How the dossier writes each word: how often in lower case, and how often capitalized where capitals mean
/// something (inside a sentence that is not in capitals). "there", "union" and "open" are written in lower
/// case far more than capitalized: capitalized alone they are the start of a sentence or part of a longer
/// name, never a name of their own.
struct WordCase: Sendable, Equatable {
    private(set) var lower: [String: Int] = [:]
    private(set) var capitalized: [String: Int] = [:]

    init() {}

    init(lower: [String: Int], capitalized: [String: Int]) {
        self.lower = lower
        self.capitalized = capitalized
    }

    /// Counts the words of one block's tokens (headlines are in title case and are not counted).
    init(_ tokens: [Token]) {
        let layout = SentenceLayout(tokens)
        // Capitalized counts only where the word stands alone: "President" in "President Trump" and "Union" in
        // "European Union" are parts of longer names, which say nothing of the word on its own.
        func capitalizedNeighbour(_ k: Int, of i: Int) -> Bool {
            tokens.indices.contains(k) && tokens[k].sentence == tokens[i].sentence && tokens[k].isCapitalized
        }
        for (i, t) in tokens.enumerated() where t.kind == .word && !layout.shouted.contains(t.sentence) {
            guard let first = t.text.unicodeScalars.first else { continue }
            if first.isLowercaseFast {
                lower[t.text, default: 0] += 1
            } else if first.isUppercaseFast, !t.sentenceInitial, !t.isAcronym,
                      !capitalizedNeighbour(i - 1, of: i), !capitalizedNeighbour(i + 1, of: i) {
                capitalized[t.text.lowercased(), default: 0] += 1
            }
        }
    }

    mutating func add(_ other: WordCase) {
        for (w, n) in other.lower { lower[w, default: 0] += n }
        for (w, n) in other.capitalized { capitalized[w, default: 0] += n }
    }

    /// A single word that the dossier writes in lower case at least as often as capitalized mid-sentence.
    func isMostlyLowerCase(_ word: String) -> Bool {
        let key = word.lowercased()
        let l = lower[key] ?? 0
        return l > 0 && l >= (capitalized[key] ?? 0)
    }
}
