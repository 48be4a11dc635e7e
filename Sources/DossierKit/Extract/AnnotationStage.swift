/// A note of the analyst's pinned to the exact words of a source.
public struct Annotation: Sendable {
    /// `a1`, `a2`…: the anchor of the highlighted quote on the source page.
    public var id: String
    public var location: TextLocation
    public var start: Int
    public var end: Int
    /// The words as they stand in the source.
    public var text: String
    public var quote: String
    public var prefix: String?
    public var suffix: String?
    public var note: String
    public var tags: [String]
    /// Entities named inside the quote.
    public var entities: [Int]
}

/// Anchors the analyst's annotations: the exact quote (white space, quote marks and dashes compared
/// loosely, since analysts type straight quotes), then prefix and suffix to choose among repeats. A quote
/// found nowhere, or in several places, is an error with its line, never attached somewhere else.
enum AnnotationStage {
    static func run(_ config: DossierConfig, articles: [Article], entities: [Entity]) -> ([Annotation], [DossierError]) {
        let byFile = Dictionary(articles.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Annotation] = []
        var errors: [DossierError] = []
        for a in config.annotations {
            func fail(_ message: String) {
                errors.append(DossierError(.resolve, file: config.file, line: a.line, message))
            }
            guard let index = byFile[a.source] else {
                fail("annotation: no source file '\(a.source)'")
                continue
            }
            var hits: [(block: String, start: Int, end: Int)] = []
            var unfiltered = 0
            for (block, text) in EntityStage.blocks(of: articles[index]) {
                let loose = LooseText(text)
                for (s, e) in loose.find(a.quote) {
                    unfiltered += 1
                    if let p = a.prefix, !loose.text(before: s).trimmingTrailingSpace().hasSuffix(LooseText.normalize(p).trimmingTrailingSpace()) { continue }
                    if let x = a.suffix, !loose.text(after: e).trimmingLeadingSpace().hasPrefix(LooseText.normalize(x).trimmingLeadingSpace()) { continue }
                    hits.append((block, loose.byteOffset(s), loose.byteOffset(e)))
                }
            }
            let short = a.quote.count > 60 ? String(a.quote.prefix(57)) + "…" : a.quote
            if hits.isEmpty {
                fail(unfiltered > 0
                     ? "annotation: the quote “\(short)” is in \(a.source) but not with that prefix/suffix"
                     : "annotation: the quote “\(short)” is not in \(a.source)")
                continue
            }
            if hits.count > 1 {
                fail("annotation: the quote “\(short)” is in \(a.source) \(hits.count) times; add prefix: or suffix: to say which")
                continue
            }
            let hit = hits[0]
            let location = TextLocation(article: index, block: hit.block)
            let text = articles[index].text(of: hit.block)
            let bytes = Array(text.utf8)
            let inside = entities.indices.filter { e in
                entities[e].mentions.contains { $0.location == location && $0.start >= hit.start && $0.end <= hit.end }
            }
            out.append(Annotation(
                id: "a\(out.count + 1)", location: location, start: hit.start, end: hit.end,
                text: String(decoding: bytes[hit.start..<hit.end], as: UTF8.self), quote: a.quote, prefix: a.prefix,
                suffix: a.suffix, note: a.note, tags: a.tags, entities: inside))
        }
        return (out, errors)
    }
}

/// Text compared loosely: curly and straight quotes alike, dashes alike, runs of white space as one space.
/// Keeps, for every normalized scalar, the UTF-8 offset it came from.
struct LooseText {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var total = 0

    init(_ text: String) {
        var offset = 0
        var lastSpace = false
        for s in text.unicodeScalars {
            let n = LooseText.map(s)
            if n == " " {
                if !lastSpace { scalars.append(" "); offsets.append(offset) }
                lastSpace = true
            } else {
                scalars.append(n)
                offsets.append(offset)
                lastSpace = false
            }
            offset += UTF8.width(s)
        }
        total = offset
    }

    static func map(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s {
        case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": return "'"
        case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": return "\""
        case "\u{2013}", "\u{2014}", "\u{2012}", "\u{2212}": return "-"
        case "\u{00A0}", "\n", "\t", "\r": return " "
        default: return s.properties.isWhitespace ? " " : s
        }
    }

    static func normalize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = false
        for c in s.precomposedStringWithCanonicalMapping.unicodeScalars {
            let n = map(c)
            if n == " " { if !lastSpace { out.append(" ") }; lastSpace = true } else { out.append(n); lastSpace = false }
        }
        return String(out)
    }

    /// Every occurrence of `needle`, as scalar ranges (start, end).
    func find(_ needle: String) -> [(Int, Int)] {
        let n = Array(LooseText.normalize(needle).trimmingLeadingSpace().trimmingTrailingSpace().unicodeScalars)
        guard !n.isEmpty, n.count <= scalars.count else { return [] }
        var out: [(Int, Int)] = []
        var i = 0
        while i + n.count <= scalars.count {
            if scalars[i] == n[0], Array(scalars[i..<(i + n.count)]) == n { out.append((i, i + n.count)) }
            i += 1
        }
        return out
    }

    func byteOffset(_ scalarIndex: Int) -> Int {
        scalarIndex < offsets.count ? offsets[scalarIndex] : total
    }

    func text(before i: Int) -> String { String(String.UnicodeScalarView(scalars[..<i])) }
    func text(after i: Int) -> String { String(String.UnicodeScalarView(scalars[i...])) }
}

extension String {
    func trimmingLeadingSpace() -> String { String(drop(while: { $0 == " " })) }
    func trimmingTrailingSpace() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
