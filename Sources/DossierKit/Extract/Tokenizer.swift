/// A word, number or punctuation mark of a paragraph, with its UTF-8 byte range.
struct Token: Sendable, Equatable {
    enum Kind: Sendable { case word, number, punctuation }

    var kind: Kind
    var text: String
    // Offsets are kept in 32 bits: a build holds every token of every article at once (a million and a half
    // at 5,000 articles), and this halves what each costs. A paragraph is far below 2 GiB.
    private var start32: Int32
    private var end32: Int32
    private var sentence32: Int32 = 0
    /// The token was followed by a possessive `’s`/`'s` (or a plural possessive `’`), which is not part of it.
    var possessive = false
    /// First word of its sentence (after opening quotes or brackets).
    var sentenceInitial = false

    /// Byte range in the paragraph's UTF-8 text. For a possessive (`Iran’s`) the range stops before `’s`.
    var start: Int {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }
    var end: Int {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }
    /// The index of the sentence the token belongs to.
    var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(clamping: newValue) }
    }

    init(kind: Kind, start: Int, end: Int, text: String, possessive: Bool = false, sentence: Int = 0, sentenceInitial: Bool = false) {
        self.kind = kind
        self.text = text
        start32 = Int32(clamping: start)
        end32 = Int32(clamping: end)
        sentence32 = Int32(clamping: sentence)
        self.possessive = possessive
        self.sentenceInitial = sentenceInitial
    }

    var isWord: Bool { kind == .word }

    /// Starts with an upper-case letter (`Iran`, `U.N.`, `IAEA`, `McCain`).
    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return Tokenizer.isUpper(first)
    }

    /// All letters upper case, at least two of them: `IAEA`, `U.N.`, `UK`.
    var isAcronym: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for s in text.unicodeScalars {
            if s.isAlphabeticFast {
                guard s.isUppercaseFast else { return false }
                letters += 1
            } else if s != "." && s != "-" && s != "&" {
                return false
            }
        }
        return letters >= 2
    }
}

