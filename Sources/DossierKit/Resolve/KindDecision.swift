/// How an entity's kind and name are decided from its names and their evidence, and the keys names are
/// compared by.
enum KindDecision {
    /// The kind with the most weight of evidence; `other` when there is none.
    static func decide(_ evidence: [KindEvidence]) -> (kind: EntityKind, why: String) {
        guard !evidence.isEmpty else { return (.other, "no evidence of its kind in the text") }
        var weight: [EntityKind: Int] = [:]
        for e in evidence { weight[e.kind, default: 0] += e.weight }
        let kind = weight.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
        var reasons: [String: Int] = [:]
        for e in evidence where e.kind == kind { reasons[e.reason, default: 0] += 1 }
        let top = reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2)
        let why = top.map { $0.value > 1 ? "\($0.key) (×\($0.value))" : $0.key }.joined(separator: "; ")
        return (kind, why)
    }

    /// The name an entity is known by: the analyst's, the place table's, else its most complete proper form
    /// among those written more than once (a one-off spelling never names an entity that has a repeated one),
    /// the most frequent of equally complete forms.
    static func canonical(_ members: [String], analystName: String?, counts: [String: Int] = [:]) -> String {
        if let analystName { return analystName }
        for m in members { if let place = Gazetteer.place(m), members.contains(place.1) || members.count == 1 { return place.1 } }
        if let m = members.first(where: { Gazetteer.place($0) != nil }), let place = Gazetteer.place(m) { return place.1 }
        // A full name written more than once beats a one-off fuller spelling ("Pedro Pierluisi" over a garbled
        // "Pedro R. Pierluisi X"); with no repeated full name, the most complete form is the name ("Ed Royce").
        let eligible = members.filter { (counts[$0] ?? 0) > 1 && $0.utf8.contains(UInt8(ascii: " ")) && !isShouted($0) && !NameExtractor.isAcronymText($0) }
        let pool = eligible.isEmpty ? members : eligible
        return pool.max { a, b in
            let (wa, wb) = (weight(a), weight(b))
            if wa != wb { return wa < wb }
            let (ca, cb) = (counts[a] ?? 0, counts[b] ?? 0)
            return ca != cb ? ca < cb : a > b
        }!
    }

    /// A name written all in capitals with more than one word or five letters: "NEW YORK", "GERMAN".
    static func isShouted(_ name: String) -> Bool {
        Gazetteer.titleCased(name) != nil && (name.utf8.contains(UInt8(ascii: " ")) || name.count > 4)
    }

    /// Full names beat acronyms, more words beat fewer, undotted beats dotted, mixed case beats capitals; a
    /// leading demonym is description, not name.
    static func weight(_ name: String) -> Int {
        let words = name.split(separator: " ")
        let demonym = words.count > 1 && Gazetteer.demonyms[String(words[0])] != nil
        return (NameExtractor.isAcronymText(name) ? 0 : 100) + (demonym ? 0 : 50) + words.count * 10
            - (name.utf8.contains(UInt8(ascii: ".")) ? 1 : 0) - (isShouted(name) ? 5 : 0)
    }

    /// Lowercase, no dots in acronyms, no connectors, hyphens as spaces, places by their canonical name, a
    /// nationality's words by their place.
    static func key(_ name: String) -> String {
        if let place = Gazetteer.place(name) { return "place:" + place.1.lowercased() }
        if let people = Gazetteer.people(name) {
            return "people:" + people.lowercased()
        }
        let plain = NameExtractor.isAcronymText(name) ? name.replacingOccurrences(of: ".", with: "") : name
        let words = plain.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "\u{2019}", with: "'")
            .split(separator: " ").filter { !Gazetteer.nameConnectors.contains(String($0)) }
        return words.joined(separator: " ").lowercased()
    }

    /// `International Atomic Energy Agency` → `IAEA`; connectors do not count; nil when a word is itself an
    /// acronym or a number.
    static func initials(_ name: String) -> String? {
        let words = name.replacingOccurrences(of: "-", with: " ").split(separator: " ")
            .filter { !Gazetteer.nameConnectors.contains(String($0)) }
        guard words.count >= 2, words.allSatisfy({ w in
            !NameExtractor.isAcronymText(String(w)) && w.first.map { $0.isUppercase } == true }) else { return nil }
        return String(words.compactMap { $0.first }).uppercased()
    }
}
