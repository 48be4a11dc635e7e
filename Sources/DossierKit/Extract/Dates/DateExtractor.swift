/// Finds date expressions in news text and normalizes them to typed values (`DateValue`). Absolute forms
/// ("Sept. 18, 2016", "the 1990s", "fiscal 1990", "the 20th century") always resolve; relative ones ("on
/// Tuesday", "last fall", "the third quarter", "a year earlier") resolve against the publication date, or
/// stay unresolved when there is none; reference words ("now", "recently", "the future") take TimeML's
/// reference values. Clock times, dimensions, durations, ages and numbered things are never dates. What
/// each form is, with examples, is the table in DateRules.swift.
struct DateExtractor {
    /// Publication date as a day number, when known.
    var published: Int?
    /// What earlier expressions of the same source said, for the ones that refer back to them.
    var context = Context()

    struct Context {
        /// The last quarter (or half) named that had ended by publication or is told in the past (a fiscal
        /// quarter may end before its calendar one): "the year-ago quarter" is that quarter a year before. A
        /// quarter still to come ("will result in a fourth-quarter charge") is no such reference.
        var quarter: DateValue?
        /// The last quarter named at all, one taken from an earlier expression too ("the year-ago quarter"):
        /// what "that quarter" points back to.
        var namedQuarter: DateValue?
        /// Results for several quarters were named since ("for the nine months"): "a year earlier" and "the
        /// 1988 period" are then years.
        var yearly = false
        /// The last placed value of the source so far, not the start of a span ("since 1983"): "the
        /// following year", "that year".
        var last: DateValue?
        /// `last` was found in an earlier paragraph: "the next year" is then more often the one after
        /// publication ("closed over the next year") than the one after it.
        var lastFromBlockBefore = false
    }

    init(published: SimpleDate?) {
        self.published = published.map { CalendarMath.dayNumber($0.year, $0.month, $0.day) }
    }

    /// A found expression: token range and what it means. A clock time is found (so that its number is
    /// never read as a year) but not kept: `isTime`.
    struct Found {
        var first: Int
        var last: Int
        var value: DateValue?
        var precision: DatePrecision
        var resolution: String
        var relative: Bool
        var rule = ""
        var isTime = false
        /// The value was taken from an earlier expression ("the year-ago quarter"): it does not become the
        /// context of later ones.
        var refersBack = false
        /// A stretch of several quarters ("the nine months"): found, not kept, for the expressions after it.
        var isSpan = false
        /// A clock time's hour and minute, when it is one time (not a range).
        var clock: TimeOfDay?
    }

    /// The date expressions of one block, in order (with the clock times too when `times`). Call it on
    /// the blocks of one source in order: the context carries from one to the next.
    mutating func extract(_ tokens: [Token], times: Bool = false) -> [Found] {
        var out: [Found] = []
        var i = 0
        // The last clock time found, for a day right after it ("9 a.m. Tuesday").
        var clock: Found?
        // The last date of the paragraph before still anchors "the following month" or "that day" at the
        // start of this one (a story goes on across paragraphs).
        context.lastFromBlockBefore = true
        let s = DateScan(tokens: tokens, extractor: self)
        while i < tokens.count {
            // Most words can start no date expression: punctuation never, a lower-case word only when it
            // is one of the words a rule starts with (or a hyphenated compound such as "mid-2015").
            if !s.mayStart(i) {
                i += 1
                continue
            }
            s.context = context
            let previous = out.last { !$0.isTime && !$0.isSpan }
            s.previousEnd = previous?.last
            s.previousValue = previous?.value
            s.clockBefore = clock
            if let (rule, found) = s.match(i) {
                var f = found
                f.rule = rule
                if f.isTime || f.isSpan {
                    i = f.last + 1
                    if f.isTime { clock = f } else { context.yearly = true }
                    if times { out.append(f) }
                    continue
                }
                if let c = clock, s.refine(&f, clockBefore: c) {
                    if times { out.removeLast() }
                }
                clock = nil
                i = f.last + 1
                if let v = f.value, v.precision == .quarter { context.namedQuarter = v }
                if let v = f.value, v.isPlaced, !f.refersBack {
                    if f.first == 0 || !["since", "from"].contains(tokens[f.first - 1].text.lowercased()) { context.last = v; context.lastFromBlockBefore = false }
                    // The quarter of the results only moves forward: an earlier one named in passing ("after
                    // a flat second quarter" in a third-quarter report) is a comparison, not the new topic.
                    if v.precision == .quarter || v.precision == .half, s.hasEnded(v) || s.tense(f.first, f.last) == .past,
                       !(context.quarter.map { q in (v.firstDay ?? 0) < (q.firstDay ?? 0) } ?? false) {
                        context.quarter = v
                        context.yearly = false
                    }
                }
                out.append(f)
            } else {
                i += 1
            }
        }
        return out
    }
}

