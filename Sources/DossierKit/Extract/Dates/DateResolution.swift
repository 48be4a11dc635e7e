/// The values of found expressions: absolute ones as written, relative ones against the publication date
/// (the tense deciding direction), unresolved ones with the precision they would have had.
extension DateScan {
    typealias Found = DateExtractor.Found

    func absolute(_ first: Int, _ last: Int, _ value: DateValue) -> Found {
        Found(first: first, last: last, value: value, precision: value.precision, resolution: "absolute", relative: false)
    }

    func unresolved(_ first: Int, _ last: Int, _ precision: DatePrecision) -> Found {
        Found(first: first, last: last, value: nil, precision: precision,
              resolution: "relative; date of publication unknown", relative: true)
    }

    func time(_ first: Int, _ last: Int) -> Found {
        Found(first: first, last: last, value: nil, precision: .day, resolution: "time of day", relative: false, isTime: true)
    }

    func span(_ first: Int, _ last: Int) -> Found {
        Found(first: first, last: last, value: nil, precision: .year, resolution: "a stretch of months", relative: false, isSpan: true)
    }

    func reference(_ first: Int, _ last: Int, _ r: DateReference) -> Found {
        Found(first: first, last: last, value: .reference(r), precision: .reference,
              resolution: "relative to the time of writing, not placed", relative: false)
    }

    /// A relative value: `make` gets the publication day number.
    func relative(_ first: Int, _ last: Int, _ precision: DatePrecision, note: String? = nil,
                  _ make: (Int) -> DateValue?) -> Found {
        guard let published, let value = make(published) else { return unresolved(first, last, precision) }
        var resolution = "relative to publication (\(CalendarMath.format(day: published)))"
        if let note { resolution += ", \(note)" }
        return Found(first: first, last: last, value: value, precision: value.precision, resolution: resolution, relative: true)
    }

    /// A value that refers back to an earlier expression of the source ("that year", "the year-ago
    /// quarter"), or, with none, to the publication date.
    func anaphoric(_ first: Int, _ last: Int, _ precision: DatePrecision, note: String, _ make: (DateValue?, Int?) -> DateValue?) -> Found {
        guard let value = make(context.last, published) else { return unresolved(first, last, precision) }
        return Found(first: first, last: last, value: value, precision: value.precision,
                     resolution: "relative to the source's earlier dates, \(note)", relative: true, refersBack: true)
    }

    static func day(_ n: Int) -> DateValue {
        let d = CalendarMath.date(n)
        return .day(year: d.year, month: d.month, day: d.day)
    }

    func relativeDay(_ first: Int, _ last: Int, offset: Int) -> Found {
        relative(first, last, .day) { Self.day($0 + offset) }
    }

    /// The nearest such weekday in the direction of the clause: the day of publication itself when it is
    /// that weekday, unless `excludingToday` ("last Wednesday", "next Wednesday").
    func weekday(_ first: Int, _ last: Int, weekday: Int, future: Bool, excludingToday: Bool = false) -> Found {
        relative(first, last, .day, note: future ? "future tense: the next such day" : "past tense: the last such day") { p in
            let today = CalendarMath.weekday(p)
            var offset = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
            if offset == 0, excludingToday { offset = future ? 7 : -7 }
            return Self.day(p + offset)
        }
    }

    /// A month without a year: the nearest such month, unless it lies more than a month on the other
    /// side of publication than the clause points to ("in January" in a November report is the next one;
    /// "it fell in January" in that report the last one).
    func relativeMonth(_ first: Int, _ last: Int, month: Int, tense: Tense?) -> Found {
        relative(first, last, .month, note: "the nearest such month") { p in
            let d = CalendarMath.date(p)
            let now = d.year * 12 + d.month - 1
            let candidates = [d.year - 1, d.year, d.year + 1].map { (year: $0, distance: $0 * 12 + month - 1 - now) }
            var pick = candidates.min { abs($0.distance) < abs($1.distance) }!
            if tense == .past, pick.distance > 1 { pick = candidates.last { $0.distance <= 0 }! }
            if tense == .future, pick.distance < -1 { pick = candidates.first { $0.distance >= 0 }! }
            return .month(year: pick.year, month: month)
        }
    }

    /// "last December" is never this year's December, nor "last February" in March (that is "last month");
    /// "next March" never this year's past one; "this September" (shift 0) is the year of publication's.
    func namedMonth(_ first: Int, _ last: Int, month: Int, shift: Int) -> Found {
        relative(first, last, .month, note: shift < 0 ? "the last such month" : shift > 0 ? "the next such month" : "this year's") { p in
            let d = CalendarMath.date(p)
            var year = d.year
            if shift < 0, month >= d.month - 1 { year -= 1 }
            if shift > 0, month <= d.month { year += 1 }
            return .month(year: year, month: month)
        }
    }

    /// A day and month without a year: the nearest such day in the direction of the clause (the nearest
    /// at all with no tense).
    func dayWithoutYear(_ first: Int, _ last: Int, month: Int, day: Int, tense: Tense?) -> Found {
        relative(first, last, .day, note: "year of publication") { p in
            let y = CalendarMath.date(p).year
            let candidates = [y - 1, y, y + 1].filter { day <= SimpleDate.daysIn(month, of: $0) }
                .map { (year: $0, n: CalendarMath.dayNumber($0, month, day)) }
            // The nearest such day, unless it lies more than two months on the other side of publication than
            // the clause points to ("the Oct. 23 slaying" in a May report is last October's).
            guard var pick = candidates.min(by: { abs($0.n - p) < abs($1.n - p) }) else { return nil }
            if tense == .past, pick.n > p + 60, let earlier = candidates.last(where: { $0.n <= p }) { pick = earlier }
            if tense == .future, pick.n < p - 60, let later = candidates.first(where: { $0.n >= p }) { pick = later }
            return .day(year: pick.year, month: month, day: day)
        }
    }

