import Foundation

// MARK: - Public types

/// One block of a scraped .txt article after the headline: the lines between blank lines, joined by "\n".
public struct TextBlock: Sendable, Equatable {
    public var text: String
    /// 1-based line number of the block's first line in the source file.
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// Something taken out of an article's prose, kept so the analyst can see what was removed and why.
public struct Furniture: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case credit, boilerplate, caption }
    public var kind: Kind
    /// The removed text exactly as it was.
    public var text: String
    /// Short human explanation shown to the analyst.
    public var reason: String
    public var line: Int

    public init(kind: Kind, text: String, reason: String, line: Int) {
        self.kind = kind
        self.text = text
        self.reason = reason
        self.line = line
    }
}

/// A photo caption lifted out of the prose.
public struct Caption: Sendable, Equatable {
    /// Caption prose (several source lines are joined by single spaces).
    public var text: String
    /// Its credit line, if any, without enclosing brackets.
    public var credit: String?
    public var line: Int

    public init(text: String, credit: String?, line: Int) {
        self.text = text
        self.credit = credit
        self.line = line
    }
}

public struct CleanedArticle: Sendable, Equatable {
    /// Article prose, in order.
    public var paragraphs: [TextBlock]
    public var captions: [Caption]
    /// Everything taken out of the prose, in source order: credits, boilerplate, and one
    /// entry of kind `.caption` per caption (a caption's credit line is a separate `.credit` entry).
    public var removed: [Furniture]

    public init(paragraphs: [TextBlock], captions: [Caption], removed: [Furniture]) {
        self.paragraphs = paragraphs
        self.captions = captions
        self.removed = removed
    }
}

// MARK: - Cleaner

/// Separates page furniture (photo credits, photo captions, site chrome) from the prose of a
/// scraped news article. All rules are general heuristics for English news pages; every check
/// looks at one block, and the expensive checks only at short lines, so the work is linear in
/// the size of the text.
public enum FurnitureCleaner {
    enum Reason {
        static let credit = "photo credit"
        static let creditSplitFromParagraph = "photo credit at the edge of a paragraph"
        static let captionCredit = "credit line of a caption"
        static let caption = "photo caption, shown as a caption"
    }

    /// Longest line that can be a credit line.
    static let maxCreditLength = 150
    /// Longest block that can be site boilerplate.
    static let maxBoilerplateLength = 300
    /// Longest caption text accepted on the strength of a credit line alone.
    static let maxCreditedCaptionLength = 600
    /// Longest caption text accepted on the strength of a caption opener ("In this … photo").
    static let maxOpenerCaptionLength = 1000

    public static func clean(_ blocks: [TextBlock]) -> CleanedArticle {
        var out = CleanedArticle(paragraphs: [], captions: [], removed: [])
        for block in blocks {
            process(block, into: &out)
        }
        return out
    }

    // MARK: Block processing

    /// A piece of source text with the line it sits on.
    struct Piece {
        var text: Substring
        var line: Int
    }

    /// A credit found in a block: the text as it appears in the source and the credit to show.
    struct FoundCredit {
        var source: Substring
        var display: Substring
        var line: Int
    }

    static func process(_ block: TextBlock, into out: inout CleanedArticle) {
        let text = block.text
        var lines: [Piece] = []
        var number = block.line
        // A block of plain ASCII is cut at its newline bytes; any other at its line-end characters.
        let rawLines = Text.isPlainASCII(text)
            ? text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { text[$0.startIndex..<$0.endIndex] }
            : text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for raw in rawLines {
            if !Text.trim(raw).isEmpty {
                lines.append(Piece(text: raw, line: number))
            }
            number += 1
        }
        guard let first = lines.first, let last = lines.last else { return }  // whitespace only
        var whole: String { String(text[first.text.startIndex..<last.text.endIndex]) }

        let creditFlags = lines.map { Credits.isCreditLine($0.text) }
        if creditFlags.allSatisfy({ $0 }) {
            out.removed.append(Furniture(kind: .credit, text: whole, reason: Reason.credit, line: first.line))
            return
        }
        if let reason = Boilerplate.reason(for: lines.map(\.text)) {
            out.removed.append(Furniture(kind: .boilerplate, text: whole, reason: reason, line: first.line))
            return
        }

        // Whole-line credits at the start and end of the block.
        var lead = 0
        while creditFlags[lead] { lead += 1 }
        var trail = 0
        while creditFlags[lines.count - 1 - trail] { trail += 1 }
        var leading: [FoundCredit] = lines[0..<lead].map {
            FoundCredit(source: $0.text, display: Credits.display($0.text), line: $0.line)
        }
        var trailing: [FoundCredit] = lines[(lines.count - trail)...].map {
            FoundCredit(source: $0.text, display: Credits.display($0.text), line: $0.line)
        }
        var prose = Array(lines[lead..<(lines.count - trail)])

        // Credits glued onto the prose itself: "… in Tehran. (AP Photo/Vahid Salemi)", "(Photo: X) Soldiers …".
        if leading.isEmpty && trailing.isEmpty {
            let lastIndex = prose.count - 1
            if let split = Credits.splitTrailing(prose[lastIndex].text) {
                trailing.append(FoundCredit(source: split.credit, display: split.display, line: prose[lastIndex].line))
                prose[lastIndex].text = split.prose
            }
            if let split = Credits.splitLeading(prose[0].text) {
                leading.append(FoundCredit(source: split.credit, display: split.display, line: prose[0].line))
                prose[0].text = split.prose
            }
        }
        let credits = leading + trailing
        if credits.isEmpty && !Captions.hasOpener(prose[0].text) {
            out.paragraphs.append(block)
            return
        }

        var captionLength = 0
        var captionText = ""
        for piece in prose {
            let trimmed = Text.trim(piece.text)
            if !captionText.isEmpty { captionText += " " }
            captionText += trimmed
            captionLength += trimmed.count
        }
        let isCaption: Bool
        if Captions.hasOpener(prose[0].text) {
            isCaption = captionLength <= maxOpenerCaptionLength
            if !isCaption && credits.isEmpty {
                out.paragraphs.append(block)
                return
            }
        } else {
            isCaption = captionLength <= maxCreditedCaptionLength && prose.count <= 3
                && !prose.contains(where: { Text.containsQuoteMark($0.text) })
        }

        let proseSource = String(text[prose[0].text.startIndex..<prose[prose.count - 1].text.endIndex])
        let creditReason = isCaption ? Reason.captionCredit : Reason.creditSplitFromParagraph
        for credit in leading {
            out.removed.append(Furniture(kind: .credit, text: String(credit.source), reason: creditReason, line: credit.line))
        }
        if isCaption {
            out.removed.append(Furniture(kind: .caption, text: proseSource, reason: Reason.caption, line: prose[0].line))
            let credit = credits.isEmpty ? nil : credits.map { String($0.display) }.joined(separator: "; ")
            out.captions.append(Caption(text: captionText, credit: credit, line: prose[0].line))
        } else {
            out.paragraphs.append(TextBlock(text: proseSource, line: prose[0].line))
        }
        for credit in trailing {
            out.removed.append(Furniture(kind: .credit, text: String(credit.source), reason: creditReason, line: credit.line))
        }
    }
}

