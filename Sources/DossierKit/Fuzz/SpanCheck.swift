/// Whether every span of the model is where it claims to be: inside the text of its block, on UTF-8
/// character boundaries, inside its sentence. A span that breaks these would cut a character in two on a
/// page, or point a link at the wrong words.
public enum SpanCheck {
    public static func problems(_ dossier: Dossier) -> [String] {
        var problems: [String] = []
        func check(_ what: String, _ location: TextLocation, _ start: Int, _ end: Int, sentence: (Int, Int)? = nil) {
            guard problems.count < 10 else { return }
            guard dossier.articles.indices.contains(location.article) else { problems.append("\(what): no article \(location.article)"); return }
            let bytes = Array(dossier.text(at: location).utf8)
            let place = "\(what) \(start)..<\(end) in \(location.block) (\(bytes.count) bytes)"
            guard 0 <= start, start <= end, end <= bytes.count else { problems.append("\(place): outside its block"); return }
            guard isBoundary(bytes, start), isBoundary(bytes, end) else { problems.append("\(place): not on a character boundary"); return }
            if let (s, e) = sentence {
                guard 0 <= s, s <= start, end <= e, e <= bytes.count else { problems.append("\(place): outside its sentence \(s)..<\(e)"); return }
                guard isBoundary(bytes, s), isBoundary(bytes, e) else { problems.append("\(place): sentence \(s)..<\(e) not on a character boundary") ; return }
            }
        }
        for entity in dossier.entities {
            for m in entity.mentions {
                check("mention of \(entity.name)", m.location, m.start, m.end, sentence: (m.sentenceStart, m.sentenceEnd))
                if m.start == m.end { problems.append("empty mention of \(entity.name) in \(m.location.block)") }
            }
        }
        for d in dossier.dates { check("date '\(d.text)'", d.location, d.start, d.end, sentence: (d.sentenceStart, d.sentenceEnd)) }
        for a in dossier.annotations { check("annotation \(a.id)", a.location, a.start, a.end) }
        for q in dossier.quotes { check("quote", q.location, q.start, q.end) }
        for (n, blocks) in dossier.sentences.enumerated() {
            for (block, ranges) in blocks.sorted(by: { $0.key < $1.key }) {
                for r in ranges { check("sentence", TextLocation(article: n, block: block), r.lowerBound, r.upperBound) }
            }
        }
        return problems
    }

    /// An offset at the start or end of the text or before a byte that does not continue a UTF-8 character.
    static func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}