/// One pass of the rules over one block's tokens (a class: the rules share it, never copy it).
final class DateScan {
    let tokens: [Token]
    /// Each token's text in lower case, computed once: the rules ask for it many times.
    let lowered: [String]
    let extractor: DateExtractor
    var context = DateExtractor.Context()
    /// Last token of the previous expression found in the block.
    var previousEnd: Int?
    /// The value of that expression ("April 24 and 25": the month of the second day).
    var previousValue: DateValue?
    /// The last clock time found before `i`, if no date came after it.
    var clockBefore: DateExtractor.Found?

    init(tokens: [Token], extractor: DateExtractor) {
        self.tokens = tokens
        lowered = tokens.map { $0.text.lowercased() }
        self.extractor = extractor
    }

    var published: Int? { extractor.published }

    /// A value has ended by the day of publication (any value, when that day is unknown).
    func hasEnded(_ v: DateValue) -> Bool {
        guard let published, let end = v.endDay else { return true }
        return end <= published
    }

    /// Words (in lower case) a rule may start with; numbers are always tried.
    static let starters: Set<String> = {
        var s = Set(DateWords.seasons.keys).union(DateWords.ordinals.keys).union(DateWords.numberWords.keys)
            .union(DateWords.decadeWords.keys).union(DateWords.units.keys).union(DateWords.references.keys)
            .union(DateScan.parts).union(DateScan.quarterModifiers).union(DateScan.seasonShifts.keys)
            .union(DateScan.directions.keys).union(DateScan.halfOrdinals.keys).union(DateScan.vagueCounts)
        s.formUnion(["the", "a", "an", "one", "this", "that", "earlier", "later", "fiscal", "year", "today", "tonight",
                     "yesterday", "tomorrow", "coming", "past", "quarter", "period", "its", "their"])
        return s
    }()

    /// Months, weekdays and the first words of holidays, as written.
    static let capitalizedStarters: Set<String> = Set(DateWords.months.keys).union(DateWords.weekdays.keys)
        .union(DateWords.holidayFirstWords)