// MARK: - Text helpers

extension FurnitureCleaner {
    enum Text {
        /// `Character.isWhitespace`, answered without a Unicode property lookup for ASCII (nearly every
        /// character of English news).
        @inline(__always) static func isSpace(_ c: Character) -> Bool {
            if let a = c.asciiValue { return a == 32 || (a >= 9 && a <= 13) }
            return c.isWhitespace
        }

        /// The one scalar a character is made of (nil for a cluster of several): comparing its value is
        /// what `c == "\u{2019}"` means, without the string comparison a non-ASCII literal costs.
        @inline(__always) static func scalar(_ c: Character) -> UInt32? {
            let scalars = c.unicodeScalars
            guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
            return first.value
        }

        static func trim(_ s: Substring) -> Substring {
            var start = s.startIndex
            var end = s.endIndex
            while start < end, isSpace(s[start]) { start = s.index(after: start) }
            while end > start, isSpace(s[s.index(before: end)]) { end = s.index(before: end) }
            return s[start..<end]
        }

        static func trimEnd(_ s: Substring) -> Substring {
            var end = s.endIndex
            while end > s.startIndex, isSpace(s[s.index(before: end)]) { end = s.index(before: end) }
            return s[s.startIndex..<end]
        }

        /// Lower-cased, typographic apostrophes made plain, runs of whitespace (including
        /// no-break spaces) collapsed to one space, ends trimmed.
        static func normalize(_ s: Substring) -> String {
            normalizeASCII(s) ?? normalizeCharacters(s)
        }

        /// `normalize`, a character at a time: for any text.
        static func normalizeCharacters(_ s: Substring) -> String {
            var out = ""
            out.reserveCapacity(s.utf8.count)
            var pendingSpace = false
            for c in s {
                if isSpace(c) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                if let a = c.asciiValue {
                    out.unicodeScalars.append(Unicode.Scalar(a >= 65 && a <= 90 ? a + 32 : a))
                    continue
                }
                switch scalar(c) {
                case 0x2019, 0x2018, 0x02BC: out.append("'")
                default: out.append(contentsOf: c.lowercased())
                }
            }
            return out
        }

        /// `normalize` for text of ASCII bytes alone (nearly every line of English news), a byte at a time:
        /// the same string, since each ASCII byte is then one character (a "\r\n" pair, one character, is
        /// white space either way). nil when `s` holds any other byte. The furniture rules were 14% of a full
        /// build's CPU on the development corpora, nearly all of it in walking lines character by character.
        static func normalizeASCII(_ s: Substring) -> String? {
            var text = s
            return text.withUTF8 { bytes -> String? in
                var ascii = true
                for b in bytes where b >= 0x80 { ascii = false; break }
                guard ascii else { return nil }
                return String(unsafeUninitializedCapacity: bytes.count) { out in
                    var n = 0, pendingSpace = false
                    for b in bytes {
                        if b == 32 || (b >= 9 && b <= 13) {
                            pendingSpace = n > 0
                            continue
                        }
                        if pendingSpace {
                            out[n] = 32
                            n += 1
                            pendingSpace = false
                        }
                        out[n] = b >= 65 && b <= 90 ? b + 32 : b
                        n += 1
                    }
                    return n
                }
            }
        }

        /// How many characters `s` holds: its byte count when every byte is ASCII and none is a "\r" (a
        /// "\r\n" pair is one character), else counted character by character.
        static func characterCount(_ s: Substring) -> Int {
            isPlainASCII(s) ? s.utf8.count : s.count
        }

        /// The words of an ASCII string cut at spaces, each with its surrounding punctuation removed, empty
        /// ones dropped: `s.split(separator: " ").map(bareWord).filter { !$0.isEmpty }`, a byte at a time.
        static func bareWordsASCII(_ s: String) -> [Substring] {
            let bytes = s.utf8
            var out: [Substring] = []
            var index = bytes.startIndex
            while index < bytes.endIndex {
                while index < bytes.endIndex, bytes[index] == 32 { index = bytes.index(after: index) }
                var start = index
                while index < bytes.endIndex, bytes[index] != 32 { index = bytes.index(after: index) }
                var end = index
                while start < end, asciiWordPunctuation[Int(bytes[start])] { start = bytes.index(after: start) }
                while end > start, asciiWordPunctuation[Int(bytes[bytes.index(before: end)])] { end = bytes.index(before: end) }
                if start < end { out.append(s[start..<end]) }
            }
            return out
        }

        /// `wordPunctuation`'s ASCII members, by byte.
        static let asciiWordPunctuation: [Bool] = (0..<128).map { b in
            wordPunctuation.contains(Character(Unicode.Scalar(UInt8(b))))
        }

