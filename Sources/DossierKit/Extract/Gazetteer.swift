import Foundation

// Fixed word lists used by the entity extractor: places, demonyms, titles, calendar words,
// sentence-start words, abbreviations, head words for organizations, documents, events and
// works, person cues, given names and name connectors.
//
// The lists are data files, one per table, under Resources/names/ (read once through DataTable).
// A line holds one entry, or for places and demonyms several names separated by `|`. Any entry
// written with a straight apostrophe (') is also added with a typographic one (’), and the other
// way round.

/// What kind of place a gazetteer entry names.
enum PlaceClass: String, Sendable { case country, city, region }

enum Gazetteer {
    /// Place names as written in English news → (class, canonical name). Alternative names are
    /// extra keys that map to the canonical one. When a name is listed twice the first listing
    /// wins (countries come before capitals, cities and regions).
    static let places: [String: (PlaceClass, String)] = GazetteerParser.places([(.country, nameTable("places-countries.txt")), (.city, nameTable("places-cities.txt")),
                                                                  (.region, nameTable("places-regions.txt"))])

    /// Demonyms and adjectives (singular, plural, adjective) → canonical place name, which is
    /// always a canonical name in `places`.
    static let demonyms: [String: String] = GazetteerParser.demonyms(nameTable("demonyms.txt"))

    /// Titles, honorifics and office words that precede a person's name and are not part of
    /// it, as token sequences (each token exactly as written, with its period).
    static let titles: [[String]] = GazetteerParser.tokenSequences(nameTable("titles.txt"))

    /// Weekday names and their news abbreviations.
    static let weekdays: Set<String> = GazetteerParser.set(nameTable("weekdays.txt"))

    /// Month names and their news abbreviations.
    static let months: Set<String> = GazetteerParser.set(nameTable("months.txt"))

    /// Capitalized words that start sentences or headlines but are not names on their own.
    static let commonCapitalized: Set<String> = GazetteerParser.set(nameTable("common-capitalized.txt"))

    /// Abbreviations ending with a period that do not end a sentence when a capitalized name
    /// follows: the explicit list, every title token ending in a period, and the weekday and
    /// month abbreviations. Contains every member of `abbreviationsThatMayEndSentence`.
    static let abbreviations: Set<String> = {
        var s = GazetteerParser.set(nameTable("abbreviations.txt"))
        s.formUnion(abbreviationsThatMayEndSentence)
        for title in titles {
            for token in title where token.count > 1 && token.hasSuffix(".") { s.insert(token) }
        }
        for word in weekdays.union(months) where word.hasSuffix(".") { s.insert(word) }
        return s
    }()

    /// Abbreviations that can also be the last word of a sentence ("… of Apple Inc.").
    static let abbreviationsThatMayEndSentence: Set<String> = GazetteerParser.set(nameTable("abbreviations-may-end-sentence.txt"))

    /// Last words that make a name an organization (one token each).
    static let organizationHeads: Set<String> = GazetteerParser.set(nameTable("organization-heads.txt"))

    /// First words of an organization name that are enough on their own ("Ministry of …").
    static let organizationStarts: Set<String> = GazetteerParser.set(nameTable("organization-starts.txt"))

    /// Last words that make a name a document.
    static let documentHeads: Set<String> = GazetteerParser.set(nameTable("document-heads.txt"))

    /// First words that make a name a document ("Resolution 2231", "Article 5").
    static let documentStarts: Set<String> = GazetteerParser.set(nameTable("document-starts.txt"))

    /// Last words that make a name an event.
    static let eventHeads: Set<String> = GazetteerParser.set(nameTable("event-heads.txt"))

    /// First words that make a name an event ("Operation …", "Battle of …").
    static let eventStarts: Set<String> = GazetteerParser.set(nameTable("event-starts.txt"))

    /// Lowercase nouns that, right before "called", "titled", "named" or a capitalized title,
    /// mark the following name as a creative or published work.
    static let workCues: Set<String> = GazetteerParser.set(nameTable("work-cues.txt"))

    /// Lowercase attribution and speech verbs that, next to a name, mark it as a person.
    static let speechVerbs: Set<String> = GazetteerParser.set(nameTable("speech-verbs.txt"))

    /// Lowercase role and kinship nouns that, next to a name, mark it as a person.
    static let personRoleNouns: Set<String> = GazetteerParser.set(nameTable("person-role-nouns.txt"))

    /// Common given names across cultures, used only as evidence that a two- or three-word
    /// name is a person.
    static let givenNames: Set<String> = GazetteerParser.set(nameTable("given-names.txt"))

    /// Lowercase connector words allowed inside a name between capitalized words.
    static let nameConnectors: Set<String> = GazetteerParser.set(nameTable("name-connectors.txt"))
}

// MARK: - Parsing

/// The lines of the table `Resources/names/<file>`.
func nameTable(_ file: String) -> [String] { DataTable.lines("names/" + file) }

enum GazetteerParser {
    /// The `|`-separated entries of a line, trimmed, empty ones dropped.
    static func entries(_ line: String) -> [String] {
        line.split(separator: "|", omittingEmptySubsequences: true)
            .map { SpaceTrimming.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// The entry itself plus its other-apostrophe spelling, if it has an apostrophe.
    static func variants(_ entry: String) -> [String] {
        var out = [entry]
        // An ASCII entry (most of them) is searched by byte, and cannot hold "’".
        let ascii = entry.isASCII
        if ascii ? entry.utf8.contains(UInt8(ascii: "'")) : entry.contains("'") {
            out.append(String(entry.map { $0 == "'" ? "’" : $0 }))
        } else if !ascii && entry.contains("’") {
            out.append(String(entry.map { $0 == "’" ? "'" : $0 }))
        }
        return out
    }

    static func set(_ lines: [String]) -> Set<String> {
        var s = Set<String>()
        for line in lines {
            for entry in entries(line) {
                for v in variants(entry) { s.insert(v) }
            }
        }
        return s
    }

    /// One table per class; the first entry of a line is the canonical name, the rest are alternative
    /// names. The first listing of a name wins, in the order the tables are given.
    static func places(_ tables: [(PlaceClass, [String])]) -> [String: (PlaceClass, String)] {
        var d = [String: (PlaceClass, String)]()
        for (cls, lines) in tables {
            for line in lines {
                let names = entries(line)
                guard let canonical = names.first else { continue }
                for name in names {
                    for v in variants(name) where d[v] == nil { d[v] = (cls, canonical) }
                }
            }
        }
        return d
    }

    /// Lines of `Canonical place|demonym|demonym…`.
    static func demonyms(_ lines: [String]) -> [String: String] {
        var d = [String: String]()
        for line in lines {
            let names = entries(line)
            guard names.count > 1 else { continue }
            for name in names.dropFirst() {
                for v in variants(name) where d[v] == nil { d[v] = names[0] }
            }
        }
        return d
    }

    /// Each entry split at spaces into tokens; duplicates dropped, order kept.
    static func tokenSequences(_ lines: [String]) -> [[String]] {
        var out: [[String]] = []
        var seen = Set<String>()
        for line in lines {
            for entry in entries(line) {
                for v in variants(entry) where !seen.contains(v) {
                    seen.insert(v)
                    out.append(v.split(separator: " ").map(String.init))
                }
            }
        }
        return out
    }
}
