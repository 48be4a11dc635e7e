/// An entity after resolution and before matching: its names, kind and what the analyst said.
struct ResolvedName: Sendable, Equatable {
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
/// titled forms join the full name their articles use, acronyms join their expansion, the analyst's merges
/// and aliases join; a short form that fits two entities joins neither and is reported. Each step is a named
/// pass (CandidateFilters, MergePass), run in this order; every pass is linear in the number of names.
struct EntityResolver {
    var config: DossierConfig
    /// How the dossier writes each word; empty when not known (then no word is dropped for its case).
    var wordCase = WordCase()

    struct Output {
        var entities: [ResolvedName]
        var review: Review
    }

    func resolve(_ all: [Candidate]) -> Output {
        resolve(screened(all))
    }

    /// The first two filters: what is left of the candidates decides everything after them, so the
    /// resolution memo is keyed by it (a sentence opened by "Another", which the second filter drops,
    /// keeps the memo).
    func screened(_ all: [Candidate]) -> ResolutionState {
        Self.screened(all, config: config)
    }

    /// The same, needing nothing but the candidates and dossier.yml.
    /// `all` is taken, not borrowed: the screening then removes candidates from the only copy, where a copy
    /// still held by the caller made the first removal copy every candidate.
    static func screened(_ all: consuming [Candidate], config: DossierConfig) -> ResolutionState {
        var state = ResolutionState(config: config, candidates: all)
        CandidateFilters.analystIgnore(&state)
        CandidateFilters.unconfirmedSentenceStarts(&state)
        return state
    }

    /// The rest of the passes, from the screened candidates.
    func resolve(_ screened: ResolutionState) -> Output {
        var output = resolveNames(screened)
        output.review.possibleDuplicates = PossibleDuplicates.find(output.entities)
        return output
    }

    /// Every pass but the last, the review's possible duplicates, which read only the entities: the entity
    /// stage finds them while it makes the matcher, on the core the resolver's own passes leave idle.
    func resolveNames(_ screened: ResolutionState) -> Output {
        var state = screened
        CandidateFilters.lowerCaseWords(&state, wordCase: wordCase)
        state.index()
        MergePass.analyst(&state)
        MergePass.sameKey(&state)
        MergePass.bracketedAcronyms(&state)
        MergePass.numberedDocuments(&state)
        MergePass.demonymPrefixes(&state)
        MergePass.acronyms(&state)
        MergePass.surnames(&state)
        MergePass.firstWords(&state)
        MergePass.reportAmbiguous(&state)
        return Output(entities: Self.entities(&state), review: state.review)
    }

    /// One entity per set of names, its kind from all the evidence of its names. The sets' members are read
    /// first, in order of their roots (reading compresses the sets' paths); the entities are then made on
    /// all cores, each from its own set alone, and come back in that order: this was a tenth of a second
    /// of one core, the other idle, at 1,362 articles.
    static func entities(_ state: inout ResolutionState) -> [ResolvedName] {
        var groups: [String: [Candidate]] = [:]
        for c in state.candidates { groups[state.sets.find(c.name), default: []].append(c) }
        var roots = Set(groups.keys)
        for a in state.config.entities { roots.insert(state.sets.find(a.name)) }
        let ordered = roots.sorted()
        let sets = ordered.map { (root: $0, members: state.sets.members(of: $0)) }
        let ambiguous = state.ambiguous, annotations = state.config.entities, surnameJoined = state.surnameJoined
        let counts = state.countByName, grouped = groups
        return concurrentMap(sets) { root, all -> ResolvedName? in
            // Ambiguous short forms are in no entity: their mentions are not linked to either.
            let members = all.filter { ambiguous[$0] == nil }
            guard !members.isEmpty else { return nil }
            let group = grouped[root] ?? []
            let annotation = annotations.first { members.contains($0.name) }
            var evidence = group.flatMap(\.evidence)
            if members.contains(where: { surnameJoined.contains($0) }) {
                evidence.append(KindEvidence(kind: .person, reason: "the surname is used alone", weight: KindEvidence.speech))
            }
            var decided = KindDecision.decide(evidence)
            if let kind = annotation?.kind { decided = (kind, "set in dossier.yml") }
            let name = KindDecision.canonical(members, analystName: annotation?.name, counts: counts)
            var roles: [String] = []
            for role in group.compactMap(\.role) where !roles.contains(role) { roles.append(role) }
            var names = [name] + members.filter { $0 != name }.sorted()
            for alias in annotation?.aliases ?? [] where !names.contains(alias) { names.append(alias) }
            return ResolvedName(
                name: name, kind: decided.kind, why: decided.why, names: names, roles: roles,
                note: annotation?.note, annotated: annotation != nil)
        }.compactMap { $0 }
    }
}
