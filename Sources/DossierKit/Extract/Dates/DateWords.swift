import Foundation

/// The calendar words the date rules read, each table a data file under `Resources/dates/` loaded once.
enum DateWords {
    /// "September", "Sept." → 9.
    static let months: [String: Int] = numbers("dates/months.tsv")
    /// "Tuesday", "Tues." → 1 (Monday is 0, ISO order).
    static let weekdays: [String: Int] = {
        let names = DataTable.lines("common/weekdays.txt")
        var m: [String: Int] = [:]
        for (i, name) in names.enumerated() { m[name] = i }
        for (short, full) in pairs("dates/weekday-abbreviations.tsv") { m[short] = m[full] }
        return m
    }()
    static let seasons: [String: Season] = pairs("dates/seasons.tsv").reduce(into: [:]) { $0[$1.0] = Season(rawValue: $1.1) }
    static let ordinals: [String: Int] = numbers("dates/ordinals.tsv")
    static let numberWords: [String: Int] = numbers("dates/number-words.tsv")
    static let decadeWords: [String: Int] = numbers("dates/decade-words.tsv")
    static let units: [String: DatePrecision] = pairs("dates/units.tsv").reduce(into: [:]) { $0[$1.0] = DatePrecision(rawValue: $1.1) }
    /// Reference phrases by their first word, longest first.
    static let references: [String: [(words: [String], value: DateReference)]] = {
        var m: [String: [(words: [String], value: DateReference)]] = [:]
        for (phrase, code) in pairs("dates/references.tsv") {
            let words = phrase.split(separator: " ").map(String.init)
            m[words[0], default: []].append((words, DateReference(rawValue: code)!))
        }
        // Longest first, then by the words themselves: one order whatever the table's.
        return m.mapValues { $0.sorted { ($0.words.count, $1.words.joined(separator: " ")) > ($1.words.count, $0.words.joined(separator: " ")) } }
    }()
    /// A holiday's words and when it falls in a year: month, day, and the weekday after that day, if any.
    static let holidays: [(words: [String], month: Int, day: Int, weekday: Int?)] = pairs("dates/holidays.tsv").map { name, rule in
        let words = name.split(separator: " ").map(String.init)
        let parts = rule.split(separator: " ").map(String.init)
        let md = parts.last!.split(separator: "-").compactMap { Int($0) }
        return (words, md[0], md[1], parts.count == 3 ? weekdays[parts[0]] : nil)
    }.sorted { ($0.words.count, $1.words.joined(separator: " ")) > ($1.words.count, $0.words.joined(separator: " ")) }
    static let holidayFirstWords = Set(holidays.map { $0.words[0] })
    static let timeZones = set("dates/time-zones.txt")
    static let clockWords = set("dates/clock-words.txt")
    static let countNouns = set("dates/count-nouns.txt")
    static let countAdjectives = set("dates/count-adjectives.txt")
    static let numberedThings = set("dates/numbered-things.txt")
    static let yearPrepositions = set("dates/year-prepositions.txt")
    static let yearDeterminers = set("dates/year-determiners.txt")
    static let futureMarkers = set("dates/future-markers.txt")
    static let futureBeforeTo = set("dates/future-before-to.txt")
    static let pastMarkers = set("dates/past-markers.txt")
    static let presentMarkers = set("dates/present-markers.txt")

    static func set(_ name: String) -> Set<String> { Set(DataTable.lines(name)) }

    /// Lines of `key<TAB>value`.
    static func pairs(_ name: String) -> [(String, String)] {
        DataTable.lines(name).map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map { SpaceTrimming.trimmed($0) }
            precondition(parts.count == 2, "dossier's data table \(name): '\(line)' is not key<TAB>value")
            return (parts[0], parts[1])
        }
    }

    static func numbers(_ name: String) -> [String: Int] {
        pairs(name).reduce(into: [:]) { $0[$1.0] = Int($1.1)! }
    }
}
