/// Proleptic Gregorian calendar arithmetic on plain integers: deterministic, no time zones, no Foundation.
enum CalendarMath {
    /// Days since 1970-01-01 (the civil-from-days algorithm; exact for all Gregorian dates).
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y2 = m <= 2 ? y - 1 : y
        let era = (y2 >= 0 ? y2 : y2 - 399) / 400
        let yoe = y2 - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func date(_ n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Monday … 6 = Sunday.
    static func weekday(_ n: Int) -> Int {
        ((n % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday
    }

    /// ISO 8601 week: `2017-W15`.
    static func isoWeek(_ n: Int) -> String {
        let thursday = n - weekday(n) + 3
        let year = date(thursday).year
        let week = (thursday - dayNumber(year, 1, 1)) / 7 + 1
        return "\(year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// Day number of the Monday of ISO week `w` of `y`.
    static func isoWeekMonday(_ y: Int, _ w: Int) -> Int {
        let jan4 = dayNumber(y, 1, 4)
        return jan4 - weekday(jan4) + (w - 1) * 7
    }

    /// ISO week of a day as (year, week).
    static func isoWeekParts(_ n: Int) -> (year: Int, week: Int) {
        let thursday = n - weekday(n) + 3
        let year = date(thursday).year
        return (year, (thursday - dayNumber(year, 1, 1)) / 7 + 1)
    }

    static func format(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var s = String(format: "%04d", y)
        if let m { s += "-" + two(m) }
        if let d { s += "-" + two(d) }
        return s
    }

    static func format(day n: Int) -> String {
        let d = date(n)
        return format(d.year, d.month, d.day)
    }

    /// Adds months to a year and month.
    static func addMonths(_ y: Int, _ m: Int, _ k: Int) -> (Int, Int) {
        let total = y * 12 + (m - 1) + k
        return (total / 12, total % 12 + 1)
    }
}

import Foundation
