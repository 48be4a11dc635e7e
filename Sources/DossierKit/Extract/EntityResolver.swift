/// An entity after resolution and before matching: its names, kind and what the analyst said.
struct ResolvedName: Sendable {
    var name: String
    var kind: EntityKind
    var why: String
    /// Every name it is written as, the canonical one included.
    var names: [String]
    var roles: [String]
    var note: String?
    var annotated: Bool
}

/// Decides which candidate names are one entity, and of what kind. One entity per real thing: surnames and
/// titled forms join the full name, acronyms join their expansion, the analyst's merges and aliases join;
/// a short form that fits two entities joins neither and is reported.
struct EntityResolver {
    var config: DossierConfig

    struct Output {
        var entities: [ResolvedName]
        var review: Review
    }

    func resolve(_ all: [Candidate]) -> Output {
        var review = Review()
        // The analyst's ignore list comes first: those phrases are never entities.
        let ignored = Set(config.ignore.map { $0.lowercased() })
        var ignoredCounts: [String: Int] = [:]
        var candidates: [Candidate] = []
        for c in all {
            if ignored.contains(c.name.lowercased()) {
                ignoredCounts[c.name, default: 0] += 1
            } else {
                candidates.append(c)
            }
        }
        review.ignored = ignoredCounts.map { Review.Ignored(phrase: $0.key, count: $0.value) }
            .sorted { $0.phrase < $1.phrase }

        // A capitalized word opening a sentence is a name only if the dossier knows it as one elsewhere.
        var known = Set<String>()
        for c in candidates where !c.needsConfirmation {
            known.insert(c.name)
            if c.tokens.count > 1 { known.insert(c.tokens.last!) }
        }
        for a in config.entities { known.insert(a.name); known.formUnion(a.aliases) }
        for group in config.merge { known.formUnion(group) }
        candidates.removeAll { $0.needsConfirmation && !known.contains($0.name) && Gazetteer.places[$0.name] == nil }

        // Union-find over names.
        var sets = NameSets()
        for c in candidates { sets.add(c.name) }
        for a in config.entities {
            sets.add(a.name)
            for alias in a.aliases { sets.union(a.name, alias) }
        }
        for group in config.merge {
            for name in group.dropFirst() { sets.union(group[0], name) }
        }
        // Same key: "U.N." = "UN", "Bashar al Assad" = "Bashar Assad", "U.S." = "United States".
        var byKey: [String: String] = [:]
        for name in sets.names {
            let key = Self.key(name)
            if let other = byKey[key] { sets.union(other, name) } else { byKey[key] = name }
        }
        for c in candidates {
            if let acronym = c.bracketedAcronym { sets.union(c.name, acronym) }
        }
        // Numbered documents are one document however they are introduced: "U.N. Resolution 1747" =
        // "United Nations Security Council Resolution 1747".
        var byNumber: [String: String] = [:]
        for name in sets.names {
            let words = name.split(separator: " ")
            guard words.count >= 2, words.last!.allSatisfy(\.isNumber) else { continue }
            let head = String(words[words.count - 2])
            guard Gazetteer.documentStarts.contains(head) || Gazetteer.documentHeads.contains(head) else { continue }
            let key = "\(head) \(words.last!)"
            if let other = byNumber[key] { sets.union(other, name) } else { byNumber[key] = name }
        }

        // A demonym before a name seen without it is a description: "Lebanese Hezbollah" = Hezbollah. A name
        // never seen without its demonym keeps it: "European Central Bank".
        for name in sets.names {
            let words = name.split(separator: " ", maxSplits: 1)
            guard words.count == 2, Gazetteer.demonyms[String(words[0])] != nil else { continue }
            let rest = String(words[1])
            if sets.contains(rest) { sets.union(rest, name) }
        }

        // Kind evidence gathered per name, to tell people from organizations when joining short forms.
        var evidenceByName: [String: [KindEvidence]] = [:]
        for c in candidates { evidenceByName[c.name, default: []] += c.evidence }
        let analystKind: [String: EntityKind] = Dictionary(
            config.entities.compactMap { a in a.kind.map { (a.name, $0) } }, uniquingKeysWith: { a, _ in a })
        func clusterKind(_ root: String) -> EntityKind {
            let members = sets.members(of: root)
            for m in members { if let k = analystKind[m] { return k } }
            return Self.decideKind(members.flatMap { evidenceByName[$0] ?? [] }).kind
        }

        // Acronyms join the one expansion whose initials they are: IAEA = International Atomic Energy Agency.
        var byInitials: [String: Set<String>] = [:]
        for name in sets.names where name.split(separator: " ").count > 1 {
            if let initials = Self.initials(name) { byInitials[initials, default: []].insert(sets.find(name)) }
        }
        for name in sets.names where NameExtractor.isAcronymText(name) {
            let plain = name.replacingOccurrences(of: ".", with: "")
            let roots = (byInitials[plain] ?? []).filter { $0 != sets.find(name) }
            if roots.count == 1 { sets.union(name, roots.first!) }
        }

        // A single word joins the one multi-word person (or organization, for its head word) ending in it.
        var byLastWord: [String: Set<String>] = [:]
        for name in sets.names {
            let words = name.split(separator: " ")
            guard words.count > 1, let last = words.last else { continue }
            byLastWord[String(last), default: []].insert(sets.find(name))
        }
        var ambiguous: [String: [String]] = [:]
        var surnameJoined = Set<String>()
        for name in sets.names.sorted() where !name.contains(" ") && !NameExtractor.isAcronymText(name) {
            guard Gazetteer.places[name] == nil, sets.members(of: sets.find(name)).allSatisfy({ !$0.contains(" ") }) else { continue }
            let own = sets.find(name)
            let isHead = Gazetteer.organizationHeads.contains(name)
            let targets = (byLastWord[name] ?? []).filter { root in
                guard root != own else { return false }
                let kind = clusterKind(root)
                return isHead ? kind == .organization : (kind == .person || kind == .other)
            }
            if targets.count == 1 {
                // A surname used alone is evidence that the full name is a person's.
                if !isHead { surnameJoined.insert(targets.first!) }
                sets.union(name, targets.first!)
            } else if targets.count > 1 {
                ambiguous[name] = targets.map { Self.canonical(sets.members(of: $0), analystName: nil) }.sorted()
            }
        }
        // A single word that begins exactly one organization's name and no one else's: "Fox" → Fox News.
        var byFirstWord: [String: Set<String>] = [:]
        for name in sets.names {
            let words = name.split(separator: " ")
            guard words.count > 1, let first = words.first else { continue }
            byFirstWord[String(first), default: []].insert(sets.find(name))
        }
        for name in sets.names.sorted() where !name.contains(" ") && ambiguous[name] == nil {
            guard Gazetteer.places[name] == nil, sets.members(of: name).count == 1 else { continue }
            let roots = (byFirstWord[name] ?? []).filter { $0 != sets.find(name) }
            guard roots.count == 1, let root = roots.first, clusterKind(root) == .organization,
                  sets.members(of: root).contains(where: { m in
                      let words = m.split(separator: " ")
                      return words.count == 2 && words.first.map(String.init) == name
                          && Gazetteer.organizationHeads.contains(String(words.last!))
                  }) else { continue }
            sets.union(name, root)
        }
        for (form, options) in ambiguous.sorted(by: { $0.key < $1.key }) {
            let locations = candidates.filter { $0.name == form }.map(\.location)
            review.ambiguous.append(Review.Ambiguity(form: form, candidates: options, locations: Array(Set(locations)).sorted()))
        }

        // Build one entity per set.
        var groups: [String: [Candidate]] = [:]
        for c in candidates { groups[sets.find(c.name), default: []].append(c) }
        var roots = Set(groups.keys)
        for a in config.entities { roots.insert(sets.find(a.name)) }
        var entities: [ResolvedName] = []
        for root in roots.sorted() {
            var members = sets.members(of: root)
            // Ambiguous short forms are in no entity: their mentions are not linked to either.
            members.removeAll { ambiguous[$0] != nil }
            guard !members.isEmpty else { continue }
            let group = groups[root] ?? []
            let annotation = config.entities.first { members.contains($0.name) }
            var evidence = group.flatMap(\.evidence)
            if members.contains(where: { surnameJoined.contains($0) }) {
                evidence.append(KindEvidence(kind: .person, reason: "the surname is used alone", weight: KindEvidence.speech))
            }
            var decided = Self.decideKind(evidence)
            if let kind = annotation?.kind { decided = (kind, "set in dossier.yml") }
            let name = Self.canonical(members, analystName: annotation?.name)
            var roles: [String] = []
            for role in group.compactMap(\.role) where !roles.contains(role) { roles.append(role) }
            var names = [name] + members.filter { $0 != name }.sorted()
            for alias in annotation?.aliases ?? [] where !names.contains(alias) { names.append(alias) }
            entities.append(ResolvedName(
                name: name, kind: decided.kind, why: decided.why, names: names, roles: roles,
                note: annotation?.note, annotated: annotation != nil))
        }
        review.possibleDuplicates = Self.possibleDuplicates(entities)
        return Output(entities: entities, review: review)
    }

