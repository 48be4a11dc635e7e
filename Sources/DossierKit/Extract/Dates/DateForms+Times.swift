/// The matchers that find what only looks like a date (clock times, sizes), so that its numbers are never
/// read as years. The rules are in DateRules.swift.
extension DateScan {
    // MARK: not dates

    /// The last token of a clock time starting at `i`: `10:30`, `10 a.m.`, `3pm`, `1200 GMT`, `0900 local time`.
    func clockEnd(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        let text = tokens[i].text
        var last: Int
        if text.utf8.contains(UInt8(ascii: ":")) {
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
        if let end = clockEnd(i) {
            var f = time(i, end)
            f.clock = clockValue(i, end)
            return f
        }
        // A range: "from 1130 to 1215 GMT", "between 10 and 11 a.m.".
        if let n = Int(t.text), n < 2400, let link = lower(i + 1), ["to", "and", "-", "–", "until"].contains(link),
           let end = clockEnd(i + 2), t.text.count == tokens[i + 2].text.count || t.text.count <= 2 {
            return time(i, end)
        }
        return nil
    }

    /// The hour and minute of the clock time from `i` to `end`, on a 24-hour clock: `10:30`, `9 a.m.`, `3pm`,
    /// `1200 GMT`, `7:15 p.m.`.
    func clockValue(_ i: Int, _ end: Int) -> TimeOfDay? {
        let text = lowered[i]
        var hour: Int, minute = 0
        if text.utf8.contains(UInt8(ascii: ":")) {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1].prefix(2)) else { return nil }
            (hour, minute) = (h, m)
        } else if text.count == 4, let n = Int(text) {
            (hour, minute) = (n / 100, n % 100)
        } else if let h = Int(text.filter(\.isNumber)) {
            hour = h
        } else {
            return nil
        }
        // "p.m." as one token, as `p . m .`, or glued to the number ("3pm").
        let words = (i...end).map { lowered[$0] }
        let pm = text.hasSuffix("pm") || words.contains { $0 == "p.m." || $0 == "pm" || $0 == "p" }
        let am = text.hasSuffix("am") || words.contains { $0 == "a.m." || $0 == "am" || $0 == "a" }
        if pm, hour < 12 { hour += 12 }
        if am, hour == 12 { hour = 0 }
        guard hour <= 24, minute < 60 else { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }

    /// `2048 x 1080`: a size, not two years.
    func dimensions(_ i: Int) -> Found? {
        guard tokens[i].kind == .number, let x = word(i + 1), ["x", "X", "×", "*"].contains(x),
              i + 2 < tokens.count, tokens[i + 2].kind == .number else { return nil }
        return time(i, i + 2)
    }
}

/// A clock time written with a day refines it ("9 a.m. Tuesday"): the day keeps its place on the timeline
/// and its TimeML value gains the time (`2000-04-04T09:00`). A part of a day ("Wednesday night") does not:
/// annotated news gives such a day as the day itself twice as often as with the part.
extension DateScan {
    /// A day right after a clock time, or after it and "on" or a comma, takes the clock time and its span.
    func refine(_ f: inout Found, clockBefore c: Found) -> Bool {
        guard let time = c.clock, f.precision == .day, f.first > c.last else { return false }
        let gap = f.first - c.last
        guard gap == 1 || (gap == 2 && ["on", ","].contains(lowered[c.last + 1])) else { return false }
        f.first = c.first
        if let v = f.value?.at(time) { f.value = v }
        return true
    }

}