        /// Whether ASCII `s` holds `needle` (ASCII too): what `contains` answers for such strings, by bytes
        /// rather than through Foundation's search.
        static func containsASCII(_ s: String, _ needle: String) -> Bool {
            var hay = s, pin = needle
            return hay.withUTF8 { hay in
                pin.withUTF8 { pin in
                    guard !pin.isEmpty else { return true }
                    guard hay.count >= pin.count else { return false }
                    for i in 0...(hay.count - pin.count) where hay[i] == pin[0] {
                        var j = 1
                        while j < pin.count, hay[i + j] == pin[j] { j += 1 }
                        if j == pin.count { return true }
                    }
                    return false
                }
            }
        }

        static let quoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2018}"]

        static func containsQuoteMark(_ s: Substring) -> Bool {
            // Of the quotation marks only '"' is ASCII.
            if isPlainASCII(s) { return s.utf8.contains(UInt8(ascii: "\"")) }
            return s.contains(where: { quoteMarks.contains($0) })
        }

        static let wordPunctuation: Set<Character> = [
            ",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "'", "\"", "\u{2019}", "\u{2018}",
            "\u{201C}", "\u{201D}", "-", "\u{2013}", "\u{2014}", "*", "\u{2026}",
        ]

        /// A word with surrounding punctuation removed.
        static func bareWord(_ w: Substring) -> Substring {
            var start = w.startIndex
            var end = w.endIndex
            while start < end, wordPunctuation.contains(w[start]) { start = w.index(after: start) }
            while end > start, wordPunctuation.contains(w[w.index(before: end)]) { end = w.index(before: end) }
            return w[start..<end]
        }

        static func words(_ s: Substring) -> [Substring] {
            isPlainASCII(s) ? wordsASCII(s, limit: Int.max) : s.split(whereSeparator: isSpace)
        }

        /// The words of `s` cut at spaces, each without its surrounding punctuation, empty ones dropped.
        static func bareWords(_ s: String) -> [Substring] {
            isPlainASCII(s) ? bareWordsASCII(s) : bareWordsCharacters(s)
        }

        static func bareWordsCharacters(_ s: String) -> [Substring] {
            s.split(separator: " ").map { bareWord($0) }.filter { !$0.isEmpty }
        }

        /// Whether every byte of `s` is ASCII and none is a "\r": each byte is then one character, so the
        /// helpers below may walk bytes and answer as the character-by-character versions do.
        @inline(__always) static func isPlainASCII<S: StringProtocol>(_ s: S) -> Bool {
            s.utf8.allSatisfy { $0 < 0x80 && $0 != 13 }
        }

        /// The first `limit` runs of bytes of `s` (plain ASCII) between white space.
        static func wordsASCII(_ s: Substring, limit: Int) -> [Substring] {
            runs(of: s.utf8, limit: limit, space: asciiSpace).map { s[$0] }
        }

        @inline(__always) static func asciiSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

        /// The first `limit` words, without scanning the rest of a long line.
        static func leadingWords(_ s: Substring, limit: Int) -> [Substring] {
            isPlainASCII(s) ? wordsASCII(s, limit: limit) : leadingWordsCharacters(s, limit: limit)
        }

        /// `leadingWords`, a character at a time: for any text.
        static func leadingWordsCharacters(_ s: Substring, limit: Int) -> [Substring] {
            runs(of: s, limit: limit, space: isSpace).map { s[$0] }
        }

        /// The first `limit` runs of elements between spaces, walking bytes or characters of one text.
        @inline(__always) static func runs<View: Collection>(of view: View, limit: Int, space: (View.Element) -> Bool) -> [Range<String.Index>]
        where View.Index == String.Index {
            var out: [Range<String.Index>] = []
            var index = view.startIndex
            while out.count < limit {
                while index < view.endIndex, space(view[index]) { index = view.index(after: index) }
                guard index < view.endIndex else { break }
                let start = index
                while index < view.endIndex, !space(view[index]) { index = view.index(after: index) }
                out.append(start..<index)
            }
            return out
        }
    }
}

// MARK: - Credits

extension FurnitureCleaner {
    enum Credits {
        enum Form {
            /// "Photo: X", "Photo by X", "Courtesy of X".
            case labelled
            /// "Name/Agency", "Agency/Name", "Name via Agency".
            case structured
            /// A bare photo-agency name: "Getty Images", "Shutterstock", "AP Photo".
            case photoAgency
            /// A bare wire-service name: "AP", "Reuters".
            case wireAgency
        }

        /// Labels followed by a colon: "Photo: …", "Photo credit: …".
        static let colonLabels = [
            "photo", "photos", "photograph", "photographs", "photography", "photo credit", "photo credits",
            "photo source", "image", "images", "image credit", "image credits", "image source", "picture",
            "pictures", "picture credit", "pic", "pics", "credit", "credits", "illustration", "photo illustration",
            "photo-illustration", "graphic", "main image", "main photo", "top image", "top photo", "lead image",
            "header image", "featured image", "feature image", "cover image", "cover photo",
        ]
        /// Labels followed by a name: "Photo by …", "Courtesy of …".
        static let nameLabels = [
            "photo by ", "photos by ", "photograph by ", "photographs by ", "photography by ", "image by ",
            "picture by ", "pictures by ", "illustration by ", "courtesy of ", "photo courtesy of ",
            "photo courtesy ", "image courtesy of ", "image courtesy ", "picture courtesy of ",
        ]

