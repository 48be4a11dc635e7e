/// An article's extraction in the build cache, written field by field with `ByteWriter`. A thousand
/// articles hold tens of thousands of candidates; as JSON, reading them back cost more than finding them
/// again. `read` must mirror `write` field for field; `IncrementalTests` checks that every extraction of
/// a build reads back equal to itself.
extension ArticleExtraction {
    /// Bumped whenever the layout below changes (it is part of the cache's format line).
    static let layout = 1

    func write(to w: inout ByteWriter) {
        w.int(candidates.count)
        for c in candidates {
            w.string(c.name)
            w.strings(c.tokens)
            w.string(c.location.block)
            w.int(c.start)
            w.int(c.end)
            w.int(c.evidence.count)
            for e in c.evidence {
                w.string(e.kind.rawValue)
                w.string(e.reason)
                w.int(e.weight)
            }
            w.optional(c.role)
            w.bool(c.needsConfirmation)
            w.bool(c.implied)
            w.optional(c.bracketedAcronym)
        }
        for counts in [wordCase.lower, wordCase.capitalized] {
            w.int(counts.count)
            for word in counts.keys.sorted() {
                w.string(word)
                w.int(counts[word]!)
            }
        }
        w.int(dates.count)
        for d in dates {
            w.string(d.location.block)
            w.int(d.start)
            w.int(d.end)
            w.string(d.text)
            w.bool(d.value != nil)
            if let value = d.value { value.write(to: &w) }
            w.string(d.precision.rawValue)
            w.string(d.rule)
            w.string(d.resolution)
            w.int(d.sentenceStart)
            w.int(d.sentenceEnd)
            w.bool(d.relative)
        }
    }

    /// Reads an extraction back; its locations name article 0 (see `move(to:)`).
    static func read(from r: inout ByteReader) throws -> ArticleExtraction {
        var candidates: [Candidate] = []
        let candidateCount = try r.count()
        candidates.reserveCapacity(candidateCount)
        for _ in 0..<candidateCount {
            let name = try r.string(), tokens = try r.strings()
            let location = TextLocation(article: 0, block: try r.string())
            let start = try r.int(), end = try r.int()
            var evidence: [KindEvidence] = []
            for _ in 0..<(try r.count()) {
                evidence.append(KindEvidence(kind: try r.raw(EntityKind.self), reason: try r.string(), weight: try r.int()))
            }
            let role = try r.optional()
            let needsConfirmation = try r.bool(), implied = try r.bool()
            candidates.append(Candidate(
                name: name, tokens: tokens, location: location, start: start, end: end, evidence: evidence, role: role,
                needsConfirmation: needsConfirmation, implied: implied, bracketedAcronym: try r.optional()))
        }
        var counts: [[String: Int]] = []
        for _ in 0..<2 {
            let count = try r.count()
            var table: [String: Int] = [:]
            table.reserveCapacity(count)
            for _ in 0..<count { table[try r.string()] = try r.int() }
            counts.append(table)
        }
        var dates: [DateMention] = []
        for _ in 0..<(try r.count()) {
            let location = TextLocation(article: 0, block: try r.string())
            let start = try r.int(), end = try r.int(), text = try r.string()
            let value = try r.bool() ? try DateValue.read(from: &r) : nil
            dates.append(DateMention(
                location: location, start: start, end: end, text: text, value: value, precision: try r.raw(DatePrecision.self),
                rule: try r.string(), resolution: try r.string(), sentenceStart: try r.int(), sentenceEnd: try r.int(),
                relative: try r.bool()))
        }
        return ArticleExtraction(candidates: candidates, wordCase: WordCase(lower: counts[0], capitalized: counts[1]), dates: dates)
    }
}

extension DateValue {
    /// A tag for the case, then its numbers. Every case is listed, so a new one cannot be forgotten here.
    func write(to w: inout ByteWriter) {
        switch self {
        case let .day(y, m, d): w.ints(0, y, m, d)
        case let .dayTime(y, m, d, t): w.ints(1, y, m, d, t.hour, t.minute)
        case let .week(y, n): w.ints(2, y, n)
        case let .weekend(y, n): w.ints(3, y, n)
        case let .month(y, m): w.ints(4, y, m)
        case let .season(y, s): w.ints(5, y); w.string(s.rawValue)
        case let .quarter(y, q): w.ints(6, y, q)
        case let .half(y, h): w.ints(7, y, h)
        case let .year(y): w.ints(8, y)
        case let .decade(d): w.ints(9, d)
        case let .century(c): w.ints(10, c)
        case let .reference(ref): w.ints(11); w.string(ref.rawValue)
        }
    }

    static func read(from r: inout ByteReader) throws -> DateValue {
        switch try r.int() {
        case 0: return .day(year: try r.int(), month: try r.int(), day: try r.int())
        case 1: return .dayTime(year: try r.int(), month: try r.int(), day: try r.int(), time: TimeOfDay(hour: try r.int(), minute: try r.int()))
        case 2: return .week(year: try r.int(), week: try r.int())
        case 3: return .weekend(year: try r.int(), week: try r.int())
        case 4: return .month(year: try r.int(), month: try r.int())
        case 5: return .season(year: try r.int(), season: try r.raw(Season.self))
        case 6: return .quarter(year: try r.int(), quarter: try r.int())
        case 7: return .half(year: try r.int(), half: try r.int())
        case 8: return .year(try r.int())
        case 9: return .decade(try r.int())
        case 10: return .century(try r.int())
        case 11: return .reference(try r.raw(DateReference.self))
        default: throw ByteReader.Malformed()
        }
    }
}

extension ByteWriter {
    mutating func ints(_ values: Int...) { for v in values { int(v) } }
}
