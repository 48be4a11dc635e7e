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
}