/// Splits paragraph text into tokens and sentences in one pass over its scalars.
enum Tokenizer {
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }
    // ASCII first: Unicode property lookups cost more than the rest of tokenizing, and news is mostly ASCII.
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return s.isAlphabeticFast
    }
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        return s.isUppercaseFast
    }
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return s.properties.isWhitespace
    }
    static let openers: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "(", "[", "'", "\u{00AB}"]
    static let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", ")", "]", "'", "\u{00BB}"]
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]

    static func tokenize(_ text: String) -> [Token] {
        var scalars: [(Unicode.Scalar, Int)] = []
        scalars.reserveCapacity(text.utf8.count)
        var offset = 0
        for s in text.unicodeScalars {
            scalars.append((s, offset))
            offset += UTF8.width(s)
        }
        let total = offset
        func byteAt(_ i: Int) -> Int { i < scalars.count ? scalars[i].1 : total }
        func scalar(_ i: Int) -> Unicode.Scalar? { i < scalars.count ? scalars[i].0 : nil }
        // A token's text is the paragraph's own bytes between two scalar boundaries: copied, not rebuilt a
        // scalar at a time (which was half the cost of tokenizing).
        let utf8 = Array(text.utf8)
        func slice(_ from: Int, _ to: Int) -> String { String(decoding: utf8[byteAt(from)..<byteAt(to)], as: UTF8.self) }

        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i].0
            if isSpace(s) { i += 1; continue }
            let start = i
            if isLetter(s) {
                var j = i + 1
                while let c = scalar(j) {
                    if isLetter(c) || isDigit(c) { j += 1; continue }
                    // Inner apostrophes (O’Brien, don’t) and hyphens (Corps-Qods) continue a word.
                    if (isApostrophe(c) || isHyphen(c)), let n = scalar(j + 1), isLetter(n) || isDigit(n) { j += 1; continue }
                    // Dotted acronyms: U.N., D.C., U.S.-led
                    if c == ".", let n = scalar(j + 1), isUpper(n), j - i == 1 || scalar(j - 2) == "." {
                        j += 1; continue
                    }
                    // S&P, AT&T, M&S: an ampersand between capitals.
                    if c == "&", let p = scalar(j - 1), isUpper(p), let n = scalar(j + 1), isUpper(n) {
                        j += 1; continue
                    }
                    // Web names: Amazon.com, Booking.com.
                    if c == ".", let n = scalar(j + 1), n.isLowercaseFast {
                        var k = j + 1
                        var tail = ""
                        while let t = scalar(k), isLetter(t) { tail.unicodeScalars.append(t); k += 1 }
                        if ["com", "org", "net", "io", "ai", "co"].contains(tail) { j = k; continue }
                    }
                    break
                }
                var end = j
                // A dotted acronym keeps its final period (U.S.); a known abbreviation too (Gen., Sept.).
                if scalar(end) == "." {
                    let word = slice(start, end)
                    let initial = end - start == 1 && isUpper(scalars[start].0)  // D. John Sauer
                    if word.utf8.contains(UInt8(ascii: ".")) || initial || Gazetteer.abbreviations.contains(word + ".") { end += 1 }
                }
                var tokenEnd = end
                var possessive = false
                var text = slice(start, end)
                // Possessives: Iran’s → Iran; Iranians’ → Iranians.
                for suffix in ["\u{2019}s", "'s"] where text.hasSuffix(suffix) && text.count > 2 {
                    text.removeLast(2)
                    tokenEnd = end - 2
                    possessive = true
                }
                if !possessive, scalar(end).map(isApostrophe) == true, text.hasSuffix("s"),
                   scalar(end + 1).map({ !isLetter($0) }) ?? true {
                    possessive = true
                    end += 1
                }
                tokens.append(Token(kind: .word, start: byteAt(start), end: byteAt(tokenEnd), text: text, possessive: possessive))
                i = end
            } else if isDigit(s) {
                var j = i + 1
                while let c = scalar(j) {
                    if isDigit(c) { j += 1; continue }
                    if (c == "," || c == "." || c == ":"), let n = scalar(j + 1), isDigit(n) { j += 1; continue }
                    if isLetter(c) { j += 1; continue }  // 1990s, 15th, 3pm
                    break
                }
                tokens.append(Token(kind: .number, start: byteAt(i), end: byteAt(j),
                                    text: slice(i, j)))
                i = j
            } else {
                tokens.append(Token(kind: .punctuation, start: byteAt(i), end: byteAt(i + 1), text: String(s)))
                i += 1
            }
        }
        markSentences(&tokens)
        return tokens
    }

    /// Sentence boundaries: `.`, `!`, `?` or `…` (and any closing quotes after it) followed by a capital,
    /// an opening quote or a number, unless the word before is an abbreviation that does not end sentences
    /// (`Gen.`, `Sept.`); `U.S.` and `D.C.` end one only when the next word could not continue a name.
    static func markSentences(_ tokens: inout [Token]) {
        var sentence = 0
        var expectStart = true
        var i = 0
        while i < tokens.count {
            tokens[i].sentence = sentence
            if expectStart, tokens[i].kind != .punctuation {
                tokens[i].sentenceInitial = true
                expectStart = false
            }
            let t = tokens[i]
            // A dateline ("LONDON (Reuters) - The …") ends where the dash is: what follows opens a sentence.
            if t.kind == .punctuation, ["-", "\u{2014}", "\u{2013}"].contains(t.text), i > 0, tokens[i - 1].text == ")" {
                expectStart = true
            }
            var boundary = false
            if t.kind == .punctuation, let s = t.text.unicodeScalars.first, sentenceEnds.contains(s) {
                boundary = true
            } else if t.kind == .word, t.text.hasSuffix(".") {
                // An abbreviation's period: a boundary only when it may end a sentence and what follows is
                // not a name (U.S. troops / D.C. As part of …).
                if Gazetteer.abbreviationsThatMayEndSentence.contains(t.text) || (!Gazetteer.abbreviations.contains(t.text) && t.text.count > 4) {
                    if let next = tokens[(i + 1)...].first(where: { $0.kind != .punctuation || !closers.contains($0.text.unicodeScalars.first!) }),
                       next.kind == .word, Gazetteer.commonCapitalized.contains(next.text) {
                        boundary = true
                    }
                }
            }
            if boundary {
                // Closing quotes and brackets belong to the sentence that ends.
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punctuation, let s = tokens[j].text.unicodeScalars.first,
                      closers.contains(s) || sentenceEnds.contains(s) {
                    tokens[j].sentence = sentence
                    j += 1
                }
                if j >= tokens.count || startsSentence(tokens[j]) {
                    sentence += 1
                    expectStart = true
                }
                i = j
                continue
            }
            i += 1
        }
    }

    static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.isCapitalized
        case .number: return true
        case .punctuation: return openers.contains(t.text.unicodeScalars.first!) || t.text == "\u{2014}" || t.text == "-"
        }
    }
}
