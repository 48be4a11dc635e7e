/// The passes that join names into one entity, in the order `EntityResolver` runs them. Each one only joins;
/// where a short form fits more than one entity it joins none and is reported for review.
enum MergePass {
    /// The analyst's aliases and merge groups: "Quds Force" = "Qods Force".
    static func analyst(_ state: inout ResolutionState) {
        for a in state.config.entities {
            state.sets.add(a.name)
            for alias in a.aliases { state.sets.union(a.name, alias) }
        }
        for group in state.config.merge {
            for name in group.dropFirst() { state.sets.union(group[0], name) }
        }
    }

    /// Same key: "U.N." = "UN", "Bashar al Assad" = "Bashar Assad", "U.S." = "United States", "LONDON" = "London",
    /// "German" = "Germans".
    static func sameKey(_ state: inout ResolutionState) {
        // The keys (gazetteer lookups and rewriting of every name) are made on all cores first: one core
        // making them was a sixth of the resolver's time while the other waited.
        let names = state.sets.names
        let keys = concurrentMap(names) { KindDecision.key($0) }
        var byKey: [String: String] = [:]
        for (name, key) in zip(names, keys) {
            if let other = byKey[key] { state.sets.union(other, name) } else { byKey[key] = name }
        }
    }

    /// "Joint Comprehensive Plan of Action (JCPOA)": the bracketed acronym names the same thing when its letters
    /// are the name's initials. "Michael Chang (U.S.)" is a player and his country, not one name.
    static func bracketedAcronyms(_ state: inout ResolutionState) {
        for c in state.candidates {
            if let acronym = c.bracketedAcronym, Gazetteer.place(acronym) == nil, fitsInitials(acronym, c.tokens) {
                state.sets.union(c.name, acronym)
            }
        }
    }

    /// The acronym's letters, in order, are initials of the name's words (connectors may count or not), the first
    /// letter the first word's: JCPOA in "Joint Comprehensive Plan of Action", IRGC in "Islamic Revolutionary
    /// Guard Corps".
    static func fitsInitials(_ acronym: String, _ words: [String]) -> Bool {
        let letters = acronym.filter(\.isLetter).map { Character($0.uppercased()) }
        let initials = words.compactMap { $0.first }.map { Character($0.uppercased()) }
        guard let first = letters.first, first == initials.first else { return false }
        var k = 0
        for c in initials where k < letters.count && c == letters[k] { k += 1 }
        return k == letters.count
    }

    /// Numbered documents are one document however they are introduced: "U.N. Resolution 1747" =
    /// "United Nations Security Council Resolution 1747".
    static func numberedDocuments(_ state: inout ResolutionState) {
        var byNumber: [String: String] = [:]
        for name in state.sets.names {
            let words = name.split(separator: " ")
            guard words.count >= 2, words.last!.allSatisfy(\.isNumber) else { continue }
            let head = String(words[words.count - 2])
            guard Gazetteer.documentStarts.contains(head) || Gazetteer.documentHeads.contains(head) else { continue }
            let key = "\(head) \(words.last!)"
            if let other = byNumber[key] { state.sets.union(other, name) } else { byNumber[key] = name }
        }
    }

    /// A demonym before a name seen without it is a description: "Lebanese Hezbollah" = Hezbollah. A name
    /// never seen without its demonym keeps it: "European Central Bank". A name seen after several demonyms
    /// is a common noun ("French Parliament", "Canadian Parliament"): each keeps its own.
    static func demonymPrefixes(_ state: inout ResolutionState) {
        var prefixed: [String: [String]] = [:]
        for name in state.sets.names {
            let words = name.split(separator: " ", maxSplits: 1)
            guard words.count == 2, Gazetteer.demonyms[String(words[0])] != nil else { continue }
            let rest = String(words[1])
            if state.sets.contains(rest) { prefixed[rest, default: []].append(name) }
        }
        for (rest, names) in prefixed where names.count == 1 { state.sets.union(rest, names[0]) }
    }

