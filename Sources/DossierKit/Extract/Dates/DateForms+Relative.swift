/// The matchers of expressions placed relative to the time of writing: days, weeks, months and years named
/// from now ("yesterday", "last week", "next Tuesday", "two years ago"), holidays and reference words.
extension DateScan {
    // MARK: relative to publication

    func relativeDayWord(_ i: Int) -> Found? {
        // "USA Today", "VOA Today": capitalized after a capitalized word inside a sentence, a title.
        if tokens[i].text == "Today", i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].isCapitalized { return nil }
        // "the people of tomorrow", "the world of today": an age, not a day.
        if lower(i - 1) == "of", lower(i - 2) != "as", i + 1 >= tokens.count || tokens[i + 1].kind == .punctuation, !tokens[i].possessive,
           ["today", "tomorrow"].contains(lowered[i]) { return nil }
        return switch lowered[i] {
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
        let lw = lowered[i]
        if ["earlier", "later"].contains(lw), lower(i + 1) == "this", let unit = unit(i + 2), lower(i + 2)?.hasSuffix("s") == false {
            return relativeUnit(i, i + 2, unit: unit, shift: 0)
        }
        // "over the past year": the year before the one of writing.
        if lw == "the", lower(i + 1) == "past", lower(i + 2) == "year", !tokens[i + 2].possessive {
            return relativeUnit(i, i + 2, unit: .year, shift: -1)
        }
        // ABC's "This Week": capitalized words inside a sentence name a title, not a time.
        if tokens[i].text == "This", i > 0, tokens[i - 1].sentence == tokens[i].sentence,
           let next = word(i + 1), next.first?.isUppercase == true { return nil }
        guard var direction = Self.directions[lw], i + 1 < tokens.count else { return nil }
        var k = i + 1
        if lw == "this", lower(k) == "coming" { direction = 1; k += 1 } else if lw == "this", lower(k) == "past" { direction = -1; k += 1 }
        // "In this Sept. 18, 2016 photo": the full date after "this" is what counts.
        if month(k) != nil, dayNumber(k + 1) != nil || year(k + 1) != nil { return nil }
        if let unit = unit(k), lower(k)?.hasSuffix("s") == false, let f = relativeUnit(i, k, unit: unit, shift: direction) { return f }
        if let wd = DateWords.weekdays[tokens[k].text] {
            // "last Wednesday" written on a Wednesday is a week ago, "next Wednesday" a week ahead.
            return weekday(i, k, weekday: wd, future: direction > 0 ? true : direction < 0 ? false : isFuture(i, k), excludingToday: direction != 0)
        }
        if let m = month(k) {
            // "this September" is the September of the year of publication, before or after it.
            return namedMonth(i, k, month: m, shift: direction)
        }
        return nil
    }

    static let dayShifts: [String: Int] = ["following": 1, "next": 1, "previous": -1, "same": 0]

    /// that day / that same day / earlier that day / the next day / the following morning / later in the
    /// day: the day the paragraph last named (shifted), or for "later in the day" the day of publication.
    func thatDay(_ i: Int) -> Found? {
        var k = i
        if lower(k) == "earlier" || lower(k) == "later" {
            k += 1
            // "later in the day": the day of the report when the paragraph named none.
            if lower(k) == "in", lower(k + 1) == "the", lower(k + 2) == "day", !tokens[k + 2].possessive {
                if case let .day(y, m, d)? = context.last {
                    return anaphoric(i, k + 2, .day, note: "the day named before") { _, _ in .day(year: y, month: m, day: d) }
                }
                return relativeDay(i, k + 2, offset: 0)
            }
        }
        var shift = 0
        if lower(k) == "that", lower(k + 1) == "same" { k += 1 }
        if lower(k) == "that" || lower(k) == "the" && lower(k + 1) == "same" {
            if lower(k) == "the" { k += 1 }
        } else if lower(k) == "the", k == i, let m = lower(k + 1), let s = Self.dayShifts[m], s != 0 {
            shift = s
            k += 1
        } else {
            return nil
        }
        guard let head = lower(k + 1), head == "day" || (head == "morning" && shift > 0), !tokens[k + 1].possessive,
              case let .day(y, m, d)? = context.last else { return nil }
        let n = CalendarMath.dayNumber(y, m, d) + shift
        return anaphoric(i, k + 1, .day, note: "the day named before") { _, _ in Self.day(n) }
    }

