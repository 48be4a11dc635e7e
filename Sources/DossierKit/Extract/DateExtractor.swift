/// Finds date expressions in news text and normalizes them. Absolute forms ("Sept. 18, 2016", "18
/// September 2016", "2016-09-18", "October 2020", "in 2015", "the 1990s", "mid-2015") always resolve;
/// relative ones ("on Tuesday", "yesterday", "last December", "two years ago", "earlier this month")
/// resolve against the publication date, or stay unresolved when there is none. Durations, ages and
/// numbered things ("five years", "aged 45", "Resolution 1747") are not dates.
struct DateExtractor {
    /// Publication date as a day number, when known.
    var published: Int?

    init(published: SimpleDate?) {
        self.published = published.map { CalendarMath.dayNumber($0.year, $0.month, $0.day) }
    }

    /// A found expression before its value is set: token range and what it means.
    struct Found {
        var first: Int
        var last: Int
        var value: String?
        var precision: DatePrecision
        var resolution: String
        var relative: Bool
    }

    static let monthNumbers: [String: Int] = {
        var m: [String: Int] = [:]
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        for (i, name) in names.enumerated() {
            m[name] = i + 1
            m[String(name.prefix(3)) + "."] = i + 1
        }
        m["Sept."] = 9
        m["Sep."] = 9
        for short in ["May", "June", "July"] { m[short + "."] = nil }
        return m
    }()

