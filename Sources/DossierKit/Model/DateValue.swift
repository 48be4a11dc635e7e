/// How exact a date is, coarsest first (the order events of one start sort in).
public enum DatePrecision: String, Sendable, Comparable, CaseIterable {
    case reference, century, decade, year, half, quarter, season, month, week, day

    public static func < (a: DatePrecision, b: DatePrecision) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The seasons as TimeML writes them (`1998-SU`).
public enum Season: String, Sendable, CaseIterable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

    /// First month: spring March–May, summer June–August, fall September–November, winter December of the
    /// year to February of the next (northern meteorological seasons, as news of these corpora means them).
    var firstMonth: Int {
        switch self {
        case .spring: 3
        case .summer: 6
        case .fall: 9
        case .winter: 12
        }
    }

    var name: String {
        switch self {
        case .spring: "spring"
        case .summer: "summer"
        case .fall: "autumn"
        case .winter: "winter"
        }
    }
}

/// When in a day something happened: a clock time ("9 a.m. Tuesday"), 24-hour; `hour` 24 is midnight at
/// the end of the day.
public struct TimeOfDay: Sendable, Hashable {
    public var hour: Int
    public var minute: Int
}

/// The TimeML reference values: a time that is only "now", "before now" or "after now".
public enum DateReference: String, Sendable, CaseIterable {
    case present = "PRESENT_REF", past = "PAST_REF", future = "FUTURE_REF"
}

/// A normalized date: what a date expression means, at the precision it was written with. Its TimeML
/// form, the label people read, and the stretch of days it covers are computed here and nowhere else.
public enum DateValue: Sendable, Hashable {
    case day(year: Int, month: Int, day: Int)
    /// A day with the time of day it was written with: still a day on the timeline.
    case dayTime(year: Int, month: Int, day: Int, time: TimeOfDay)
    /// ISO 8601 week.
    case week(year: Int, week: Int)
    /// The Saturday and Sunday of an ISO week.
    case weekend(year: Int, week: Int)
    case month(year: Int, month: Int)
    case season(year: Int, season: Season)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case year(Int)
    /// `199` = the 1990s.
    case decade(Int)
    /// `19` = the 1900s, the 20th century.
    case century(Int)
    case reference(DateReference)

    public var precision: DatePrecision {
        switch self {
        case .day, .dayTime: .day
        case .week, .weekend: .week
        case .month: .month
        case .season: .season
        case .quarter: .quarter
        case .half: .half
        case .year: .year
        case .decade: .decade
        case .century: .century
        case .reference: .reference
        }
    }