    /// "the day before last Tuesday", "the day after Oct. 5": a day before or after the date that follows.
    func dayBeforeOrAfter(_ i: Int) -> Found? {
        guard lower(i) == "the", lower(i + 1) == "day", let w = lower(i + 2), w == "before" || w == "after",
              i + 3 < tokens.count, mayStart(i + 3), let (_, f) = match(i + 3), !f.isTime, !f.isSpan else { return nil }
        guard case let .day(y, m, d)? = f.value else {
            return f.value == nil && f.precision == .day ? unresolved(i, f.last, .day) : nil
        }
        let n = CalendarMath.dayNumber(y, m, d) + (w == "before" ? -1 : 1)
        return Found(first: i, last: f.last, value: Self.day(n), precision: .day,
                     resolution: f.resolution + ", a day \(w)", relative: true)
    }

    /// "the previous Friday": the such weekday before the day the source last named (before the day of
    /// publication when it named none).
    func previousWeekday(_ i: Int) -> Found? {
        guard lower(i) == "the", let w = lower(i + 1), w == "previous" || w == "preceding",
              let wd = word(i + 2).flatMap({ DateWords.weekdays[$0] }) else { return nil }
        // "the preceding Saturday, August 17": the date says which; the weekday-and-date rule takes it.
        if weekdayDate(i + 2) != nil { return nil }
        guard case let .day(y, m, d)? = context.last else {
            return weekday(i, i + 2, weekday: wd, future: false, excludingToday: true)
        }
        let anchor = CalendarMath.dayNumber(y, m, d)
        let back = (CalendarMath.weekday(anchor) - wd + 7) % 7
        let n = anchor - (back == 0 ? 7 : back)
        return anaphoric(i, i + 2, .day, note: "the such day before the day named before") { _, _ in Self.day(n) }
    }

    /// the following year / the previous year / that year / later that year.
    func thatYear(_ i: Int) -> Found? {
        let w = lowered[i]
        var k = i
        var shift = 0
        if w == "earlier" || w == "later" { k += 1 }
        if lower(k) == "the", let m = lower(k + 1), ["following", "next", "previous", "same"].contains(m), lower(k + 2) == "year",
           m != "next" || !context.lastFromBlockBefore {
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
            if words == ["soon"], !isSoonAhead(i) { continue }
            return reference(i, last, value)
        }
        return nil
    }

    /// "soon" points past the time of writing only on its own and not beside a past verb: "as soon as
    /// trading opened", "soon after his capture", "he was soon released" and "that soon became a flood"
    /// tell how close two happenings were, not when.
    func isSoonAhead(_ i: Int) -> Bool {
        if lower(i - 1) == "as" || ["as", "after", "before", "thereafter", "afterward", "afterwards"].contains(lower(i + 1) ?? "") { return false }
        return !(i > 0 && tenseCue(at: i - 1) == .past) && !(i + 1 < tokens.count && tenseCue(at: i + 1) == .past)
    }

    func weekdayAlone(_ i: Int) -> Found? {
        guard let wd = DateWords.weekdays[tokens[i].text] else { return nil }
        // "each Thursday", "every Monday": a recurring day, no date.
        if let before = lower(i - 1), Self.recurring.contains(before) { return nil }
        // "get around Wednesday's ruling": a day named for what happened on it is one already reported,
        // whatever the tense of the clause.
        if tokens[i].possessive { return weekday(i, i, weekday: wd, future: false) }
        // A clock time just before belongs to the day ("until 9 a.m. Tuesday"): the words before it count.
        let lead = clockBefore.flatMap { $0.last == i - 1 ? $0.first : nil } ?? i
        // "until Tuesday", "as soon as Tuesday": a deadline ahead; a clause opened with it has its own
        // tense ("Until Thursday, they had not called him a suspect").
        let tense = tense(lead, i)
        let opensSentence = lead < 2 || tokens[lead - 2].sentence != tokens[lead - 1].sentence
        let deadline = (lower(lead - 1) == "until" && (!opensSentence || tense != .past)) || (lower(lead - 1) == "by" && tense != .past)
            || (lower(lead - 1) == "as" && lower(lead - 2) == "soon")
        return weekday(i, i, weekday: wd, future: deadline || tense == .future)
    }

    static let recurring: Set<String> = ["each", "every"]

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
            // "a Christmas tree": a holiday before a lower-case noun names a kind of thing ("found Thanksgiving
            // Day clinging to a tube": a verb in "-ing" is no such noun).
            if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].text.first?.isLowercase == true,
               !tokens[last + 1].text.hasSuffix("ing"),
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
        guard let before = lower(i - 1), ["by", "at", "since", "before", "until", "around", "after", "till", "through"].contains(before) else { return nil }
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].text.first?.isLowercase == true,
           !["and", "or", "when", "to", "the", "of"].contains(tokens[last + 1].text) { return nil }
        // "since year-end" counts from a point, the last day of the year before.
        if before == "since" { return relative(i, last, .day) { p in .day(year: CalendarMath.date(p).year - 1, month: 12, day: 31) } }
        return relativeUnit(i, last, unit: .year, shift: 0)
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