        /// Wire services and news agencies; as a bare line these are credits, but glued onto the
        /// end of prose ("… (Reuters)") they are more likely an attribution.
        static let wireAgencies: Set<String> = [
            "ap", "associated press", "the associated press", "reuters", "thomson reuters", "afp",
            "agence france-presse", "agence france presse", "epa", "epa-efe", "efe", "xinhua", "upi", "tass",
            "itar-tass", "sputnik", "ria novosti", "anadolu", "anadolu agency", "ansa", "kyodo", "kyodo news",
            "yonhap", "dpa", "pa", "pa wire", "pa media", "press association", "bloomberg", "belga", "anp",
            "pti", "ani", "irna", "isna", "tasnim", "mehr", "fars", "wana", "sana", "pool", "handout",
        ]
        /// Sources that are credits only in a credit's structure ("via Twitter", "X / YouTube"); alone
        /// on a line they are more likely a sharing link or a heading.
        static let contextualSources: Set<String> = [
            "youtube", "twitter", "facebook", "instagram", "telegram", "tiktok", "social media", "x",
            "wikimedia", "wikimedia commons", "wikipedia", "flickr", "nasa", "white house", "the white house",
            "u.s. navy", "u.s. army", "dod", "state media", "state tv", "state television",
        ]
        /// Photo agencies, stock libraries and platforms a picture is taken from.
        static let photoAgencies: Set<String> = [
            "getty", "getty images", "shutterstock", "rex", "rex features", "rex/shutterstock", "istock",
            "istockphoto", "alamy", "alamy stock photo", "corbis", "sipa", "sipa usa", "sipa press", "zuma",
            "zuma press", "zuma wire", "abaca", "abacapress", "nurphoto", "sopa images", "lightrocket", "imago",
            "newscom", "wenn", "polaris", "redux", "magnum", "magnum photos", "contributor", "pexels", "unsplash",
            "pixabay", "ap images", "file photo",
            "handout photo", "pool photo", "courtesy photo", "stock photo", "screenshot", "screen grab",
            "screengrab", "video grab", "video screenshot", "official white house photo",
        ]
        /// Suffixes that turn an agency into its photo service: "AP Photo", "Reuters Pictures".
        static let photoSuffixes = [" file photo", " photo", " photos", " pictures", " images", " file"]

        /// Words allowed in lower case inside a name-like credit.
        static let connectors: Set<String> = [
            "of", "the", "and", "for", "de", "del", "della", "da", "di", "do", "dos", "das", "van", "von", "der",
            "den", "la", "le", "les", "du", "al", "el", "bin", "ibn", "y", "e", "via", "at", "in", "on", "from",
            "by", "with", "file", "photo", "photos", "images", "pool", "handout", "courtesy", "staff",
            "contributor", "stock", "photographer",
        ]

        static func isCreditLine(_ raw: Substring) -> Bool {
            form(of: raw) != nil
        }

        /// The credit's form if `raw` (one whole line, possibly in brackets) is a credit line.
        static func form(of raw: Substring) -> Form? {
            let trimmed = Text.trim(raw)
            guard !trimmed.isEmpty, trimmed.utf8.count <= maxCreditLength * 4, Text.characterCount(trimmed) <= maxCreditLength else {
                return nil
            }
            let inner = stripBrackets(trimmed)
            guard !inner.isEmpty, !looksLikeProse(inner) else { return nil }
            return bodyForm(inner)
        }

        /// The credit to show for a credit line: trimmed, without enclosing brackets.
        static func display(_ raw: Substring) -> Substring {
            stripBrackets(Text.trim(raw))
        }

        /// Removes one pair of brackets enclosing the whole text: "(AP Photo/X)" → "AP Photo/X".
        static func stripBrackets(_ s: Substring) -> Substring {
            // Two characters at least, told without counting them all.
            guard let open = s.first, let close = s.last, s.index(after: s.startIndex) < s.endIndex else { return s }
            let closer: Character
            switch open {
            case "(": closer = ")"
            case "[": closer = "]"
            case "{": closer = "}"
            default: return s
            }
            guard close == closer else { return s }
            var depth = 0
            var index = s.startIndex
            let lastIndex = s.index(before: s.endIndex)
            while index < lastIndex {
                if s[index] == open { depth += 1 }
                if s[index] == closer {
                    depth -= 1
                    if depth == 0 { return s }  // the first bracket closes early: "(a) and (b)"
                }
                index = s.index(after: index)
            }
            return Text.trim(s[s.index(after: s.startIndex)..<lastIndex])
        }

        /// Prose sentences end in terminal punctuation after several words; credits do not.
        static let closers: Set<Character> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]", "\u{00BB}"]

        static func looksLikeProse(_ s: Substring) -> Bool {
            var count = 0
            for _ in Text.words(s) {
                count += 1
                if count > 20 { return true }
            }
            var end = s.endIndex
            while end > s.startIndex, closers.contains(s[s.index(before: end)]) { end = s.index(before: end) }
            guard end > s.startIndex else { return false }
            let last = s[s.index(before: end)]
            return count >= 8 && (last == "." || last == "!" || last == "?" || last == "\u{2026}")
        }

