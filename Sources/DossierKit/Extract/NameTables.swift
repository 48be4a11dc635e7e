// General knowledge the extractor needs beyond the gazetteer's word lists: well-known institutions that
// no head word gives away, words that end place names, sports-club words and party abbreviations.
// Each is a table under Resources/names/, read once.

extension Gazetteer {
    /// Institutions named without a head word: parties, seats of government used for the government,
    /// news agencies and broadcasters. Names only; the extractor still has to find them in the text.
    static let knownOrganizations: Set<String> = GazetteerParser.set(nameTable("known-organizations.txt"))

    /// Last words that make a name an event beyond the gazetteer's: prizes and awards are held, won and given.
    static let extraEventHeads: Set<String> = GazetteerParser.set(nameTable("event-heads-awards.txt"))

    /// First words of organization names beyond the gazetteer's.
    static let extraOrganizationStarts: Set<String> = GazetteerParser.set(nameTable("organization-starts-weak.txt"))

    /// Last words of place names: streets, buildings, landscape.
    static let placeHeads: Set<String> = GazetteerParser.set(nameTable("place-heads.txt"))

    /// First words of place names: River Thames, Lake Geneva, Mount Everest, Port Said.
    static let placeStarts: Set<String> = GazetteerParser.set(nameTable("place-starts.txt"))

    /// Words of football and sports club names after a place: Manchester United, Aston Villa, Real Madrid.
    static let clubWords: Set<String> = GazetteerParser.set(nameTable("club-words.txt"))

    /// Party abbreviations after a lawmaker's name: "(Lab, Slough)", "(Con)".
    static let partyAbbreviations: Set<String> = GazetteerParser.set(nameTable("party-abbreviations.txt"))

    /// Words that end company names in lower or mixed case: J Sainsbury plc, Bavarian Nordic A/S.
    static let companySuffixes: Set<String> = GazetteerParser.set(nameTable("company-suffixes.txt"))

    /// Speech verbs that institutions use as much as people ("Reuters reported"): not evidence of a person.
    static let institutionalVerbs: Set<String> = GazetteerParser.set(nameTable("institutional-verbs.txt"))

    /// Religions, peoples and political persuasions (group word → the group), beyond the nationalities of
    /// `demonyms`. They name a group when they stand alone and are never cut off the front of a longer name.
    static let groups: [String: String] = GazetteerParser.demonyms(nameTable("groups.txt"))

    /// Time zone abbreviations: never names.
    static let timeZones: Set<String> = GazetteerParser.set(nameTable("time-zones.txt"))

    /// The place a name is, as written or, for a name written in capitals ("NEW YORK"), in title case.
    static func place(_ name: String) -> (PlaceClass, String)? {
        if let found = places[name] { return found }
        guard let titled = titleCased(name) else { return nil }
        return places[titled]
    }

    /// The place or group a nationality, people or persuasion word belongs to, as written or in title case.
    static func people(_ name: String) -> String? {
        if let found = demonyms[name] ?? groups[name] { return found }
        guard let titled = titleCased(name) else { return nil }
        return demonyms[titled] ?? groups[titled]
    }

    /// A well-known institution's name, as written or in title case.
    static func knownOrganization(_ name: String) -> Bool {
        knownOrganizations.contains(name) || titleCased(name).map(knownOrganizations.contains) == true
    }

    /// "NEW YORK" → "New York", "AL-ANWAR" → "Al-Anwar"; nil for a name with a lower-case letter or no
    /// letters, or of one letter (acronyms such as "US" are looked up as written first).
    static func titleCased(_ name: String) -> String? {
        guard name.unicodeScalars.contains(where: { $0.isUppercaseFast }),
              !name.unicodeScalars.contains(where: { $0.isLowercaseFast }) else { return nil }
        var out = ""
        var startOfWord = true
        for c in name {
            out += startOfWord ? String(c) : c.lowercased()
            startOfWord = c == " " || c == "-"
        }
        return out == name ? nil : out
    }

    /// Lower-case nouns right before a name that make it an organization ("retailer Promodes").
    static let organizationCuesBefore: Set<String> = GazetteerParser.set(nameTable("organization-cues-before.txt"))

    /// Lower-case words right after a name that make it an organization ("Motorola shares").
    static let organizationCuesAfter: Set<String> = GazetteerParser.set(nameTable("organization-cues-after.txt"))
}
