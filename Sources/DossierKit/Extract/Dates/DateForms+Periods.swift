/// The matchers of quarters, halves, seasons and fiscal years.
extension DateScan {
    // MARK: quarters, halves, seasons, fiscal years

    /// `of 1990`, `of fiscal 1990`, `of the year` (publication year), `of next year` after a period.
    func ofYear(_ j: Int) -> (year: Int?, shift: Int?, last: Int)? {
        guard lower(j) == "of" else { return nil }
        var k = j + 1
        if lower(k) == "fiscal" { k += 1 }
        if let (y, last) = yearAt(k) { return (y, nil, last) }
        if lower(k) == "the", lower(k + 1) == "year" { return (nil, 0, k + 1) }
        if let s = yearShift(k) { return (nil, s, k + 1) }
        return nil
    }

    static let halfOrdinals: [String: Int] = ["first": 1, "second": 2, "last": 2]

    /// the last half of 1989 / the first two quarters of 1990 / the second half of the year.
    func halfYear(_ i: Int) -> Found? {
        var k = i
        if lower(k) == "the" { k += 1 }
        var h: Int?
        var head = k
        if let w = lower(k), let n = Self.halfOrdinals[w] {
            if lower(k + 1) == "half" { h = n; head = k + 1 }
            if w != "last", lower(k + 1) == "two", lower(k + 2) == "quarters" { h = n; head = k + 2 }
        } else if let w = lower(k), w == "first-half" || w == "second-half" {
            h = w.hasPrefix("first") ? 1 : 2
        }
        guard let half = h else { return nil }
        if lower(head + 1) == "of", ofYear(head + 1) == nil { return nil }  // the last half of the '80s
        if let of = ofYear(head + 1) {
            if let y = of.year { return absolute(i, of.last, .half(year: y, half: half)) }
            return relative(i, of.last, .half) { p in .half(year: CalendarMath.date(p).year + (of.shift ?? 0), half: half) }
        }
        // Without a year only in a source that talks in quarters (results), not in a match report.
        guard context.quarter != nil else { return nil }
        return relative(i, head, .half) { p in .half(year: CalendarMath.date(p).year, half: half) }
    }

    static let quarterStarts: Set<String> = ["the", "its", "their", "this", "that", "last", "next", "latest", "current",
                                             "fiscal", "comparable", "corresponding", "same", "year-ago", "year-earlier"]
    static let quarterModifiers: Set<String> = quarterStarts.union(["fiscal-first", "fiscal-second", "fiscal-third", "fiscal-fourth"])

    /// The ordinal of a quarter head at `j` ("third-quarter", "third quarter", "Q3", "quarter"): nil
    /// quarter for a bare "quarter"/"period", and the head's last token.
    func quarterHead(_ j: Int) -> (q: Int?, last: Int, period: Bool)? {
        guard let t = word(j) else { return nil }
        let w = lowered[j]
        let pieces = w.split(separator: "-").map(String.init)
        if pieces.count >= 2, pieces.last == "quarter",
           let q = DateWords.ordinals[pieces[pieces.count - 2]], (1...4).contains(q) {
            return (q, j, false)
        }
        if let q = DateWords.ordinals[w], (1...4).contains(q), lower(j + 1) == "quarter" { return (q, j + 1, false) }
        if t.count == 2, t.first == "Q", let q = Int(t.dropFirst()), (1...4).contains(q) { return (q, j, false) }
        if t == "quarter" { return (nil, j, false) }
        if t == "period" { return (nil, j, true) }
        return nil
    }