        static func bodyForm(_ s: Substring) -> Form? {
            var lower = Text.normalize(s)
            while lower.hasSuffix(".") { lower.removeLast() }
            guard !lower.isEmpty else { return nil }

            for label in colonLabels where lower.hasPrefix(label) {
                let rest = lower.dropFirst(label.count).drop(while: { $0 == " " })
                if rest.first == ":" { return .labelled }
            }
            for label in nameLabels where lower.hasPrefix(label) {
                let labelWords = label.split(separator: " ").count
                let rest = Text.words(s).dropFirst(labelWords).joined(separator: " ")
                if nameLike(Substring(rest), maxLowercase: 2) { return .labelled }
            }

            if let agency = agencyKind(Substring(lower), bare: true) {
                return agency
            }
            if lower.hasPrefix("getty images for ") || lower.hasPrefix("courtesy photo") {
                return .photoAgency
            }

            // "Name/Agency", "Agency/Name", "Name | Agency".
            let slashed = lower.isASCII
                ? lower.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "|") })
                : lower.contains("/") || lower.contains("|")
            if slashed {
                let parts = lower.split(whereSeparator: { $0 == "/" || $0 == "|" })
                if parts.count >= 2, parts.contains(where: { agencyKind(Text.trim($0), bare: false) != nil }), nameLike(s, maxLowercase: 1) {
                    return .structured
                }
            }
            // "Name via Agency".
            let words = Text.words(s)
            if let via = words.lastIndex(where: { $0.lowercased() == "via" }), via + 1 < words.count {
                let after = words[(via + 1)...].map { $0.lowercased() }.joined(separator: " ")
                if agencyKind(Substring(after), bare: false) != nil || after.hasPrefix("getty images") {
                    let before = words[..<via].joined(separator: " ")
                    if before.isEmpty || nameLike(Substring(before), maxLowercase: 1) {
                        return .structured
                    }
                }
            }
            return nil
        }

        /// Whether a (lower-cased, trimmed) phrase names an agency, and which kind.
        static func agencyKind(_ phrase: Substring, bare: Bool) -> Form? {
            var p = String(phrase)
            while p.hasSuffix(".") { p.removeLast() }
            if contextualSources.contains(p) { return bare ? nil : .photoAgency }
            if photoAgencies.contains(p) { return .photoAgency }
            if wireAgencies.contains(p) { return .wireAgency }
            for suffix in photoSuffixes where p.hasSuffix(suffix) {
                let base = String(p.dropLast(suffix.count))
                if wireAgencies.contains(base) || photoAgencies.contains(base) { return .photoAgency }
            }
            return nil
        }

        /// Names are capitalised: allow at most `maxLowercase` lower-case words that are not
        /// connectors ("of", "the", "via", …) or agency names ("iStock").
        static func nameLike(_ s: Substring, maxLowercase: Int) -> Bool {
            var count = 0
            var lowercase = 0
            for raw in s.split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "|" }) {
                let word = Text.bareWord(raw)
                guard let first = word.first else { continue }
                count += 1
                if count > 16 { return false }
                if first.isUppercase || first.isNumber { continue }
                let lower = word.lowercased()
                if connectors.contains(lower) || photoAgencies.contains(lower) || wireAgencies.contains(lower)
                    || contextualSources.contains(lower)
                {
                    continue
                }
                lowercase += 1
                if lowercase > maxLowercase { return false }
            }
            return count > 0
        }

        /// Credits that may be glued onto prose: labelled, structured or a photo agency, not a
        /// bare wire name (a trailing "(Reuters)" is an attribution, not a photo credit).
        static func isGlueable(_ s: Substring) -> Bool {
            guard let form = form(of: s) else { return false }
            return form != .wireAgency
        }

        static let sentenceEnders: Set<Character> = [".", "!", "?", "\u{2026}", "\u{201D}", ")", "\u{2019}", "\""]

        /// Splits a credit off the end of a prose line:
        /// "… in Tehran. (AP Photo/Vahid Salemi)" or "… in Tehran. Photo: Reuters".
        /// `bytes`: a line of plain ASCII may be walked by bytes (each byte is one character); false for the
        /// tests that hold the two walks to the same answers.
        static func splitTrailing(_ line: Substring, bytes: Bool = true) -> (prose: Substring, credit: Substring, display: Substring)? {
            let t = Text.trimEnd(line)
            guard let last = t.last else { return nil }
            let ascii = bytes && Text.isPlainASCII(t)
            let window = ascii
                ? t.utf8.index(t.endIndex, offsetBy: -(maxCreditLength + 10), limitedBy: t.startIndex) ?? t.startIndex
                : t.index(t.endIndex, offsetBy: -(maxCreditLength + 10), limitedBy: t.startIndex) ?? t.startIndex

            // A bracketed credit at the very end.
            let opener: Character? = last == ")" ? "(" : (last == "]" ? "[" : nil)
            if let opener {
                var depth = 0
                var index = t.index(before: t.endIndex)
                while index >= window {
                    let c = t[index]
                    if c == last { depth += 1 }
                    if c == opener {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    if index == t.startIndex { break }
                    index = t.index(before: index)
                }
                if depth == 0, t[index] == opener {
                    let prose = Text.trim(t[..<index])
                    let piece = t[index...]
                    if !prose.isEmpty, isGlueable(piece) {
                        return (prose, piece, stripBrackets(piece))
                    }
                }
            }

            // A credit after the last sentence: the earliest (longest) candidate that is a credit.
            func credit(from start: Substring.Index) -> (prose: Substring, credit: Substring, display: Substring)? {
                let piece = t[start...]
                let prose = Text.trim(t[..<start])
                guard !piece.isEmpty, piece.last != ".", isGlueable(piece), Text.leadingWords(prose, limit: 3).count == 3 else { return nil }
                return (prose, piece, stripBrackets(piece))
            }
            if ascii {
                let bytes = t.utf8
                var index = window
                while index < t.endIndex {
                    let next = bytes.index(after: index)
                    if asciiSentenceEnders[Int(bytes[index])], next < t.endIndex, Text.asciiSpace(bytes[next]),
                       let found = credit(from: bytes[next...].firstIndex(where: { !Text.asciiSpace($0) }) ?? t.endIndex) {
                        return found
                    }
                    index = next
                }
                return nil
            }
            var index = window
            while index < t.endIndex {
                let c = t[index]
                let next = t.index(after: index)
                if sentenceEnders.contains(c), next < t.endIndex, t[next].isWhitespace,
                   let found = credit(from: t[next...].firstIndex(where: { !$0.isWhitespace }) ?? t.endIndex) {
                    return found
                }
                index = next
            }
            return nil
        }

        /// `sentenceEnders`' ASCII members, by byte.
        static let asciiSentenceEnders: [Bool] = (0..<128).map { sentenceEnders.contains(Character(Unicode.Scalar(UInt8($0)))) }

        /// Splits a bracketed credit off the start of a line: "(Photo: X) Soldiers march …".
        static func splitLeading(_ line: Substring) -> (prose: Substring, credit: Substring, display: Substring)? {
            let t = Text.trim(line)
            guard let open = t.first, open == "(" || open == "[" else { return nil }
            let close: Character = open == "(" ? ")" : "]"
            var depth = 0
            var scanned = 0
            var index = t.startIndex
            while index < t.endIndex, scanned <= maxCreditLength + 10 {
                if t[index] == open { depth += 1 }
                if t[index] == close {
                    depth -= 1
                    if depth == 0 { break }
                }
                scanned += 1
                index = t.index(after: index)
            }
            guard index < t.endIndex, t[index] == close, depth == 0 else { return nil }
            let end = t.index(after: index)
            let piece = t[t.startIndex..<end]
            let prose = Text.trim(t[end...])
            guard !prose.isEmpty, isGlueable(piece) else { return nil }
            return (prose, piece, stripBrackets(piece))
        }
    }
}

// MARK: - Captions