    func mayStart(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .punctuation: return false
        case .number: return true
        case .word:
            if Self.starters.contains(lowered[i]) || t.text.utf8.contains(UInt8(ascii: "-")) { return true }
            // A capitalized word: a month, a weekday, a holiday (one lookup for the three) or a quarter ("Q3").
            return Self.capitalizedStarters.contains(t.text)
                || (t.text.utf8.first == UInt8(ascii: "Q") && t.text.count == 2 && t.text.first == "Q")
        }
    }

    /// The first rule of the table that matches at token `i`.
    func match(_ i: Int) -> (String, DateExtractor.Found)? {
        // By index into the rules' matchers and names, not by copying each rule (its name, examples and
        // closure retained and released) for every token that may start a date.
        let forms = DateRules.forms
        for k in forms.indices {
            if let f = run(forms[k], i) { return (DateRules.names[k], f) }
        }
        return nil
    }

    /// What one rule's matcher finds at token `i`.
    func run(_ form: DateForm, _ i: Int) -> DateExtractor.Found? {
        switch form {
        case .clockTime: return clockTime(i)
        case .dimensions: return dimensions(i)
        case .isoDate: return isoDate(i)
        case .weekdayDate: return weekdayDate(i)
        case .weekOfDay: return weekOfDay(i)
        case .periodEndDay: return periodEndDay(i)
        case .secondDayOfPair: return secondDayOfPair(i)
        case .firstDayOfPair: return firstDayOfPair(i)
        case .monthFirst: return monthFirst(i)
        case .dayFirst: return dayFirst(i)
        case .partOfMonth: return partOfMonth(i)
        case .partOfYear: return partOfYear(i)
        case .halfYear: return halfYear(i)
        case .monthsToDate: return monthsToDate(i)
        case .quarterExpression: return quarterExpression(i)
        case .seasonExpression: return seasonExpression(i)
        case .yearEarlierExpression: return yearEarlierExpression(i)
        case .fiscalYear: return fiscalYear(i)
        case .centuryExpression: return centuryExpression(i)
        case .decadeExpression: return decadeExpression(i)
        case .spelledYear: return spelledYear(i)
        case .bareYear: return bareYear(i)
        case .holiday: return holiday(i)
        case .yearEnd: return yearEnd(i)
        case .relativeDayWord: return relativeDayWord(i)
        case .weekendExpression: return weekendExpression(i)
        case .lastThisNext: return lastThisNext(i)
        case .dayBeforeOrAfter: return dayBeforeOrAfter(i)
        case .previousWeekday: return previousWeekday(i)
        case .thatDay: return thatDay(i)
        case .thatYear: return thatYear(i)
        case .ago: return ago(i)
        case .referenceWords: return referenceWords(i)
        case .weekdayAlone: return weekdayAlone(i)
        case .monthAlone: return monthAlone(i)
        }
    }

    // MARK: tokens

    func word(_ i: Int) -> String? {
        i >= 0 && i < tokens.count ? tokens[i].text : nil
    }

    func lower(_ i: Int) -> String? {
        i >= 0 && i < lowered.count ? lowered[i] : nil
    }

    /// Two tokens touch when no space separates them (ISO dates, `mid-2015`).
    func adjacent(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tokens.count && tokens[a].end == tokens[b].start
    }

    func dayNumber(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        var s = tokens[i].text
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s.removeLast(2) }
        guard let n = Int(s), (1...31).contains(n) else { return nil }
        return n
    }

    func year(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        return Self.year(tokens[i].text, kind: tokens[i].kind)
    }

    static func year(_ text: String, kind: Token.Kind = .number) -> Int? {
        guard kind == .number, text.count == 4, let n = Int(text), (1000...2199).contains(n) else { return nil }
        return n
    }

    func month(_ i: Int) -> Int? {
        word(i).flatMap { DateWords.months[$0] }
    }

    /// `May` and `March` are also verbs and nouns: as a month they are followed by a day or a year, or
    /// follow a preposition or a part ("early March").
    func isMonthUse(_ i: Int) -> Bool {
        guard tokens[i].text == "May" || tokens[i].text == "March" else { return true }
        return dayNumber(i + 1) != nil || year(i + 1) != nil
    }

    func count(_ i: Int) -> Int? {
        guard let t = i < tokens.count && i >= 0 ? tokens[i] : nil else { return nil }
        if t.kind == .number, let n = Int(t.text), n > 0, n < 200 { return n }
        return DateWords.numberWords[lowered[i]]
    }

    func unit(_ i: Int) -> DatePrecision? {
        lower(i).flatMap { DateWords.units[$0] }
    }

    // MARK: tense

    enum Tense { case past, present, future }

    /// The tense of the words around a span: the nearest cue before it in the same sentence wins; with
    /// none before, the first one after; nil with none at all.
    func tense(_ first: Int, _ last: Int) -> Tense? {
        let sentence = tokens[first].sentence
        var k = first - 1
        while k >= 0, tokens[k].sentence == sentence {
            if tokens[k].text == "to", k > 0, DateWords.futureBeforeTo.contains(lowered[k - 1]) { return .future }
            if let cue = tenseCue(at: k) { return cue }
            k -= 1
        }
        k = last + 1
        while k < tokens.count, tokens[k].sentence == sentence {
            if DateWords.futureBeforeTo.contains(lowered[k]), lower(k + 1) == "to" { return .future }
            if let cue = tenseCue(at: k) { return cue }
            k += 1
        }
        return nil
    }

    /// The tense token `k` cues in its place, if any. A word is weighed with its neighbours: "next to" is a
    /// place; a participle after "be" ("would be held", "to be completed") or a determiner ("a still
    /// unspecified date") leaves the tense to the verb before it.
    func tenseCue(at k: Int) -> Tense? {
        let w = lowered[k]
        if w == "next", lower(k + 1) == "to" { return nil }
        guard let cue = Self.tenseCue(w, capitalized: tokens[k].text.first?.isUppercase == true) else { return nil }
        let before = lower(k - 1) ?? ""
        if cue == .past, DateScan.participleAuxiliaries.contains(before) { return nil }
        // "a still unspecified date", "the expanded program": a participle after a determiner describes a
        // noun; only a word the past-marker table names is a past verb there too.
        if cue == .past, !DateWords.pastMarkers.contains(w) {
            let det = DateWords.yearDeterminers
            if det.contains(before) || ((before == "still" || before.hasSuffix("ly")) && det.contains(lower(k - 2) ?? "")) { return nil }
        }
        return cue
    }

    /// Words after which a past participle is no past tense of its own.
    static let participleAuxiliaries: Set<String> = ["be", "being"]

    /// Future or not: with no cue at all, the past (news reports what happened).
    func isFuture(_ first: Int, _ last: Int) -> Bool {
        tense(first, last) == .future
    }

    /// The tense a word (in lower case) cues, if any.
    /// A capitalized word is never read for its ending ("United", "Ahmed" are names, not verbs), nor one in
    /// "-eed" ("succeed", "proceed", "need": no past either).
    static func tenseCue(_ w: String, capitalized: Bool = false) -> Tense? {
        if DateWords.futureMarkers.contains(w) || w.hasSuffix("’ll") || w.hasSuffix("'ll") { return .future }
        if DateWords.pastMarkers.contains(w) { return .past }
        if DateWords.presentMarkers.contains(w) { return .present }
        if !capitalized, w.count > 4, w.hasSuffix("ed"), !w.hasSuffix("eed"), w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) {
            return .past
        }
        return nil
    }
}