    func quarterExpression(_ i: Int) -> Found? {
        // Modifiers, then the head.
        var k = i
        var year: Int?, yearShift: Int?, yearAgo = false, current = false, latest = false
        var modifiers = 0
        while k < tokens.count, k < i + 6 {
            let w = lowered[k]
            if quarterHead(k) != nil { break }
            if let y = self.year(k), modifiers > 0 || k == i { year = y; k += 1; modifiers += 1; continue }
            if let s = self.yearShift(k), tokens[k + 1].possessive { yearShift = s; k += 2; modifiers += 1; continue }
            guard Self.quarterModifiers.contains(w) else { return nil }
            if w == "year-ago" || w == "year-earlier" { yearAgo = true }
            if w == "current" || w == "this" { current = true }
            if w == "latest" || w == "last" { latest = true }
            modifiers += 1
            k += 1
        }
        guard let head = quarterHead(k) else { return nil }
        // "Results for that quarter": the quarter just named, whichever it was.
        if lowered[i] == "that", k == i + 1, head.q == nil, let named = context.namedQuarter {
            return Found(first: i, last: head.last, value: named, precision: .quarter,
                         resolution: "the quarter named just before", relative: true, refersBack: true)
        }
        var q = head.q
        // A fiscal first quarter: "fiscal-first quarter".
        if q == nil, k > i, let w = lower(k - 1), w.hasPrefix("fiscal-"), let n = DateWords.ordinals[String(w.dropFirst(7))] { q = n }
        // "the period" and "the quarter" need a modifier that makes them a time: "the latest period", "its
        // year-ago quarter"; a bare "period" also a source that already talks in quarters.
        if head.period, context.quarter == nil && !context.yearly || modifiers == 0 { return nil }
        if q == nil {
            if modifiers == 0 { return nil }
            if word(head.last + 1) == "of", ofYear(head.last + 1) == nil { return nil }
        }
        var last = head.last
        if let of = ofYear(last + 1) {
            last = of.last
            if let y = of.year { year = y } else { yearShift = of.shift }
        }
        // "the quarter a year ago", "the corresponding period last year".
        if lower(last + 1) == "a", lower(last + 2) == "year", lower(last + 3) == "ago" || lower(last + 3) == "earlier" {
            yearAgo = true
            last += 3
        } else if lower(last + 1) == "last", lower(last + 2) == "year" {
            yearAgo = true
            last += 2
        }
        // "the quarter ended Sept. 30": the quarter of that day.
        var ended: Int?
        if q == nil, let e = lower(last + 1), e == "ended" || e == "ending", let f = monthFirst(last + 2) ?? dayFirst(last + 2),
           case let .day(_, m, _)? = f.value {
            ended = (m - 1) / 3 + 1
        }
        let number = q ?? ended ?? (context.yearly ? nil : context.quarter).flatMap { v -> Int? in
            if case let .quarter(_, n) = v { return n }
            return nil
        }
        if let year {
            guard let number else { return absolute(i, last, .year(year)) }
            return absolute(i, last, .quarter(year: year, quarter: number))
        }
        if let yearShift {
            return relative(i, last, .quarter) { p in
                let y = CalendarMath.date(p).year + yearShift
                return number.map { .quarter(year: y, quarter: $0) } ?? .year(y)
            }
        }
        if yearAgo {
            if let q { return relative(i, last, .quarter) { p in .quarter(year: CalendarMath.date(p).year - 1, quarter: q) } }
            return yearEarlier(i, last, quarter: true)
        }
        if let q {
            // "the comparable year-ago quarter, the second quarter ended Oct. 31": named again in apposition,
            // with the year of the one before.
            if head.q != nil, previousEnd == i - 2, word(i - 1) == ",", case let .quarter(y, _)? = previousValue {
                return Found(first: i, last: last, value: .quarter(year: y, quarter: q), precision: .quarter,
                             resolution: "the year of the quarter it renames", relative: true, refersBack: true)
            }
            if latest, !current, head.q == nil { return latestQuarter(i, last, current: false) }
            return quarter(i, last, q, tense: tense(i, last))
        }
        if let ended, !yearAgo {
            return quarter(i, last, ended, tense: .past)
        }
        if current { return latestQuarter(i, last, current: lower(i) == "the" || lower(i) == "current" || lower(k - 1) == "current") }
        if latest, lower(k - 1) == "last" { return relativeUnit(i, last, unit: .quarter, shift: -1) }
        return latestQuarter(i, last, current: false)
    }

    static let seasonShifts: [String: Int] = ["this": 0, "last": -1, "past": -1, "next": 1, "coming": 1]