extension FurnitureCleaner {
    enum Captions {
        /// Words that name the picture in "In this … photo".
        static let pictureWords: Set<String> = [
            "photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "grab",
            "screengrab", "screenshot", "still",
        ]
        /// Lower-case words allowed between "In this" and the picture word.
        static let modifiers: Set<String> = [
            "file", "undated", "handout", "aerial", "combination", "combo", "of", "and", "frame", "screen", "video",
            "satellite", "pool", "archive", "archival", "family", "recent", "official", "government", "courtesy",
            "photo", "image", "police", "military", "drone", "provided", "released", "taken", "made",
        ]
        /// What follows the picture word in "This … photo shows".
        static let captionVerbs: Set<String> = [
            "shows", "show", "showing", "provided", "released", "taken", "made", "obtained", "posted",
            "distributed", "supplied", "courtesy", "shot", "captured", "published",
        ]

        static let stillFollowers: Set<String> = ["from", "image", "taken", "made", "provided", "released", "of"]

        static let filePrefixes = ["FILE - ", "FILE \u{2013} ", "FILE \u{2014} ", "FILE: ", "FILE PHOTO", "FILE IMAGE", "(FILE", "[FILE"]

        /// "FILE - …", "FILE PHOTO: …", "In this Sept. 18, 2016 photo …", "This undated photo shows …".
        static func hasOpener(_ line: Substring) -> Bool {
            let t = Text.trim(line)
            // Every prefix opens with "F", "(" or "[": other lines skip the comparisons.
            if let first = t.utf8.first, first == UInt8(ascii: "F") || first == UInt8(ascii: "(") || first == UInt8(ascii: "[") {
                for prefix in filePrefixes where t.hasPrefix(prefix) { return true }
            }
            // Past the prefixes, only a line opening with "file", "in" or "this" can be a caption: told from
            // its first word before the next thirteen are cut.
            guard let head = Text.leadingWords(t, limit: 1).first,
                  ["file", "in", "this"].contains(Text.bareWord(head).lowercased()) else { return false }
            let words = Text.leadingWords(t, limit: 14)
            guard words.count >= 3 else { return false }
            let w0 = Text.bareWord(words[0]).lowercased()
            let w1 = Text.bareWord(words[1]).lowercased()
            if w0 == "file" && (w1 == "photo" || w1 == "image") {
                let sep = words[1].last
                return sep == ":" || words[2] == "-" || words[2] == "\u{2013}" || words[2] == "\u{2014}"
            }
            let scanFrom: Int
            if w0 == "in" && w1 == "this" {
                scanFrom = 2
            } else if w0 == "this" {
                scanFrom = 1
            } else {
                return false
            }
            var index = scanFrom
            while index < words.count && index < 13 {
                let raw = words[index]
                let word = Text.bareWord(raw)
                let lower = word.lowercased()
                if pictureWords.contains(lower) {
                    let next = index + 1 < words.count ? Text.bareWord(words[index + 1]).lowercased() : ""
                    if lower == "still" {
                        // "In this still from video …", not "In this still volatile region …".
                        if w0 == "in" && stillFollowers.contains(next) { return true }
                        return false
                    }
                    if w0 == "in" { return true }
                    // "This … photo shows …" needs the verb that makes it a caption.
                    return captionVerbs.contains(next)
                }
                guard let first = word.first else { return false }
                let allowed = first.isUppercase || first.isNumber || modifiers.contains(lower)
                if !allowed { return false }
                // A comma after a lower-case word ends the phrase: "In this case, the photo …".
                if raw.last == "," && !(first.isUppercase || first.isNumber) { return false }
                index += 1
            }
            return false
        }
    }
}

// MARK: - Boilerplate

extension FurnitureCleaner {
    enum Boilerplate {
        enum Category: String {
            case comment = "site boilerplate: comment notice"
            case newsletter = "site boilerplate: newsletter sign-up"
            case cookie = "site boilerplate: cookie notice"
            case sharing = "site boilerplate: sharing links"
            case advert = "site boilerplate: advertisement marker"
            case continuation = "site boilerplate: continuation marker"
            case related = "site boilerplate: related-link teaser"
            case clickThrough = "site boilerplate: click-through link"
            case copyright = "site boilerplate: copyright line"
            case footer = "site boilerplate: footer links"
        }

        /// How one sentence of a block matched.
        struct Match {
            /// nil for filler that is chrome only next to real chrome ("Learn more").
            var category: Category?
            /// The rest of the line belongs to this match ("Read more: <headline>", "© 2017 <outlet>").
            var claimsLine = false
        }

