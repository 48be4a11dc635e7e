/// The matchers of the rules in DateRules.swift: each looks at the tokens from `i` and returns what it found.
extension DateScan {
    // MARK: not dates

    /// The last token of a clock time starting at `i`: `10:30`, `10 a.m.`, `3pm`, `1200 GMT`, `0900 local time`.
    func clockEnd(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        let text = tokens[i].text
        var last: Int
        if text.contains(":") {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1].prefix(2)), h <= 24, m < 60 else { return nil }
            last = i
            if let w = clockWordEnd(i + 1) { last = w }
        } else if let h = Int(text.filter(\.isNumber)), text.lowercased().hasSuffix("am") || text.lowercased().hasSuffix("pm"), h <= 12 {
            last = i
        } else if let h = Int(text), h <= 12, let w = clockWordEnd(i + 1) {
            last = w
        } else if text.count == 4, let n = Int(text), n / 100 < 24, n % 100 < 60, let z = zoneEnd(i + 1) {
            return z
        } else {
            return nil
        }
        return zoneEnd(last + 1) ?? last
    }

    /// `a.m.` written as one token or as `a . m .`, and the other clock words.
    func clockWordEnd(_ j: Int) -> Int? {
        guard let w = word(j) else { return nil }
        if DateWords.clockWords.contains(w) { return j }
        if ["a", "p", "A", "P"].contains(w), word(j + 1) == ".", let m = lower(j + 2), m == "m" || m == "m.", adjacent(j, j + 1) {
            return word(j + 3) == "." && adjacent(j + 2, j + 3) ? j + 3 : j + 2
        }
        return nil
    }

    func zoneEnd(_ j: Int) -> Int? {
        guard let w = word(j) else { return nil }
        if DateWords.timeZones.contains(w) { return j }
        if w.lowercased() == "local", lower(j + 1) == "time" { return j + 1 }
        if w == "hours" || w == "hrs" { return j }
        return nil
    }

    func clockTime(_ i: Int) -> Found? {
        let t = tokens[i]
        guard t.kind == .number else { return nil }
        if let end = clockEnd(i) { return time(i, end) }
        // A range: "from 1130 to 1215 GMT", "between 10 and 11 a.m.".
        if let n = Int(t.text), n < 2400, let link = lower(i + 1), ["to", "and", "-", "–", "until"].contains(link),
           let end = clockEnd(i + 2), t.text.count == tokens[i + 2].text.count || t.text.count <= 2 {
            return time(i, end)
        }
        return nil
    }

    /// `2048 x 1080`: a size, not two years.
    func dimensions(_ i: Int) -> Found? {
        guard tokens[i].kind == .number, let x = word(i + 1), ["x", "X", "×", "*"].contains(x),
              i + 2 < tokens.count, tokens[i + 2].kind == .number else { return nil }
        return time(i, i + 2)
    }

    // MARK: days and months

    func isoDate(_ i: Int) -> Found? {
        guard let y = year(i), i + 4 < tokens.count, tokens[i + 1].text == "-", tokens[i + 3].text == "-",
              adjacent(i, i + 1), adjacent(i + 1, i + 2), adjacent(i + 2, i + 3), adjacent(i + 3, i + 4),
              let m = Int(tokens[i + 2].text), (1...12).contains(m), let d = Int(tokens[i + 4].text),
              (1...SimpleDate.daysIn(m, of: y)).contains(d) else { return nil }
        return absolute(i, i + 4, .day(year: y, month: m, day: d))
    }

    func weekdayDate(_ i: Int) -> Found? {
        guard DateWords.weekdays[tokens[i].text] != nil else { return nil }
        let k = word(i + 1) == "," ? i + 2 : i + 1
        guard k < tokens.count, var f = monthFirst(k) ?? dayFirst(k), f.precision == .day else { return nil }
        f.first = i
        return f
    }

    /// A year at `i`, in digits or in words ("nineteen ninety-six"): its value and last token.
    func yearAt(_ i: Int) -> (year: Int, last: Int)? {
        if let y = year(i) { return (y, i) }
        return spelledYearAt(i)
    }

    func spelledYearAt(_ i: Int) -> (year: Int, last: Int)? {
        guard let first = lower(i) else { return nil }
        if first == "two", lower(i + 1) == "thousand" {
            if let n = lower(i + 2), let v = DateWords.numberWords[n], v < 20, n != "a", n != "an" { return (2000 + v, i + 2) }
            return (2000, i + 1)
        }
        guard let hundreds = DateWords.numberWords[first], (10...20).contains(hundreds), let next = lower(i + 1) else { return nil }
        if let tens = Self.tensWord(next) { return (hundreds * 100 + tens, i + 1) }
        return nil
    }

    /// "ninety-six" → 96, "ninety" → 90, "seventy-nine" → 79.
    static func tensWord(_ w: String) -> Int? {
        let parts = w.split(separator: "-").map(String.init)
        guard let tens = DateWords.numberWords[parts[0]], tens >= 20, tens % 10 == 0 else { return nil }
        if parts.count == 1 { return tens }
        guard parts.count == 2, let unit = DateWords.numberWords[parts[1]], unit < 10, parts[1] != "a", parts[1] != "an" else { return nil }
        return tens + unit
    }

    /// Sept. 18, 2016 / September 18 / October 2020 / January this year.
    func monthFirst(_ i: Int) -> Found? {
        guard let m = month(i), isMonthUse(i) else { return nil }
        if let d = dayNumber(i + 1), !(word(i + 2).map { DateWords.countNouns.contains($0.lowercased()) } ?? false) {
            var k = i + 2
            if word(k) == "," { k += 1 }
            if let y = year(k), d <= SimpleDate.daysIn(m, of: y) { return absolute(i, k, .day(year: y, month: m, day: d)) }
            guard d <= SimpleDate.daysIn(m, of: 2000) else { return nil }
            return dayWithoutYear(i, i + 1, month: m, day: d, tense: clauseTense(i, i + 1))
        }
        if let (y, last) = yearAt(i + 1) { return absolute(i, last, .month(year: y, month: m)) }
        if let shift = yearShift(i + 1) {
            return relative(i, i + 2, .month) { p in .month(year: CalendarMath.date(p).year + shift, month: m) }
        }
        return nil
    }

    /// "this year" → 0, "last year" → -1, "next year" → 1 at `i`.
    func yearShift(_ i: Int) -> Int? {
        guard lower(i + 1) == "year", let w = lower(i) else { return nil }
        switch w {
        case "this": return 0
        case "last": return -1
        case "next": return 1
        default: return nil
        }
    }

    /// 18 September 2016 / 18 September.
    func dayFirst(_ i: Int) -> Found? {
        guard let d = dayNumber(i), let m = month(i + 1) else { return nil }
        if let y = year(i + 2), d <= SimpleDate.daysIn(m, of: y) { return absolute(i, i + 2, .day(year: y, month: m, day: d)) }
        guard d <= SimpleDate.daysIn(m, of: 2000) else { return nil }
        return dayWithoutYear(i, i + 1, month: m, day: d, tense: clauseTense(i, i + 1))
    }

    static let deadlines: Set<String> = ["by", "until", "till", "through", "before"]

    /// The tense for a date without a year: after "by" or "until" a deadline, which may lie on either side.
    func clauseTense(_ first: Int, _ last: Int) -> Tense? {
        if let before = lower(first - 1), Self.deadlines.contains(before) { return nil }
        return tense(first, last)
    }

    static let parts: Set<String> = ["early", "mid", "late"]
    static let partNouns: Set<String> = ["beginning", "start", "middle", "end"]

    /// late November / mid-October / early March 1990 / the middle of October / the end of the month.
    func partOfMonth(_ i: Int) -> Found? {
        let w = tokens[i].text
        var m: Int?, last = i, first = i
        let lw = lowered[i]
        if tokens[i].kind == .word, let dash = w.firstIndex(of: "-"), Self.parts.contains(w[..<dash].lowercased()) {
            m = DateWords.months[String(w[w.index(after: dash)...])]
        } else if Self.parts.contains(lw), let mm = month(i + 1) {
            m = mm
            last = i + 1
        } else if lw == "the", let n = lower(i + 1), Self.partNouns.contains(n), lower(i + 2) == "of" {
            if let mm = month(i + 3) {
                m = mm
                last = i + 3
            } else if lower(i + 3) == "the" || lower(i + 3) == "this", lower(i + 4) == "month" {
                return relativeUnit(first, i + 4, unit: .month, shift: 0)
            }
        }
        guard let month = m else { return nil }
        if let (y, end) = yearAt(last + 1) { return absolute(first, end, .month(year: y, month: month)) }
        return relativeMonth(first, last, month: month, tense: tense(first, last))
    }

    /// mid-2015, early 2016, the early 1990s, the end of the year.
    func partOfYear(_ i: Int) -> Found? {
        let t = tokens[i]
        let lw = lowered[i]
        if t.kind == .word, let dash = lw.firstIndex(of: "-"), Self.parts.contains(String(lw[..<dash])) || ["pre", "post"].contains(String(lw[..<dash])) {
            let rest = lw[lw.index(after: dash)...]
            if let y = Int(rest), rest.count == 4, (1000...2199).contains(y) { return absolute(i, i, .year(y)) }
            if rest.hasSuffix("s"), let y = Int(rest.dropLast()), rest.count == 5, y % 10 == 0 { return absolute(i, i, .decade(y / 10)) }
        }
        var k = i
        if lw == "the", let n = lower(i + 1), Self.parts.contains(n) { k = i + 1 }
        if let n = lower(k), Self.parts.contains(n) {
            if k == i, let y = year(k + 1) { return absolute(i, k + 1, .year(y)) }
            if let decade = Self.decade(k + 1 < tokens.count ? tokens[k + 1] : nil) { return absolute(i, k + 1, .decade(decade)) }
        }
        if lw == "the", let n = lower(i + 1), Self.partNouns.contains(n), lower(i + 2) == "of" {
            if let y = year(i + 3) { return absolute(i, i + 3, .year(y)) }
            if lower(i + 3) == "the" || lower(i + 3) == "this", lower(i + 4) == "year" {
                return relativeUnit(i, i + 4, unit: .year, shift: 0)
            }
        }
        return nil
    }

    static func decade(_ t: Token?) -> Int? {
        guard let t, t.kind == .number, t.text.hasSuffix("s") else { return nil }
        let digits = t.text.dropLast()
        guard let n = Int(digits), n % 10 == 0 else { return nil }
        if digits.count == 4 { return n / 10 }
        if digits.count == 2 { return n >= 30 ? 190 + n / 10 : 200 + n / 10 }  // '90s, '20s
        return nil
    }

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
        var q = head.q
        // A fiscal first quarter: "fiscal-first quarter".
        if q == nil, k > i, let w = lower(k - 1), w.hasPrefix("fiscal-"), let n = DateWords.ordinals[String(w.dropFirst(7))] { q = n }
        // "the period" and "the quarter" need a modifier that makes them a time: "the latest period", "its
        // year-ago quarter"; a bare "period" also a source that already talks in quarters.
        if head.period, context.quarter == nil || (modifiers == 0) { return nil }
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
        let number = q ?? ended ?? context.quarter.flatMap { v -> Int? in
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

    // MARK: centuries, decades, years

    /// the 20th century / the nineteenth century / this century.
    func centuryExpression(_ i: Int) -> Found? {
        let t = tokens[i]
        let w = lowered[i]
        if ["this", "last", "next", "past"].contains(w), lower(i + 1) == "century" {
            return relativeUnit(i, i + 1, unit: .century, shift: w == "this" ? 0 : w == "next" ? 1 : -1)
        }
        let n: Int?
        if t.kind == .number, ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }) { n = Int(w.dropLast(2)) } else { n = DateWords.ordinals[w] }
        guard let number = n, (1...30).contains(number), let c = lower(i + 1), c == "century" || c == "century's" else { return nil }
        return absolute(i, i + 1, .century(number - 1))
    }

    /// the 1990s / in ’90s / the nineties.
    func decadeExpression(_ i: Int) -> Found? {
        let before = lower(i - 1)
        if let decade = Self.decade(tokens[i]), before == "the" || before == "in" || before == "’" || before == "'" {
            return absolute(i, i, .decade(decade))
        }
        if before == "the", let d = DateWords.decadeWords[lowered[i]] {
            return relative(i, i, .decade) { p in
                let y = CalendarMath.date(p).year
                var century = y / 100
                if century * 100 + d * 10 > y + 10 { century -= 1 }
                return .decade(century * 10 + d)
            }
        }
        return nil
    }

    /// nineteen ninety-six / the year two thousand.
    func spelledYear(_ i: Int) -> Found? {
        if lower(i) == "the", lower(i + 1) == "year", let (y, last) = spelledYearAt(i + 2) { return absolute(i, last, .year(y)) }
        guard let (y, last) = spelledYearAt(i) else { return nil }
        return absolute(i, last, .year(y))
    }

    func bareYear(_ i: Int) -> Found? {
        guard let y = year(i), isYearUse(i) else { return nil }
        return absolute(i, i, .year(y))
    }

    /// A year on its own when the words around it make it one: a preposition before ("in 2015"), a
    /// determiner or possessive before and a word after ("its 1990 invasion"), a list of years.
    func isYearUse(_ i: Int) -> Bool {
        if let after = word(i + 1), DateWords.countNouns.contains(after.lowercased()) { return false }
        guard let before = word(i - 1) else { return false }
        if DateWords.numberedThings.contains(before) { return false }
        if before == "(" && word(i + 1) == ")" { return true }  // (2007)
        if before == "," || before == "and" || before == "or", let p = previousEnd, p == i - 2 || (p == i - 3 && word(i - 2) == ",") {
            return true  // in 1994, 1995 and 1997
        }
        if before == "," && i >= 2 && month(i - 2) == nil && dayNumber(i - 2) == nil {
            // "…, 2015" after a place or a name is rarely a year of its own; after a month it was taken above.
            return false
        }
        if DateWords.yearPrepositions.contains(before.lowercased()) { return true }
        // "the 2016 Olympics", "its 1990 invasion", "Iraq's 1990 invasion"
        let modifier = DateWords.yearDeterminers.contains(before.lowercased()) || tokens[i - 1].possessive
        if modifier, i + 1 < tokens.count, tokens[i + 1].kind == .word, (1800...2099).contains(y(i)) { return true }
        return before == "'s" || before == "’s"
    }

    private func y(_ i: Int) -> Int { Int(tokens[i].text) ?? 0 }

    // MARK: relative to publication

    func relativeDayWord(_ i: Int) -> Found? {
        switch lowered[i] {
        case "today", "tonight": relativeDay(i, i, offset: 0)
        case "yesterday": relativeDay(i, i, offset: -1)
        case "tomorrow": relativeDay(i, i, offset: 1)
        default: nil
        }
    }

    /// the weekend / this weekend / last weekend / over the weekend.
    func weekendExpression(_ i: Int) -> Found? {
        let w = lowered[i]
        var k = i + 1
        var shift: Int?
        switch w {
        case "the": shift = nil
        case "this": shift = 0
        case "last": shift = -1
        case "next", "coming": shift = 1
        default: return nil
        }
        if w == "this", lower(k) == "past" { shift = -1; k += 1 }
        guard lower(k) == "weekend", word(k + 1) != "of" else { return nil }
        return weekend(i, k, shift: shift == 0 ? nil : shift, future: shift == 0 ? true : isFuture(i, k))
    }

    static let directions: [String: Int] = ["last": -1, "next": 1, "this": 0]

    /// last year / next week / this month / last December / next Tuesday / earlier this month / this coming Sunday.
    func lastThisNext(_ i: Int) -> Found? {
        let t = tokens[i]
        let lw = lowered[i]
        if ["earlier", "later"].contains(lw), lower(i + 1) == "this", let unit = unit(i + 2), lower(i + 2)?.hasSuffix("s") == false {
            return relativeUnit(i, i + 2, unit: unit, shift: 0)
        }
        guard var direction = Self.directions[lw], i + 1 < tokens.count else { return nil }
        var k = i + 1
        if lw == "this", lower(k) == "coming" { direction = 1; k += 1 } else if lw == "this", lower(k) == "past" { direction = -1; k += 1 }
        // "In this Sept. 18, 2016 photo": the full date after "this" is what counts.
        if month(k) != nil, dayNumber(k + 1) != nil || year(k + 1) != nil { return nil }
        if let unit = unit(k), lower(k)?.hasSuffix("s") == false, let f = relativeUnit(i, k, unit: unit, shift: direction) { return f }
        if let wd = DateWords.weekdays[tokens[k].text] {
            return weekday(i, k, weekday: wd, future: direction > 0 ? true : direction < 0 ? false : isFuture(i, k))
        }
        if let m = month(k) {
            // "this September" is the September of the year of publication, before or after it.
            return namedMonth(i, k, month: m, shift: direction)
        }
        return nil
    }

    /// the following year / the previous year / that year / later that year.
    func thatYear(_ i: Int) -> Found? {
        let w = lowered[i]
        var k = i
        var shift = 0
        if w == "earlier" || w == "later" { k += 1 }
        if lower(k) == "the", let m = lower(k + 1), ["following", "next", "previous", "same"].contains(m), lower(k + 2) == "year" {
            shift = m == "previous" ? -1 : m == "same" ? 0 : 1
            k += 2
        } else if lower(k) == "that", lower(k + 1) == "year", !tokens[k + 1].possessive {
            k += 1
        } else if lower(k) == "the", let m = lower(k + 1), ["following", "next", "previous"].contains(m), lower(k + 2) == "month",
                  case let .month(y, mo)? = context.last {
            let (ny, nm) = CalendarMath.addMonths(y, mo, m == "previous" ? -1 : 1)
            return anaphoric(i, k + 2, .month, note: "the month named before") { _, _ in .month(year: ny, month: nm) }
        } else if k == i, lower(i) == "the", word(i + 1) == "year", !tokens[i + 1].possessive, let before = lower(i - 1),
                  ["for", "of", "in", "during", "through"].contains(before),
                  !["before", "after", "earlier", "ago", "later", "-", "ended", "ending", "to"].contains(lower(i + 2) ?? "") {
            // "for the year", "the first nine months of the year": the year of the report.
            return relativeUnit(i, i + 1, unit: .year, shift: 0)
        } else {
            return nil
        }
        guard let year = context.last?.year else { return nil }
        return anaphoric(i, k, .year, note: "the year named before") { _, _ in .year(year + shift) }
    }

    static let vagueCounts: Set<String> = ["several", "few", "many", "some"]

    /// two years ago / six weeks ago / several years ago.
    func ago(_ i: Int) -> Found? {
        var k = i
        let w = lowered[i]
        if w == "a", lower(i + 1) == "few" { k = i + 1 }
        if Self.vagueCounts.contains(lower(k) ?? ""), unit(k + 1) != nil, lower(k + 2) == "ago" {
            return reference(i, k + 2, .past)
        }
        guard let n = count(i), let unit = unit(i + 1), lower(i + 2) == "ago" else { return nil }
        return relativeUnit(i, i + 2, unit: unit, shift: -n)
    }

    /// now / currently / recently / the past / the future / recent days.
    func referenceWords(_ i: Int) -> Found? {
        guard let phrases = DateWords.references[lowered[i]] else { return nil }
        for (words, value) in phrases {
            guard (0..<words.count).allSatisfy({ lower(i + $0) == words[$0] }) else { continue }
            let last = i + words.count - 1
            // "the past four years", "the past decade" are durations; "the future of NATO" is no time.
            if let next = lower(last + 1) {
                if next == "of" && value != .present { continue }
                if value == .past, words.last == "past",
                   count(last + 1) != nil || unit(last + 1) != nil || Self.vagueCounts.contains(next) || next == "couple" { continue }
                if words == ["current"], tokens[last + 1].kind != .word && tokens[last + 1].kind != .number { continue }
            } else if words == ["current"] {
                continue
            }
            return reference(i, last, value)
        }
        return nil
    }

    func weekdayAlone(_ i: Int) -> Found? {
        guard let wd = DateWords.weekdays[tokens[i].text] else { return nil }
        // "until Tuesday", "as soon as Tuesday": a deadline ahead.
        let tense = tense(i, i)
        let deadline = lower(i - 1) == "until" || (lower(i - 1) == "by" && tense != .past) || (lower(i - 1) == "as" && lower(i - 2) == "soon")
        return weekday(i, i, weekday: wd, future: deadline || tense == .future)
    }

    static let monthPrepositions: Set<String> = ["in", "since", "by", "until", "during", "from", "through", "till", "before", "after", "for"]

    /// Thanksgiving Day / last Thanksgiving / by Christmas: the nearest such day, or the last or next.
    func holiday(_ i: Int) -> Found? {
        var k = i
        let shift = Self.directions[lowered[i]]
        if shift != nil { k += 1 }
        guard k < tokens.count, DateWords.holidayFirstWords.contains(tokens[k].text) else { return nil }
        for h in DateWords.holidays {
            let n = h.words.count
            guard k + n <= tokens.count, (0..<n).allSatisfy({ j in
                let w = h.words[j]
                let possessive = w.hasSuffix("'s")
                return tokens[k + j].text == (possessive ? String(w.dropLast(2)) : w) && tokens[k + j].possessive == possessive
            }) else { continue }
            let last = k + n - 1
            // "a Christmas tree": a holiday before a lower-case noun names a kind of thing.
            if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].text.first?.isLowercase == true,
               !["and", "or", "when", "as", "to", "before", "after", "with", "in", "on", "of", "was", "is", "the"].contains(tokens[last + 1].text) { return nil }
            let tense: Tense? = shift.map { $0 < 0 ? .past : .future } ?? clauseTense(i, last)
            return relative(i, last, .day, note: "the nearest such holiday") { p in
                let y = CalendarMath.date(p).year
                let days = [y - 1, y, y + 1].map { year -> Int in
                    let base = CalendarMath.dayNumber(year, h.month, h.day)
                    guard let wd = h.weekday else { return base }
                    return base + ((wd - CalendarMath.weekday(base) + 7) % 7 == 0 ? 7 : (wd - CalendarMath.weekday(base) + 7) % 7)
                }
                var pick = days.min { abs($0 - p) < abs($1 - p) }!
                if tense == .past, pick > p { pick = days.last { $0 <= p }! }
                if tense == .future, pick < p { pick = days.first { $0 >= p }! }
                return Self.day(pick)
            }
        }
        return nil
    }

    /// by year-end / by year end / before year's end: the end of the year of the report (of the year
    /// before, after "since").
    func yearEnd(_ i: Int) -> Found? {
        let w = lowered[i]
        var last: Int
        if w == "year-end" { last = i } else if w == "year", lower(i + 1) == "end" || (tokens[i].possessive && lower(i + 1) == "end") { last = i + 1 } else { return nil }
        if lower(i - 1) == "around", i >= 1 { _ = last }
        guard let before = lower(i - 1), ["by", "at", "since", "before", "until", "around", "after", "till", "through"].contains(before) else { return nil }
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].text.first?.isLowercase == true,
           !["and", "or", "when", "to", "the", "of"].contains(tokens[last + 1].text) { return nil }
        return relativeUnit(i, last, unit: .year, shift: before == "since" ? -1 : 0)
    }

    /// A month on its own after a preposition: "in December", "since March".
    func monthAlone(_ i: Int) -> Found? {
        let before = lower(i - 1) ?? ""
        // "in December", "since March"; "the March accession", "December's figures".
        let nextIsNoun = i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].text.first?.isLowercase == true
        guard Self.monthPrepositions.contains(before) || ((before == "the" || before == "a") && nextIsNoun) || tokens[i].possessive else { return nil }
        // "in May Street": a month before a name is part of the name.
        guard let m = month(i), !tokens[i].text.hasSuffix(".") else { return nil }
        if let next = i + 1 < tokens.count ? tokens[i + 1] : nil, next.isCapitalized, next.sentence == tokens[i].sentence { return nil }
        return relativeMonth(i, i, month: m, tense: before == "since" ? .past : monthTense(i))
    }

    /// The tense for a month on its own: after a deadline ("by August") only a future clause decides
    /// (it will be done by the coming August); a past one may still point either way.
    func monthTense(_ i: Int) -> Tense? {
        if let before = lower(i - 1), Self.deadlines.contains(before) { return tense(i, i) == .future ? .future : nil }
        return tense(i, i)
    }
}
