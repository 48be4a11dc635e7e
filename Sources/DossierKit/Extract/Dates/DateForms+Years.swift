/// The matchers of years, decades and centuries, absolute or as parts ("mid-2015", "the early 1990s").
extension DateScan {
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
        // "for two thousand years": a count of them.
        if unit(last + 1) != nil || (lower(last + 1).map { DateWords.countNouns.contains($0) } ?? false) { return nil }
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
        // "his unsuccessful 1996 campaign", "the draft 1997 budget": one plain word between the determiner and
        // the year, unless it counts ("the remaining 1500 workers").
        if i >= 2, tokens[i - 1].kind == .word, before.first?.isLowercase == true, !before.utf8.contains(UInt8(ascii: "-")),
           DateWords.yearDeterminers.contains(lowered[i - 2]), !DateWords.countAdjectives.contains(before),
           DateWords.numberWords[before] == nil, i + 1 < tokens.count, tokens[i + 1].kind == .word,
           (1900...2099).contains(y(i)) { return true }
        return before == "'s" || before == "’s"
    }

    private func y(_ i: Int) -> Int { Int(tokens[i].text) ?? 0 }
}