    /// The kind with the most weight of evidence; `other` when there is none.
    static func decideKind(_ evidence: [KindEvidence]) -> (kind: EntityKind, why: String) {
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

    /// The name an entity is known by: the analyst's, the place table's, else the fullest form.
    static func canonical(_ members: [String], analystName: String?) -> String {
        if let analystName { return analystName }
        for m in members { if let place = Gazetteer.places[m], members.contains(place.1) || members.count == 1 { return place.1 } }
        if let m = members.first(where: { Gazetteer.places[$0] != nil }), let place = Gazetteer.places[m] { return place.1 }
        return members.max { a, b in
            let (wa, wb) = (Self.weight(a), Self.weight(b))
            return wa != wb ? wa < wb : a > b
        }!
    }

    /// Full names beat acronyms, more words beat fewer, undotted beats dotted; a leading demonym is
    /// description, not name.
    static func weight(_ name: String) -> Int {
        let words = name.split(separator: " ")
        let demonym = words.count > 1 && Gazetteer.demonyms[String(words[0])] != nil
        return (NameExtractor.isAcronymText(name) ? 0 : 100) + (demonym ? 0 : 50) + words.count * 10 - (name.contains(".") ? 1 : 0)
    }

    /// Lowercase, no dots in acronyms, no connectors, hyphens as spaces, places by their canonical name.
    static func key(_ name: String) -> String {
        if let place = Gazetteer.places[name] { return "place:" + place.1.lowercased() }
        let plain = NameExtractor.isAcronymText(name) ? name.replacingOccurrences(of: ".", with: "") : name
        let words = plain.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "\u{2019}", with: "'")
            .split(separator: " ").filter { !Gazetteer.nameConnectors.contains(String($0)) }
        return words.joined(separator: " ").lowercased()
    }