    /// this summer / last fall / the summer of 1998 / spring 1990 / this past spring / the early summer.
    func seasonExpression(_ i: Int) -> Found? {
        var k = i
        var shift: Int?
        var determiner = false
        while k < tokens.count, k < i + 3, DateWords.seasons[lowered[k]] == nil {
            let w = lowered[k]
            if let s = Self.seasonShifts[w] { shift = shift.map { $0 == 0 && s < 0 ? -2 : min($0, s) } ?? s; k += 1; continue }
            if w == "the" || Self.parts.contains(w) { determiner = true; k += 1; continue }
            return nil
        }
        guard k < tokens.count, let s = DateWords.seasons[lowered[k]], tokens[k].text.first?.isLowercase == true || k == i else { return nil }
        if let y = year(k + 1) { return absolute(i, k + 1, .season(year: y, season: s)) }
        if let of = ofYear(k + 1), let y = of.year { return absolute(i, of.last, .season(year: y, season: s)) }
        if word(k + 1) == "of" || tokens[k].possessive { return nil }  // the fall of the Berlin Wall
        // "fall" and "spring" are also verbs and nouns: without "this", "last", "next" they need a preposition
        // before the article ("in the fall").
        if shift == nil {
            let before = lower(i - 1) ?? ""
            let prepositions: Set<String> = ["in", "during", "by", "until", "since", "through", "over", "this", "that", "next", "last"]
            if s == .fall || s == .spring || !determiner {
                guard prepositions.contains(before) else { return nil }
            }
            if k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].text.first?.isLowercase == true,
               !["and", "or", "when", "as", "to", "before", "after", "with"].contains(lower(k + 1)!) { return nil }  // summer camp
        }
        return season(i, k, s, shift: shift, tense: tense(i, k))
    }

    /// a year earlier / a year ago / year-earlier / year-ago.
    func yearEarlierExpression(_ i: Int) -> Found? {
        let w = lowered[i]
        if w == "a" || w == "one", lower(i + 1) == "year", lower(i + 2) == "earlier" || lower(i + 2) == "ago" || lower(i + 2) == "before" {
            return yearEarlier(i, i + 2, quarter: false)
        }
        if w == "year-earlier" || w == "year-ago" {
            // "the year-earlier nine months": a stretch of months, as "the nine months" is.
            if let n = lower(i + 1), Self.spanMonths.contains(n), lower(i + 2) == "months" { return span(i, i + 2) }
            return yearEarlier(i, i, quarter: false)
        }
        return nil
    }

    /// fiscal 1990 / fiscal year 1991 / the fiscal year / the current fiscal year / the full year.
    func fiscalYear(_ i: Int) -> Found? {
        let w = lowered[i]
        if w == "fiscal" {
            if let y = year(i + 1) { return absolute(i, i + 1, .year(y)) }
            if lower(i + 1) == "year", let y = year(i + 2) { return absolute(i, i + 2, .year(y)) }
            return nil
        }
        guard w == "the" || w == "this" else { return nil }
        var k = i + 1
        var shift = 0
        if let m = lower(k), ["current", "latest", "full", "fiscal", "new"].contains(m) {
            if m == "new" { shift = 1 }
            if m == "latest" { shift = -1 }
            k += 1
            if lower(k) == "fiscal" { k += 1 }
        } else {
            return nil
        }
        // "the fiscal year ended Jan. 31" is a stretch of a year, not a date.
        guard lower(k) == "year", word(k + 1) != "-", lower(k + 1) != "ended", lower(k + 1) != "ending" else { return nil }
        if let y = year(k + 1) { return absolute(i, k + 1, .year(y)) }
        return relativeUnit(i, k, unit: .year, shift: shift)
    }

    static let spanMonths: Set<String> = ["six", "nine", "6", "9"]

    /// the nine months / the first nine months / the six months: results for several quarters, which the
    /// comparisons after them refer to ("compared with $4 million a year earlier" is then the year before).
    func monthsToDate(_ i: Int) -> Found? {
        guard lower(i) == "the" else { return nil }
        var k = i + 1
        if let w = lower(k), ["first", "latest", "past", "last"].contains(w) { k += 1 }
        let w = lower(k) ?? ""
        if let dash = w.firstIndex(of: "-"), Self.spanMonths.contains(String(w[..<dash])), w[w.index(after: dash)...] == "month" {
            return span(i, k)
        }
        guard Self.spanMonths.contains(w), lower(k + 1) == "months", !["ago", "earlier", "later", "before", "after"].contains(lower(k + 2) ?? "") else { return nil }
        return span(i, k + 1)
    }
}