    /// An acronym joins the one expansion whose initials it is: IAEA = International Atomic Energy Agency. The
    /// expansion's words are words, not acronyms ("ING Mutual Fund" is no IMF, "U.S. Navy" no UN), and an
    /// acronym the place table knows ("UK") is that place.
    static func acronyms(_ state: inout ResolutionState) {
        var byInitials: [String: Set<String>] = [:]
        let names = state.sets.names
        // Made on all cores, as the keys of `sameKey` are.
        let initials = concurrentMap(names) { name in
            name.utf8.contains(UInt8(ascii: " ")) && name.split(separator: " ").count > 1 ? KindDecision.initials(name) : nil
        }
        for (name, initials) in zip(names, initials) {
            if let initials { byInitials[initials, default: []].insert(state.sets.find(name)) }
        }
        for name in state.sets.names where NameExtractor.isAcronymText(name) && Gazetteer.place(name) == nil {
            let plain = name.replacingOccurrences(of: ".", with: "")
            let own = state.sets.find(name)
            let roots = (byInitials[plain] ?? []).filter { $0 != own }
            if roots.count == 1 { state.sets.union(name, roots.first!) }
        }
    }

    /// A single word joins the one multi-word person (or organization, for its head word) ending in it, when
    /// the articles that write the word alone write the full name too: "Ortega" = "Rafael Ortega".
    static func surnames(_ state: inout ResolutionState) {
        var byLastWord: [String: Set<String>] = [:]
        for name in state.sets.names {
            let words = name.split(separator: " ")
            guard words.count > 1, let last = words.last else { continue }
            byLastWord[String(last), default: []].insert(state.sets.find(name))
        }
        for name in state.sets.names.sorted() where !name.utf8.contains(UInt8(ascii: " ")) && !NameExtractor.isAcronymText(name) {
            guard Gazetteer.place(name) == nil, Gazetteer.people(name) == nil,
                  state.sets.members(of: state.sets.find(name)).allSatisfy({ !$0.utf8.contains(UInt8(ascii: " ")) }) else { continue }
            let own = state.sets.find(name)
            let isHead = Gazetteer.organizationHeads.contains(name)
            let targets = (byLastWord[name] ?? []).filter { root in
                guard root != own else { return false }
                let kind = state.clusterKind(root)
                return isHead ? kind == .organization : (kind == .person || kind == .other)
            }.filter { state.sharesArticles(name, with: $0) }
            if targets.count == 1 {
                // A surname used alone is evidence that the full name is a person's.
                if !isHead { state.surnameJoined.insert(targets.first!) }
                state.sets.union(name, targets.first!)
            } else if targets.count > 1 {
                state.ambiguous[name] = targets.map { KindDecision.canonical(state.sets.members(of: $0), analystName: nil) }.sorted()
            }
        }
    }

    /// A single word that begins exactly one organization's two-word name ending in a head word, in the same
    /// articles: "Fox" → Fox News.
    static func firstWords(_ state: inout ResolutionState) {
        var byFirstWord: [String: Set<String>] = [:]
        for name in state.sets.names {
            let words = name.split(separator: " ")
            guard words.count > 1, let first = words.first else { continue }
            byFirstWord[String(first), default: []].insert(state.sets.find(name))
        }
        for name in state.sets.names.sorted() where !name.utf8.contains(UInt8(ascii: " ")) && state.ambiguous[name] == nil {
            guard Gazetteer.place(name) == nil, state.sets.members(of: name).count == 1 else { continue }
            let own = state.sets.find(name)
            let roots = (byFirstWord[name] ?? []).filter { $0 != own }
            guard roots.count == 1, let root = roots.first, state.clusterKind(root) == .organization,
                  state.sets.members(of: root).contains(where: { m in
                      let words = m.split(separator: " ")
                      return words.count == 2 && words.first.map(String.init) == name
                          && Gazetteer.organizationHeads.contains(String(words.last!))
                  }), state.sharesArticles(name, with: root) else { continue }
            state.sets.union(name, root)
        }
    }

    /// Short forms that fitted several entities, for the review page.
    static func reportAmbiguous(_ state: inout ResolutionState) {
        var locationsByName: [String: Set<TextLocation>] = [:]
        for c in state.candidates where state.ambiguous[c.name] != nil { locationsByName[c.name, default: []].insert(c.location) }
        for (form, options) in state.ambiguous.sorted(by: { $0.key < $1.key }) {
            state.review.ambiguous.append(Review.Ambiguity(form: form, candidates: options,
                                                           locations: (locationsByName[form] ?? []).sorted()))
        }
    }
}