    /// `International Atomic Energy Agency` → `IAEA`; connectors do not count.
    static func initials(_ name: String) -> String? {
        let words = name.replacingOccurrences(of: "-", with: " ").split(separator: " ")
            .filter { !Gazetteer.nameConnectors.contains(String($0)) }
        guard words.count >= 2 else { return nil }
        return String(words.compactMap { $0.first }).uppercased()
    }

    /// Names that were not merged but look like spellings of one another (Qods/Quds, Mohammed/Muhammad).
    /// Found by shared keys, never by comparing every pair.
    static func possibleDuplicates(_ entities: [ResolvedName]) -> [Review.PossibleDuplicate] {
        var bySkeleton: [String: [Int]] = [:]
        for (i, e) in entities.enumerated() {
            for name in Set(e.names) where name.count >= 4 {
                bySkeleton[skeleton(name), default: []].append(i)
            }
        }
        var pairs = Set<[Int]>()
        for (_, indices) in bySkeleton {
            let unique = Array(Set(indices)).sorted()
            guard unique.count > 1 else { continue }
            for a in unique.indices { for b in unique.indices where b > a { pairs.insert([unique[a], unique[b]]) } }
        }
        return pairs.map { pair in
            Review.PossibleDuplicate(first: entities[pair[0]].name, second: entities[pair[1]].name,
                                     reason: "same consonants: a spelling or transliteration variant?")
        }.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Consonants only, lowercase, doubled letters once: Qods → qds, Quds → qds, Mohammed → mhmd.
    static func skeleton(_ name: String) -> String {
        var out = ""
        for c in Slug.asciiFolded(name).lowercased() where c.isLetter && !"aeiouy".contains(c) {
            if out.last != c { out.append(c) }
        }
        return out
    }
}

/// Union-find over names, with members listed per set (kept up to date on every union, so that asking
/// for a set's members never walks all names).
struct NameSets {
    private var parent: [String: String] = [:]
    private var membersByRoot: [String: [String]] = [:]
    private(set) var names: [String] = []

    mutating func add(_ name: String) {
        if parent[name] == nil {
            parent[name] = name
            membersByRoot[name] = [name]
            names.append(name)
        }
    }

    mutating func find(_ name: String) -> String {
        add(name)
        var root = name
        while let p = parent[root], p != root { root = p }
        var node = name
        while let p = parent[node], p != root { parent[node] = root; node = p }
        return root
    }

    mutating func union(_ a: String, _ b: String) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        // The smaller name (by sort order) is the root, so the result does not depend on the order of unions.
        let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
        parent[child] = root
        membersByRoot[root, default: []] += membersByRoot[child] ?? []
        membersByRoot[child] = nil
    }

    func contains(_ name: String) -> Bool { parent[name] != nil }

    mutating func members(of name: String) -> [String] {
        membersByRoot[find(name)] ?? [name]
    }
}