    /// A reference value has no place in time: it is kept with its expression but is no timeline event.
    public var isPlaced: Bool {
        if case .reference = self { return false }
        return true
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// TimeML `value`: `2016-09-18`, `2017-W15`, `1998-W12-WE`, `2020-10`, `1998-SU`, `1998-Q3`, `1990-H1`,
    /// `2015`, `199`, `19`, `PRESENT_REF`.
    public var timeML: String {
        switch self {
        case let .day(y, m, d): "\(Self.pad(y, 4))-\(Self.pad(m, 2))-\(Self.pad(d, 2))"
        case let .dayTime(y, m, d, t): "\(DateValue.day(year: y, month: m, day: d).timeML)T\(Self.pad(t.hour, 2)):\(Self.pad(t.minute, 2))"
        case let .week(y, w): "\(Self.pad(y, 4))-W\(Self.pad(w, 2))"
        case let .weekend(y, w): "\(Self.pad(y, 4))-W\(Self.pad(w, 2))-WE"
        case let .month(y, m): "\(Self.pad(y, 4))-\(Self.pad(m, 2))"
        case let .season(y, s): "\(Self.pad(y, 4))-\(s.rawValue)"
        case let .quarter(y, q): "\(Self.pad(y, 4))-Q\(q)"
        case let .half(y, h): "\(Self.pad(y, 4))-H\(h)"
        case let .year(y): Self.pad(y, 4)
        case let .decade(d): Self.pad(d, 3)
        case let .century(c): Self.pad(c, 2)
        case let .reference(r): r.rawValue
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let ordinalNames = ["first", "second", "third", "fourth"]

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }

    /// "18 September 2016", "October 2020", "summer 1998", "third quarter of 1998", "the 1990s": never more
    /// exact than known, unambiguous in every English locale.
    public var label: String {
        switch self {
        case let .day(y, m, d): "\(d) \(Self.monthNames[m - 1]) \(y)"
        case let .dayTime(y, m, d, t): "\(d) \(Self.monthNames[m - 1]) \(y), \(Self.pad(t.hour, 2)):\(Self.pad(t.minute, 2))"
        case let .week(y, w): "week \(w) of \(y)"
        case let .weekend(y, w): "the weekend of week \(w) of \(y)"
        case let .month(y, m): "\(Self.monthNames[m - 1]) \(y)"
        case let .season(y, s): "\(s.name) \(y)"
        case let .quarter(y, q): "\(Self.ordinalNames[q - 1]) quarter of \(y)"
        case let .half(y, h): "\(h == 1 ? "first" : "second") half of \(y)"
        case let .year(y): String(y)
        case let .decade(d): "the \(d)0s"
        case let .century(c): "the \(Self.ordinal(c + 1)) century"
        case .reference(.present): "the present"
        case .reference(.past): "the past"
        case .reference(.future): "the future"
        }
    }

    /// First day covered, as a day number (CalendarMath); nil for a reference.
    public var firstDay: Int? {
        switch self {
        case let .day(y, m, d), let .dayTime(y, m, d, _): return CalendarMath.dayNumber(y, m, d)
        case let .week(y, w): return CalendarMath.isoWeekMonday(y, w)
        case let .weekend(y, w): return CalendarMath.isoWeekMonday(y, w) + 5
        case let .month(y, m): return CalendarMath.dayNumber(y, m, 1)
        case let .season(y, s): return CalendarMath.dayNumber(y, s.firstMonth, 1)
        case let .quarter(y, q): return CalendarMath.dayNumber(y, 3 * q - 2, 1)
        case let .half(y, h): return CalendarMath.dayNumber(y, 6 * h - 5, 1)
        case let .year(y): return CalendarMath.dayNumber(y, 1, 1)
        case let .decade(d): return CalendarMath.dayNumber(d * 10, 1, 1)
        case let .century(c): return CalendarMath.dayNumber(c * 100, 1, 1)
        case .reference: return nil
        }
    }

    /// The day after the last day covered.
    public var endDay: Int? {
        switch self {
        case let .day(y, m, d), let .dayTime(y, m, d, _): return CalendarMath.dayNumber(y, m, d) + 1
        case let .week(y, w): return CalendarMath.isoWeekMonday(y, w) + 7
        case let .weekend(y, w): return CalendarMath.isoWeekMonday(y, w) + 7
        case let .month(y, m):
            let (ny, nm) = CalendarMath.addMonths(y, m, 1)
            return CalendarMath.dayNumber(ny, nm, 1)
        case let .season(y, s):
            let (ny, nm) = CalendarMath.addMonths(y, s.firstMonth, 3)
            return CalendarMath.dayNumber(ny, nm, 1)
        case let .quarter(y, q):
            let (ny, nm) = CalendarMath.addMonths(y, 3 * q - 2, 3)
            return CalendarMath.dayNumber(ny, nm, 1)
        case let .half(y, h):
            let (ny, nm) = CalendarMath.addMonths(y, 6 * h - 5, 6)
            return CalendarMath.dayNumber(ny, nm, 1)
        case let .year(y): return CalendarMath.dayNumber(y + 1, 1, 1)
        case let .decade(d): return CalendarMath.dayNumber(d * 10 + 10, 1, 1)
        case let .century(c): return CalendarMath.dayNumber(c * 100 + 100, 1, 1)
        case .reference: return nil
        }
    }

    /// [year, month, day] of the first day.
    public var start: SimpleDate? {
        guard let n = firstDay else { return nil }
        let d = CalendarMath.date(n)
        return SimpleDate(year: d.year, month: d.month, day: d.day)
    }

    /// The part of a timeline a value is shown in: its year (`2015`), or for coarser values its decade
    /// (`1990s`) or century (`20th-century`); nil for a reference.
    public var period: (key: String, label: String)? {
        switch self {
        case .reference: return nil
        case let .decade(d): return ("\(d)0s", "\(d)0s")
        case let .century(c): return ("\(Self.ordinal(c + 1))-century", "\(Self.ordinal(c + 1)) century")
        default:
            let y = String(start!.year)
            return (y, y)
        }
    }

    /// `<time datetime>` accepts days, months, years, weeks and a day's clock time; the other values have
    /// no such form (midnight at the end of a day is given as the day).
    public var datetime: String? {
        switch self {
        case .day, .week, .month, .year: timeML
        case let .dayTime(_, _, _, t) where t.hour < 24: timeML
        case let .dayTime(y, m, d, _): DateValue.day(year: y, month: m, day: d).timeML
        default: nil
        }
    }

    /// The same kind of value a number of years earlier or later ("a year earlier" than a quarter).
    func shiftedYears(_ k: Int) -> DateValue {
        switch self {
        case let .day(y, m, d): .day(year: y + k, month: m, day: min(d, SimpleDate.daysIn(m, of: y + k)))
        case let .dayTime(y, m, d, t): .dayTime(year: y + k, month: m, day: min(d, SimpleDate.daysIn(m, of: y + k)), time: t)
        case let .week(y, w): .week(year: y + k, week: min(w, 52))
        case let .weekend(y, w): .weekend(year: y + k, week: min(w, 52))
        case let .month(y, m): .month(year: y + k, month: m)
        case let .season(y, s): .season(year: y + k, season: s)
        case let .quarter(y, q): .quarter(year: y + k, quarter: q)
        case let .half(y, h): .half(year: y + k, half: h)
        case let .year(y): .year(y + k)
        case .decade, .century, .reference: self
        }
    }

    /// A day refined by the time of day written beside it; nil for any other value.
    func at(_ time: TimeOfDay) -> DateValue? {
        if case let .day(y, m, d) = self { return .dayTime(year: y, month: m, day: d, time: time) }
        return nil
    }

    /// The year a value lies in, when it lies in one.
    var year: Int? {
        switch self {
        case let .day(y, _, _), let .dayTime(y, _, _, _), let .week(y, _), let .weekend(y, _), let .month(y, _), let .season(y, _),
             let .quarter(y, _), let .half(y, _), let .year(y): y
        case .decade, .century, .reference: nil
        }
    }
}