    /// "last year", "next month", "this week", "two years ago", "earlier this month".
    func relativeUnit(_ first: Int, _ last: Int, unit: DatePrecision, shift: Int) -> Found? {
        switch unit {
        case .day, .week, .month, .quarter, .year, .decade, .century: break
        default: return nil
        }
        return relative(first, last, unit) { p in
            let d = CalendarMath.date(p)
            switch unit {
            case .day: return Self.day(p + shift)
            case .week:
                let w = CalendarMath.isoWeekParts(p + 7 * shift)
                return .week(year: w.year, week: w.week)
            case .month:
                let (y, m) = CalendarMath.addMonths(d.year, d.month, shift)
                return .month(year: y, month: m)
            case .quarter:
                let total = d.year * 4 + (d.month - 1) / 3 + shift
                return .quarter(year: total / 4, quarter: total % 4 + 1)
            case .year: return .year(d.year + shift)
            case .decade: return .decade(d.year / 10 + shift)
            case .century: return .century(d.year / 100 + shift)
            default: return nil
            }
        }
    }

    /// A quarter named without a year: of the publication year, or the year before when it has not begun
    /// yet and the clause is not in the future.
    func quarter(_ first: Int, _ last: Int, _ q: Int, tense: Tense?) -> Found {
        relative(first, last, .quarter, note: "year of publication") { p in
            let d = CalendarMath.date(p)
            let current = (d.month - 1) / 3 + 1
            return .quarter(year: q > current && tense != .future ? d.year - 1 : d.year, quarter: q)
        }
    }

    /// "the quarter", "the latest quarter": the quarter the source last named, else the last one that ended.
    func latestQuarter(_ first: Int, _ last: Int, current: Bool) -> Found {
        if let q = context.quarter, !current {
            return Found(first: first, last: last, value: q, precision: .quarter,
                         resolution: "the quarter named before in the source", relative: true, refersBack: true)
        }
        return relativeUnit(first, last, unit: .quarter, shift: current ? 0 : -1)!
    }

    /// "a year earlier", "the year-ago quarter": a year before the quarter the source last named (the year
    /// before, after results for several quarters), or the year before publication.
    func yearEarlier(_ first: Int, _ last: Int, quarter: Bool) -> Found {
        if context.yearly {
            let year = context.quarter?.year
            return relative(first, last, .year, note: "a year before the months named before in the source") { p in
                .year((year ?? CalendarMath.date(p).year) - 1)
            }
        }
        if let q = context.quarter {
            return Found(first: first, last: last, value: q.shiftedYears(-1), precision: q.precision,
                         resolution: "a year before the quarter named before in the source", relative: true, refersBack: true)
        }
        var f = relativeUnit(first, last, unit: quarter ? .quarter : .year, shift: quarter ? -4 : -1)!
        f.refersBack = true
        return f
    }

    /// A season without a year: this year's, or for a past clause the last one that began.
    func season(_ first: Int, _ last: Int, _ s: Season, shift: Int?, tense: Tense?) -> Found {
        relative(first, last, .season) { p in
            let d = CalendarMath.date(p)
            // Which season is on now, and the year it belongs to (winter starts in December).
            let thisYear = d.year
            let startThis = CalendarMath.dayNumber(thisYear, s.firstMonth, 1)
            let endThis = DateValue.season(year: thisYear, season: s).endDay!
            switch shift {
            case 0?: // this summer: the one of this year (winter: the one under way or to come)
                if s == .winter, d.month <= 2 { return .season(year: thisYear - 1, season: s) }
                return .season(year: thisYear, season: s)
            case .some(-2): // this past spring: the last one that ended
                return .season(year: endThis <= p ? thisYear : thisYear - 1, season: s)
            case let k? where k < 0: // last fall: last year's, unless this year's ended within three months
                return .season(year: endThis <= p && p - endThis < 92 ? thisYear : thisYear - 1, season: s)
            case let k? where k > 0:
                return .season(year: startThis > p ? thisYear : thisYear + 1, season: s)
            default:
                if tense == .future { return .season(year: startThis >= p || endThis > p ? thisYear : thisYear + 1, season: s) }
                if tense == .past, startThis > p { return .season(year: thisYear - 1, season: s) }
                return .season(year: thisYear, season: s)
            }
        }
    }

    /// "the weekend": the last one in a past clause, the coming one otherwise.
    func weekend(_ first: Int, _ last: Int, shift: Int?, future: Bool) -> Found {
        relative(first, last, .week) { p in
            let wd = CalendarMath.weekday(p)
            var saturday = p - wd + 5  // this ISO week's Saturday
            switch shift {
            case let k? where k < 0: saturday -= 7
            case let k? where k > 0: saturday += 7
            default: if !future, wd < 5 { saturday -= 7 }
            }
            let w = CalendarMath.isoWeekParts(saturday)
            return .weekend(year: w.year, week: w.week)
        }
    }
}