        static let weak: Set<String> = [
            "learn more", "find out more", "more info", "more information", "ok", "okay", "got it", "accept",
            "i accept", "close", "i agree", "agree", "continue", "dismiss", "thank you", "thanks",
            "thanks for reading", "x", "\u{00D7}", "menu", "more", "accept all", "reject all", "no thanks",
        ]
        static let advertExact: Set<String> = [
            "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
            "paid content", "paid post", "promoted content", "promoted", "skip advertisement", "skip ad",
            "advertisement - scroll to continue", "scroll to continue with content", "supported by", "ad feedback",
            "report this ad", "remove ads", "ad choices", "adchoices",
        ]
        static let continuationExact: Set<String> = [
            "story continues below", "story continues below advertisement", "the story continues below",
            "article continues below", "article continues below advertisement", "article continues after advertisement",
            "story continues after advertisement", "continue reading", "continue reading below",
            "continue reading the main story", "continue reading main story", "continued below", "story continues",
            "continue reading the story",
        ]
        static let footerExact: Set<String> = [
            "privacy policy", "privacy notice", "cookie policy", "cookies policy", "terms of use", "terms of service",
            "terms and conditions", "terms & conditions", "contact us", "about us", "sitemap", "site map",
            "accessibility", "do not sell my personal information", "your privacy choices", "corrections",
        ]
        static let commentExact: Set<String> = [
            "comments", "comment", "leave a comment", "leave a reply", "add a comment", "post a comment",
            "join the conversation", "join the discussion", "comments are closed", "comments have been closed",
            "comments are disabled", "comments are turned off", "view comments", "show comments", "load comments",
            "see comments", "hide comments", "be the first to comment", "no comments", "comments closed",
        ]
        static let commentPrefixes = [
            "leave a comment", "leave a reply", "post a comment", "add a comment", "join the conversation",
            "join the discussion", "comments are closed", "comments have been closed", "comments are disabled",
            "commenting is closed", "commenting has been", "comments for this", "you must be logged in to",
            "log in to comment", "sign in to comment", "log in to leave", "sign in to leave", "read our comment",
            "comments (", "view comments", "show comments", "be the first to comment",
        ]
        /// Comment chrome that needs a "you"/"we" to tell it from reporting about comments.
        static let commentPhrases = [
            "issues with commenting", "problems with commenting", "trouble commenting", "trouble with commenting",
            "comment policy", "commenting policy", "commenting guidelines", "community guidelines",
            "comments section", "comment section", "comments are moderated", "comments are reviewed",
            "to comment on this", "post your comment", "your comment",
        ]
        static let newsletterExact: Set<String> = [
            "sign up", "sign up now", "sign up today", "subscribe", "subscribe now", "subscribe today",
            "enter your email", "enter your email address", "newsletter", "newsletters", "get our newsletter",
        ]
        static let newsletterPrefixes = [
            "sign up for ", "sign up to ", "sign up now", "subscribe to our", "subscribe to the", "subscribe for ",
            "subscribe now", "by signing up", "by subscribing", "thanks for subscribing", "thank you for subscribing",
            "thanks for signing up", "thank you for signing up", "enter your email",
        ]
        static let newsletterImperatives: Set<String> = [
            "sign", "subscribe", "get", "join", "receive", "register", "enter", "want", "never", "don't", "dont",
            "stay", "like", "love", "enjoy", "try", "check", "signup", "sign-up", "click",
        ]
        static let cookiePrefixes = [
            "we use cookies", "we and our partners use cookies", "we and our partners", "this site uses cookies",
            "this website uses cookies", "our site uses cookies", "our website uses cookies", "by continuing to use", "by continuing to browse", "by using this site",
            "by using our site", "by using this website", "by using our website", "by clicking accept",
            "by clicking \"accept", "accept cookies", "accept all cookies", "reject all cookies",
            "manage cookies", "manage preferences", "manage consent", "cookie settings", "cookie preferences",
            "cookies help us", "we value your privacy",
        ]
        static let cookiePhrases = [
            "cookie policy", "privacy policy", "use of cookies", "uses cookies", "use cookies", "cookie notice",
            "cookie statement",
        ]
        static let sharingExact: Set<String> = [
            "share", "share this", "share this article", "share this story", "share this page", "share article",
            "share story", "share page", "tweet", "tweet this", "email this", "email this article", "print this",
            "print this article", "copy link", "copy url", "link copied", "share via email", "share or comment",
            "share on social media", "follow us",
        ]
        static let sharingPrefixes = [
            "share this ", "share on ", "share via ", "share:", "share to ", "share with your friends",
            "follow us ", "like us on ", "find us on ", "connect with us", "tweet this", "email this",
        ]
        static let shareWidgetWords: Set<String> = [
            "share", "shares", "tweet", "email", "e-mail", "print", "facebook", "twitter", "whatsapp", "linkedin",
            "reddit", "pinterest", "messenger", "telegram", "flipboard", "pocket", "copy", "link", "url", "comment",
            "comments", "save", "sms", "mail", "x",
        ]
        static let socialNetworks: Set<String> = [
            "twitter", "facebook", "instagram", "x", "linkedin", "threads", "bluesky", "tiktok", "youtube",
            "telegram", "mastodon", "snapchat", "whatsapp",
        ]
        static let relatedExact: Set<String> = [
            "read more", "related", "related articles", "related stories", "related coverage", "related content",
            "related news", "more on this story", "you may also like", "you might also like", "recommended",
            "recommended for you", "most read", "most popular", "trending", "trending now", "top stories",
            "latest news", "more stories", "read next", "up next", "see also", "also read", "read also",
            "more from this author", "editor's picks",
        ]
        static let relatedPrefixes = [
            "read more:", "read also:", "also read:", "related:", "see also:", "more:", "recommended:", "watch:",
            "listen:", "read next:", "related article:", "related articles:", "related story:",
            "related stories:", "related coverage:", "read more \u{00BB}", "read more >", "more >>",
            "read the full story", "read the full article",
        ]
        static let clickPrefixes = [
            "click here", "tap here", "click to ", "click the link", "click on the link", "click the button",
            "click below", "click on the image", "click on the photo", "click the image", "click the photo",
        ]
        static let personMarkers: Set<String> = [
            "you", "your", "you're", "youre", "you've", "yours", "we", "we're", "we've", "our", "us", "ours",
        ]
        /// Most words in one sentence of comment, newsletter or sharing chrome.
        static let maxChromeWords = 14
        static let leadingFiller = ["please ", "\u{2022} ", "\u{00BB} ", "\u{203A} ", "> ", "- ", "* ", "| "]

        /// The reason a whole block is site chrome, or nil if it is (or might be) prose.
        static func reason(for lines: [Substring]) -> String? {
            var length = 0
            for line in lines {
                length += line.utf8.count
                if length > maxBoilerplateLength * 4 { return nil }
            }
            guard lines.reduce(0, { $0 + Text.characterCount(Text.trim($1)) }) <= maxBoilerplateLength else { return nil }
            guard !lines.contains(where: { Text.containsQuoteMark($0) }) else { return nil }

            var found: Category?
            for line in lines {
                let normalized = Text.normalize(line)
                for sentence in sentences(normalized) {
                    let cleaned = clean(sentence)
                    if cleaned.isEmpty { continue }
                    guard let match = classify(cleaned) else { return nil }
                    if found == nil { found = match.category }
                    if match.claimsLine { break }
                }
            }
            return found?.rawValue
        }

        /// Splits after ".", "!", "?" or "…" followed by a space.
        static func sentences(_ s: String) -> [Substring] {
            sentencesASCII(s) ?? sentencesCharacters(s)
        }