    static let weekdayNumbers: [String: Int] = [
        "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
        "Mon.": 0, "Tue.": 1, "Tues.": 1, "Wed.": 2, "Thu.": 3, "Thurs.": 3, "Fri.": 4, "Sat.": 5, "Sun.": 6,
    ]

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    ]

    /// Words before a bare year that make it a date: "in 2015", "since 2011", "by 2030".
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "between", "and", "to",
        "of", "early", "late", "around", "circa", "throughout", "until", "summer", "spring", "autumn", "fall", "winter",
    ]

    /// Words before a number that make it a name or a count, never a year.
    static let numberedThings: Set<String> = [
        "Resolution", "Resolutions", "Flight", "Route", "Article", "Articles", "No.", "Number", "Highway", "Room",
        "Section", "Chapter", "Act", "Bill", "Amendment", "Rule", "Paragraph", "Model", "Gate", "Level", "Platform",
    ]

    static let futureMarkers: Set<String> = [
        "will", "shall", "scheduled", "expected", "plans", "plan", "planned", "intends", "upcoming", "due",
        "would", "going", "next", "’ll", "'ll", "wo",
    ]
    /// "is to travel", "are set to meet": these before "to" point to the future.
    static let futureBeforeTo: Set<String> = ["is", "are", "am", "set", "due", "scheduled", "expected", "planned", "plans", "going", "poised"]
    /// Nouns after a number that make it a count or a measure, not a year.
    static let countNouns: Set<String> = [
        "points", "people", "meters", "metres", "km", "kilometers", "kilometres", "miles", "votes", "troops", "soldiers",
        "seats", "shares", "dollars", "euros", "pounds", "tons", "tonnes", "cases", "deaths", "residents", "protesters",
        "students", "words", "pages", "feet", "yards", "barrels", "units", "jobs", "times", "members", "workers", "m",
        "metre", "meter", "yard", "calories", "hours", "minutes", "seconds", "days", "weeks", "months", "years",
    ]
    static let pastMarkers: Set<String> = [
        "was", "were", "had", "did", "said", "told", "went", "came", "flew", "met", "left", "made", "took", "gave",
        "began", "ran", "won", "lost", "saw", "held", "sent", "spoke", "wrote", "became", "brought", "fell", "last",
    ]

    func extract(_ tokens: [Token], sentenceTense: (Int, Int) -> Bool) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < tokens.count {
            if let found = match(tokens, i, futureAt: sentenceTense) {
                out.append(found)
                i = found.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: matching

    func word(_ tokens: [Token], _ i: Int) -> String? {
        i >= 0 && i < tokens.count ? tokens[i].text : nil
    }

    func lower(_ tokens: [Token], _ i: Int) -> String? {
        word(tokens, i)?.lowercased()
    }

    static func dayNumber(_ t: Token) -> Int? {
        guard t.kind == .number else { return nil }
        var s = t.text
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s.removeLast(2) }
        guard let n = Int(s), (1...31).contains(n) else { return nil }
        return n
    }

    static func year(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.count == 4, let n = Int(t.text), (1000...2199).contains(n) else { return nil }
        return n
    }

    /// Two tokens touch when no space separates them (ISO dates, `mid-2015`).
    func adjacent(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        b < tokens.count && tokens[a].end == tokens[b].start
    }

    func match(_ tokens: [Token], _ i: Int, futureAt: (Int, Int) -> Bool) -> Found? {
        let t = tokens[i]
        // ISO: 2016-09-18
        if let y = Self.year(t), i + 4 < tokens.count, tokens[i + 1].text == "-", tokens[i + 3].text == "-",
           adjacent(tokens, i, i + 1), adjacent(tokens, i + 1, i + 2), adjacent(tokens, i + 2, i + 3), adjacent(tokens, i + 3, i + 4),
           let m = Int(tokens[i + 2].text), (1...12).contains(m), let d = Int(tokens[i + 4].text), (1...SimpleDate.daysIn(m, of: y)).contains(d) {
            return absolute(i, i + 4, CalendarMath.format(y, m, d), .day)
        }
        // Month first: Sept. 18, 2016 / September 18 / October 2020
        if let m = Self.monthNumbers[t.text], isMonthUse(tokens, i) {
            if i + 1 < tokens.count, let d = Self.dayNumber(tokens[i + 1]) {
                var k = i + 2
                if word(tokens, k) == "," { k += 1 }
                if k < tokens.count, let y = Self.year(tokens[k]), d <= SimpleDate.daysIn(m, of: y) {
                    return absolute(i, k, CalendarMath.format(y, m, d), .day)
                }
                return dayWithoutYear(i, i + 1, month: m, day: d, future: futureAt(i, i + 1))
            }
            if i + 1 < tokens.count, let y = Self.year(tokens[i + 1]) {
                return absolute(i, i + 1, CalendarMath.format(y, m), .month)
            }
        }
        // Day first: 18 September 2016 / 18 September
        if let d = Self.dayNumber(t), i + 1 < tokens.count, let m = Self.monthNumbers[tokens[i + 1].text] {
            if i + 2 < tokens.count, let y = Self.year(tokens[i + 2]), d <= SimpleDate.daysIn(m, of: y) {
                return absolute(i, i + 2, CalendarMath.format(y, m, d), .day)
            }
            if d <= SimpleDate.daysIn(m, of: 2000) {
                return dayWithoutYear(i, i + 1, month: m, day: d, future: futureAt(i, i + 1))
            }
        }
        let lw = t.text.lowercased()
        // mid-2015, early 2016, late 2019, the early 1990s
        if t.kind == .word, let dash = t.text.firstIndex(of: "-"), ["mid", "early", "late"].contains(lw[..<dash].lowercased()) {
            let rest = t.text[t.text.index(after: dash)...]
            if let y = Int(rest), rest.count == 4, (1000...2199).contains(y) { return absolute(i, i, String(y), .year) }
            if rest.hasSuffix("s"), let y = Int(rest.dropLast()), rest.count == 5, y % 10 == 0 { return absolute(i, i, String(y / 10), .decade) }
        }
        if ["early", "late", "mid"].contains(lw), i + 1 < tokens.count {
            if let y = Self.year(tokens[i + 1]) { return absolute(i, i + 1, String(y), .year) }
            if let decade = Self.decade(tokens[i + 1]) { return absolute(i, i + 1, decade, .decade) }
        }
        // Decades: the 1990s
        if let decade = Self.decade(t), lower(tokens, i - 1) == "the" || lower(tokens, i - 1) == "in" || i > 0 && tokens[i - 1].text == "'" {
            return absolute(i, i, decade, .decade)
        }
        // A year on its own, when the words around it make it one.
        if let y = Self.year(t), isYearUse(tokens, i) {
            return absolute(i, i, String(y), .year)
        }
        // Relative days.
        switch lw {
        case "today", "tonight": return relativeDay(i, i, offset: 0, label: lw)
        case "yesterday": return relativeDay(i, i, offset: -1, label: lw)
        case "tomorrow": return relativeDay(i, i, offset: 1, label: lw)
        default: break
        }
        // last/next/this + unit, weekday or month; earlier/later this + unit
        // "In this Sept. 18, 2016 photo": the full date after "this" is what counts.
        let fullDateFollows = i + 2 < tokens.count && Self.monthNumbers[tokens[i + 1].text] != nil
            && (Self.dayNumber(tokens[i + 2]) != nil || Self.year(tokens[i + 2]) != nil)
        if ["last", "next", "this", "past"].contains(lw), i + 1 < tokens.count, !fullDateFollows {
            let direction = lw == "next" ? 1 : lw == "this" ? 0 : -1
            let unit = tokens[i + 1].text
            if let found = relativeUnit(i, i + 1, unit: unit.lowercased(), shift: direction, phrase: "\(t.text) \(unit)") { return found }
            if let wd = Self.weekdayNumbers[unit], lw != "past" {
                return weekday(i, i + 1, weekday: wd, future: lw == "next" ? true : lw == "last" ? false : futureAt(i, i + 1))
            }
            if let m = Self.monthNumbers[unit], lw != "past" {
                return relativeMonth(i, i + 1, month: m, future: lw == "next" ? true : lw == "last" ? false : futureAt(i, i + 1))
            }
        }
        if ["earlier", "later"].contains(lw), lower(tokens, i + 1) == "this", i + 2 < tokens.count,
           let found = relativeUnit(i, i + 2, unit: tokens[i + 2].text.lowercased(), shift: 0, phrase: "\(t.text) this \(tokens[i + 2].text)") {
            return found
        }
        // N units ago
        if let n = Self.count(t), i + 2 < tokens.count, lower(tokens, i + 2) == "ago" {
            let unit = tokens[i + 1].text.lowercased()
            if let found = relativeUnit(i, i + 2, unit: unit, shift: -n, phrase: "\(t.text) \(tokens[i + 1].text) ago") { return found }
        }
        // A weekday on its own: tense decides direction.
        if let wd = Self.weekdayNumbers[t.text] {
            return weekday(i, i, weekday: wd, future: futureAt(i, i))
        }
        // A month on its own after a preposition: "in December", "since March".
        if let m = Self.monthNumbers[t.text], !t.text.hasSuffix("."), let before = lower(tokens, i - 1),
           ["in", "since", "by", "until", "during", "from", "through", "till"].contains(before) {
            return relativeMonth(i, i, month: m, future: futureAt(i, i))
        }
        return nil
    }

    static func decade(_ t: Token) -> String? {
        guard t.kind == .number, t.text.hasSuffix("s") else { return nil }
        let digits = t.text.dropLast()
        guard let n = Int(digits), n % 10 == 0 else { return nil }
        if digits.count == 4 { return String(n / 10) }
        if digits.count == 2 { return String(n >= 30 ? 190 + n / 10 : 200 + n / 10) }  // '90s, '20s
        return nil
    }

    static func count(_ t: Token) -> Int? {
        if t.kind == .number, let n = Int(t.text), n > 0, n < 200 { return n }
        return numberWords[t.text.lowercased()]
    }

    /// `May` and `March` are also verbs and nouns: as a month they are capitalized and followed by a day
    /// or a year, or preceded by a preposition.
    func isMonthUse(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].text == "May" || tokens[i].text == "March" else { return true }
        guard i + 1 < tokens.count else { return false }
        return Self.dayNumber(tokens[i + 1]) != nil || Self.year(tokens[i + 1]) != nil
    }

    func isYearUse(_ tokens: [Token], _ i: Int) -> Bool {
        if let after = word(tokens, i + 1), Self.countNouns.contains(after.lowercased()) { return false }
        if let before = word(tokens, i - 1) {
            if Self.numberedThings.contains(before) { return false }
            if before == "(" && word(tokens, i + 1) == ")" { return true }  // (2007)
            if before == "," && i >= 2 && Self.monthNumbers[tokens[i - 2].text] == nil && Self.dayNumber(tokens[i - 2]) == nil {
                // "…, 2015" after a place or a name is rarely a year of its own; after a month it was taken above.
                return false
            }
            if Self.yearPrepositions.contains(before.lowercased()) { return true }
            // "the 2016 Olympics", "the 2015 agreement"
            if before.lowercased() == "the", i + 1 < tokens.count, tokens[i + 1].kind == .word,
               let y = Int(tokens[i].text), (1900...2099).contains(y) { return true }
            if before == "'s" || before == "’s" { return true }
        }
        return false
    }

    // MARK: values

    func absolute(_ first: Int, _ last: Int, _ value: String, _ precision: DatePrecision) -> Found {
        Found(first: first, last: last, value: value, precision: precision, resolution: "absolute", relative: false)
    }

    func unresolved(_ first: Int, _ last: Int, _ precision: DatePrecision) -> Found {
        Found(first: first, last: last, value: nil, precision: precision,
              resolution: "relative; date of publication unknown", relative: true)
    }

    func relativeNote(_ extra: String? = nil) -> String {
        let base = "relative to publication (\(CalendarMath.format(day: published!)))"
        return extra.map { "\(base), \($0)" } ?? base
    }

    func relativeDay(_ first: Int, _ last: Int, offset: Int, label: String) -> Found {
        guard let published else { return unresolved(first, last, .day) }
        return Found(first: first, last: last, value: CalendarMath.format(day: published + offset), precision: .day,
                     resolution: relativeNote(), relative: true)
    }

    func weekday(_ first: Int, _ last: Int, weekday: Int, future: Bool) -> Found {
        guard let published else { return unresolved(first, last, .day) }
        let today = CalendarMath.weekday(published)
        let offset = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
        return Found(first: first, last: last, value: CalendarMath.format(day: published + offset), precision: .day,
                     resolution: relativeNote(future ? "future tense: the next such day" : "past tense: the last such day"), relative: true)
    }

    func relativeMonth(_ first: Int, _ last: Int, month: Int, future: Bool) -> Found {
        guard let published else { return unresolved(first, last, .month) }
        let p = CalendarMath.date(published)
        var year = p.year
        if future { if month <= p.month { year += 1 } } else if month >= p.month { year -= 1 }
        return Found(first: first, last: last, value: CalendarMath.format(year, month), precision: .month,
                     resolution: relativeNote(future ? "the next such month" : "the last such month"), relative: true)
    }

    func dayWithoutYear(_ first: Int, _ last: Int, month: Int, day: Int, future: Bool) -> Found {
        guard let published else { return unresolved(first, last, .day) }
        let p = CalendarMath.date(published)
        var year = p.year
        let candidate = CalendarMath.dayNumber(year, month, min(day, SimpleDate.daysIn(month, of: year)))
        // The nearest such date in the direction the sentence points, within half a year.
        if !future, candidate > published + 183 { year -= 1 }
        if future, candidate < published - 183 { year += 1 }
        guard day <= SimpleDate.daysIn(month, of: year) else { return unresolved(first, last, .day) }
        return Found(first: first, last: last, value: CalendarMath.format(year, month, day), precision: .day,
                     resolution: relativeNote("year of publication"), relative: true)
    }

    /// "last year", "next month", "this week", "two years ago", "earlier this month".
    func relativeUnit(_ first: Int, _ last: Int, unit: String, shift: Int, phrase: String) -> Found? {
        let precision: DatePrecision
        switch unit {
        case "day", "days": precision = .day
        case "week", "weeks": precision = .week
        case "month", "months": precision = .month
        case "year", "years": precision = .year
        case "decade", "decades": precision = .decade
        default: return nil
        }
        guard let published else { return unresolved(first, last, precision) }
        let p = CalendarMath.date(published)
        let value: String
        switch precision {
        case .day: value = CalendarMath.format(day: published + shift)
        case .week: value = CalendarMath.isoWeek(published + 7 * shift)
        case .month:
            let (y, m) = CalendarMath.addMonths(p.year, p.month, shift)
            value = CalendarMath.format(y, m)
        case .year: value = String(p.year + shift)
        case .decade: value = String(p.year / 10 + shift)
        }
        return Found(first: first, last: last, value: value, precision: precision, resolution: relativeNote(), relative: true)
    }

    // MARK: tense

    /// Whether the words around a span point to the future: the nearest tense cue before it in the same
    /// sentence wins; with none before, the first one after; with none at all, the past (news reports).
    static func isFuture(_ tokens: [Token], first: Int, last: Int) -> Bool {
        let sentence = tokens[first].sentence
        var k = first - 1
        while k >= 0, tokens[k].sentence == sentence {
            if tokens[k].text == "to", k > 0, futureBeforeTo.contains(tokens[k - 1].text.lowercased()) { return true }
            if let cue = tenseCue(tokens[k].text) { return cue }
            k -= 1
        }
        k = last + 1
        while k < tokens.count, tokens[k].sentence == sentence {
            if let cue = tenseCue(tokens[k].text) { return cue }
            k += 1
        }
        return false
    }

    static func tenseCue(_ word: String) -> Bool? {
        let w = word.lowercased()
        if futureMarkers.contains(w) || w.hasSuffix("’ll") || w.hasSuffix("'ll") { return true }
        if pastMarkers.contains(w) { return false }
        if w.count > 4, w.hasSuffix("ed"), w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { return false }
        return nil
    }
}
