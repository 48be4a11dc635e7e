/// The passes that decide which candidates are names at all, before any merging.
enum CandidateFilters {
    /// The analyst's ignore list: those phrases are never entities (counted for the review page).
    static func analystIgnore(_ state: inout ResolutionState) {
        let ignored = Set(state.config.ignore.map { $0.lowercased() })
        guard !ignored.isEmpty else { return }
        var counts: [String: Int] = [:]
        state.candidates.removeAll { c in
            guard ignored.contains(c.name.lowercased()) else { return false }
            counts[c.name, default: 0] += 1
            return true
        }
        state.review.ignored = counts.map { Review.Ignored(phrase: $0.key, count: $0.value) }.sorted { $0.phrase < $1.phrase }
    }

    /// A capitalized word opening a sentence is a name only if the dossier knows it as one elsewhere.
    static func unconfirmedSentenceStarts(_ state: inout ResolutionState) {
        // The names are read in a function of their own: a copy of the array held here while the candidates
        // were then removed from it made the removal copy every candidate (most of this pass at 5,448 articles).
        let known = confirmedNames(state.candidates, config: state.config)
        state.candidates.removeAll { $0.needsConfirmation && !known.contains($0.name) && Gazetteer.place($0.name) == nil }
    }

    /// The names a sentence start may be confirmed by: the analyst's, and every name (and last word of a
    /// name) found where no confirmation was needed. Read a field at a time, in place: copying each candidate
    /// whole to look at two of its fields was most of this pass.
    private static func confirmedNames(_ candidates: [Candidate], config: DossierConfig) -> Set<String> {
        var known = analystNames(config)
        known.reserveCapacity(candidates.count / 4)
        for i in candidates.indices where !candidates[i].needsConfirmation {
            known.insert(candidates[i].name)
            if candidates[i].tokens.count > 1 { known.insert(candidates[i].tokens[candidates[i].tokens.count - 1]) }
        }
        return known
    }

    /// A single word the dossier mostly writes in lower case ("There", "Union", "Open", "President", and in
    /// capitals "CRICKET") is never a name on its own, nor is a single letter ("W", "L" heading a table),
    /// unless the analyst or the place table says it is.
    static func lowerCaseWords(_ state: inout ResolutionState, wordCase: WordCase) {
        let known = analystNames(state.config)
        // The test reads a one-word candidate's name alone, so it is made once a name, on all cores (the
        // gazetteer lookups of every candidate were a tenth of the resolver's time on one core), in the
        // order the names are first seen.
        var seen = Set<String>()
        var single: [String] = []
        for c in state.candidates where c.tokens.count == 1 && seen.insert(c.name).inserted { single.append(c.name) }
        let dropped = concurrentMap(single) { isLowerCaseWord($0, known: known, wordCase: wordCase) }
        var drop = Set<String>()
        for (name, d) in zip(single, dropped) where d { drop.insert(name) }
        guard !drop.isEmpty else { return }
        state.candidates.removeAll { $0.tokens.count == 1 && drop.contains($0.name) }
    }

    /// A one-word name that is a common word written with a capital (at the start of a sentence, in a
    /// headline): most often written in lower case elsewhere, and no name the analyst or a table knows.
    static func isLowerCaseWord(_ name: String, known: Set<String>, wordCase: WordCase) -> Bool {
        guard !name.utf8.contains(UInt8(ascii: "-")), !known.contains(name), Gazetteer.place(name) == nil,
              Gazetteer.people(name) == nil, !Gazetteer.knownOrganization(name) else { return false }
        if name.filter(\.isLetter).count == 1 { return true }
        // An acronym is a word in capitals only when it is long enough to be one ("CRICKET", not "UN").
        if NameExtractor.isAcronymText(name) && (name.count < 5 || name.utf8.contains(UInt8(ascii: "."))) { return false }
        return wordCase.isMostlyLowerCase(name)
    }

    static func analystNames(_ config: DossierConfig) -> Set<String> {
        var known = Set<String>()
        for a in config.entities { known.insert(a.name); known.formUnion(a.aliases) }
        for group in config.merge { known.formUnion(group) }
        return known
    }
}