        /// `sentences`, a character at a time: for any text.
        static func sentencesCharacters(_ s: String) -> [Substring] {
            var out: [Substring] = []
            var start = s.startIndex
            var index = s.startIndex
            while index < s.endIndex {
                let c = Text.scalar(s[index])
                let next = s.index(after: index)
                if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026, next == s.endIndex || s[next] == " " {
                    out.append(s[start..<next])
                    start = next
                } else if c == 0x7C || c == 0x2022 || c == 0x00B7 {
                    // Link lists: "Privacy Policy | Terms of Use".
                    out.append(s[start..<index])
                    start = next
                }
                index = next
            }
            if start < s.endIndex { out.append(s[start...]) }
            return out
        }

        /// `sentences` for a string of ASCII bytes alone, a byte at a time (each byte is then one character,
        /// and "…", "•" and "·" cannot occur); nil for any other string.
        static func sentencesASCII(_ s: String) -> [Substring]? {
            guard Text.isPlainASCII(s) else { return nil }
            let bytes = s.utf8
            var out: [Substring] = []
            var start = bytes.startIndex
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let c = bytes[index]
                let next = bytes.index(after: index)
                if c == 0x2E || c == 0x21 || c == 0x3F, next == bytes.endIndex || bytes[next] == 32 {
                    out.append(s[start..<next])
                    start = next
                } else if c == 0x7C {
                    out.append(s[start..<index])
                    start = next
                }
                index = next
            }
            if start < bytes.endIndex { out.append(s[start...]) }
            return out
        }

        static let trailingMarks: Set<Character> = [".", "!", "?", ":", ";", ",", "\u{2026}", " ", "\u{00BB}", ">", "|", "-"]

        /// Drops bullets, a leading "please" and trailing punctuation.
        static func clean(_ sentence: Substring) -> String {
            var s = Text.trim(sentence)
            var changed = true
            while changed {
                changed = false
                for filler in leadingFiller where s.hasPrefix(filler) {
                    s = Text.trim(s.dropFirst(filler.count))
                    changed = true
                }
            }
            while let last = s.last, trailingMarks.contains(last) { s = s.dropLast() }
            return String(s)
        }

        static func classify(_ s: String) -> Match? {
            let ascii = Text.isPlainASCII(s)
            let words = ascii ? Text.bareWordsASCII(s) : Text.bareWordsCharacters(s)
            let hasPerson = words.contains(where: { personMarkers.contains(String($0)) })
            // Chrome is terse: a long sentence that merely opens like chrome is prose.
            let short = words.count <= maxChromeWords
            func startsWithAny(_ prefixes: [String]) -> Bool { prefixes.contains(where: { s.hasPrefix($0) }) }
            // "Join the conversation, the minister urged, …" continues as a sentence.
            func opensWithAny(_ prefixes: [String]) -> Bool {
                prefixes.contains(where: { s.hasPrefix($0) && !s.dropFirst($0.count).hasPrefix(",") })
            }
            func contains(_ phrase: String) -> Bool { ascii ? Text.containsASCII(s, phrase) : s.contains(phrase) }
            func containsAny(_ phrases: [String]) -> Bool { phrases.contains(where: contains) }

            if weak.contains(s) { return Match(category: nil) }
            if advertExact.contains(s) { return Match(category: .advert) }
            if continuationExact.contains(s) { return Match(category: .continuation) }
            if footerExact.contains(s) { return Match(category: .footer) }

            // Copyright.
            if s.hasPrefix("\u{00A9}") { return Match(category: .copyright, claimsLine: true) }
            for mark in ["copyright", "(c)"] where s.hasPrefix(mark) {
                let rest = s.dropFirst(mark.count).drop(while: { $0 == " " })
                if let first = rest.first, first.isNumber || first == "\u{00A9}" || rest.hasPrefix("(c)") {
                    return Match(category: .copyright, claimsLine: true)
                }
            }
            if s == "all rights reserved" || s == "all rights reserved worldwide" || s == "some rights reserved" {
                return Match(category: .copyright)
            }
            if contains("may not be published") && contains("redistributed") {
                return Match(category: .copyright)
            }

            // Comments.
            if commentExact.contains(s) || (short && opensWithAny(commentPrefixes)) { return Match(category: .comment) }
            if words.count == 2, words[0].allSatisfy(\.isNumber), words[1] == "comments" || words[1] == "comment" {
                return Match(category: .comment)
            }
            if short && hasPerson && containsAny(commentPhrases) { return Match(category: .comment) }

            // Newsletters.
            if newsletterExact.contains(s) || (short && opensWithAny(newsletterPrefixes)) {
                return Match(category: .newsletter)
            }
            if short, words.contains(where: { $0.hasPrefix("newsletter") }), let first = words.first {
                if newsletterImperatives.contains(String(first)) || contains("our newsletter")
                    || contains("your inbox") || contains("your email")
                {
                    return Match(category: .newsletter)
                }
            }

            // Cookies.
            // Consent banners run longer than other chrome.
            let cookieShort = words.count <= 3 * maxChromeWords
            if cookieShort && startsWithAny(cookiePrefixes) { return Match(category: .cookie) }
            if cookieShort && hasPerson && containsAny(cookiePhrases) { return Match(category: .cookie) }

            // Sharing.
            if sharingExact.contains(s) || (short && opensWithAny(sharingPrefixes)) { return Match(category: .sharing) }
            if !words.isEmpty && words.allSatisfy({ shareWidgetWords.contains(String($0)) }) {
                return Match(category: .sharing)
            }
            if words.count >= 3, words.count <= 8, words[0] == "follow", words[words.count - 2] == "on",
                socialNetworks.contains(String(words[words.count - 1]))
            {
                return Match(category: .sharing)
            }

            // Related links and click-throughs.
            if relatedExact.contains(s) { return Match(category: .related) }
            if startsWithAny(relatedPrefixes) { return Match(category: .related, claimsLine: true) }
            if startsWithAny(clickPrefixes) { return Match(category: .clickThrough, claimsLine: true) }
            return nil
        }
    }
}
