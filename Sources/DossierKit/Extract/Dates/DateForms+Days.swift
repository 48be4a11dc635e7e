/// The matchers of days and months (ISO dates, "Sept. 18, 2016", "18 September", "late November").
extension DateScan {
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

    /// "the week of March 6": the ISO week of that day.
    func weekOfDay(_ i: Int) -> Found? {
        guard lower(i) == "the", lower(i + 1) == "week", lower(i + 2) == "of",
              let f = monthFirst(i + 3) ?? dayFirst(i + 3), f.precision == .day else { return nil }
        guard case let .day(y, m, d)? = f.value else { return unresolved(i, f.last, .week) }
        let w = CalendarMath.isoWeekParts(CalendarMath.dayNumber(y, m, d))
        return Found(first: i, last: f.last, value: .week(year: w.year, week: w.week), precision: .week,
                     resolution: f.resolution + ", the week of that day", relative: f.relative)
    }

    /// "the second quarter ended Oct. 31": the last day of a period named just before. A fiscal period
    /// need not match the calendar one it was read as: the day inside it, else (for one that "ended") the
    /// one before publication nearest its end, else the nearest.
    func periodEndDay(_ i: Int) -> Found? {
        guard let e = lower(i - 1), e == "ended" || e == "ending", previousEnd == i - 2, let v = previousValue,
              [.quarter, .half, .year].contains(v.precision), let start = v.firstDay, let end = v.endDay,
              let f = monthFirst(i) ?? dayFirst(i), f.relative, case let .day(_, m, d)? = f.value else { return nil }
        let year = CalendarMath.date(end - 1).year
        let days = [year - 1, year, year + 1].filter { d <= SimpleDate.daysIn(m, of: $0) }.map { CalendarMath.dayNumber($0, m, d) }
        let before = days.filter { e == "ended" && $0 <= (published ?? Int.max) }
        let inside = days.filter { $0 >= start && $0 < end }
        let pool = !inside.isEmpty ? inside : !before.isEmpty ? before : days
        guard let n = pool.min(by: { abs($0 - end) < abs($1 - end) }) else { return nil }
        return Found(first: f.first, last: f.last, value: Self.day(n), precision: .day,
                     resolution: "the end of the period named before it", relative: true, refersBack: true)
    }

    /// Words that join two days of one month: "April 24 and 25", "24-25 April", "March 3 to 5".
    static let dayJoiners: Set<String> = ["and", "or", "-", "–", "to", "through"]

    /// A number after a day that is a count or a measure, not a second day ("April 24 and 25 people",
    /// "Oct. 19 to 20%").
    func isCountAfter(_ i: Int) -> Bool {
        guard let next = lower(i + 1) else { return false }
        return DateWords.countNouns.contains(next) || next == "%"
    }

    /// The second day of a pair that names its month once, with the first: "April 24 and [25]" is April 25.
    func secondDayOfPair(_ i: Int) -> Found? {
        guard let d = dayNumber(i), previousEnd == i - 2, let j = lower(i - 1), Self.dayJoiners.contains(j),
              case let .day(y, m, first)? = previousValue, d > first, d <= SimpleDate.daysIn(m, of: y),
              month(i + 1) == nil, !isCountAfter(i) else { return nil }
        return Found(first: i, last: i, value: .day(year: y, month: m, day: d), precision: .day,
                     resolution: "the month of the day before it", relative: true, refersBack: true)
    }

    /// The first day of a pair that names its month once, with the second: "[24] and 25 April" is April 24.
    func firstDayOfPair(_ i: Int) -> Found? {
        guard let d = dayNumber(i), let j = lower(i + 1), Self.dayJoiners.contains(j),
              let second = dayNumber(i + 2), second > d, let f = dayFirst(i + 2) else { return nil }
        guard case let .day(y, m, _)? = f.value else { return unresolved(i, i, .day) }
        return Found(first: i, last: i, value: .day(year: y, month: m, day: d), precision: .day,
                     resolution: "the month of the day after it", relative: f.relative)
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

    /// Words before a date that may point either way from the time of writing: a deadline, or when a change
    /// takes effect ("a pact effective June 1" announced in October may lie before or after).
    static let deadlines: Set<String> = ["by", "until", "till", "through", "before", "effective"]

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
}
