/// How each sentence of a block is written, which says how much its capitals mean: a sentence in capitals
/// (a shouted headline, a dateline, a wire-service field) says nothing by its case; a line of names and
/// figures with no running prose is a table of results or standings.
struct SentenceLayout {
    /// Sentences written in capitals, by index.
    var shouted: Set<Int> = []
    /// The token ranges of those sentences, in order.
    var shoutedRanges: [Range<Int>] = []
    /// Sentences of names and figures only ("Nice 1 Bastia 1", "8. Videoton 3 1 1 1 7 5 4").
    var tables: Set<Int> = []

    static let tableWords: Set<String> = GazetteerParser.set(nameTable("table-line-words.txt"))

    init(_ tokens: [Token]) {
        var i = 0
        while i < tokens.count {
            let sentence = tokens[i].sentence
            var j = i
            var upper = 0, longUpper = 0, mixed = 0, lowerWords = 0, numbers = 0
            while j < tokens.count, tokens[j].sentence == sentence {
                let t = tokens[j]
                j += 1
                if t.kind == .number { numbers += 1 }
                guard t.kind == .word else { continue }
                var letters = 0, lower = false
                for s in t.text.unicodeScalars where s.isAlphabeticFast {
                    letters += 1
                    if s.isLowercaseFast { lower = true }
                }
                if lower {
                    mixed += 1
                    if !t.isCapitalized && !Self.tableWords.contains(t.text) { lowerWords += 1 }
                } else if letters > 0 {
                    upper += 1
                    if letters >= 4 { longUpper += 1 }
                }
            }
            if mixed == 0, upper >= 2 || longUpper >= 1 {
                shouted.insert(sentence)
                shoutedRanges.append(i..<j)
            }
            if numbers > 0, lowerWords == 0 { tables.insert(sentence) }
            i = j
        }
    }
}
