/// What the resolution passes share: the candidates still in play, the sets of names that are one entity so
/// far, and what is known of each name (its kind evidence, the articles it is written in, how often).
struct ResolutionState {
    var config: DossierConfig
    var candidates: [Candidate]
    var sets = NameSets()
    var review = Review()
    /// Short forms that fit several entities: in none of them, reported for review.
    var ambiguous: [String: [String]] = [:]
    /// Names whose surname was seen alone: evidence of a person.
    var surnameJoined = Set<String>()
    private(set) var evidenceByName: [String: [KindEvidence]] = [:]
    private(set) var articlesByName: [String: Set<Int>] = [:]
    private(set) var countByName: [String: Int] = [:]
    private(set) var analystKind: [String: EntityKind] = [:]

    init(config: DossierConfig, candidates: [Candidate]) {
        self.config = config
        self.candidates = candidates
    }

    /// Indexes the candidates by name and puts every name, and the analyst's, in a set of its own.
    /// Each candidate's name is looked up once, for its slot in arrays: three tables updated per candidate
    /// hashed its name four times, on the core the passes after it wait on.
    mutating func index() {
        var slot: [String: Int] = [:]
        var names: [String] = [], evidence: [[KindEvidence]] = [], articles: [Set<Int>] = [], counts: [Int] = []
        for c in candidates {
            let i: Int
            if let known = slot[c.name] {
                i = known
            } else {
                i = names.count
                slot[c.name] = i
                names.append(c.name)
                evidence.append([])
                articles.append([])
                counts.append(0)
                sets.add(c.name)
            }
            evidence[i] += c.evidence
            articles[i].insert(c.location.article)
            counts[i] += 1
        }
        evidenceByName = Dictionary(uniqueKeysWithValues: zip(names, evidence))
        articlesByName = Dictionary(uniqueKeysWithValues: zip(names, articles))
        countByName = Dictionary(uniqueKeysWithValues: zip(names, counts))
        analystKind = Dictionary(config.entities.compactMap { a in a.kind.map { (a.name, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The kind the names of a set add up to so far: the analyst's, else the weight of the evidence.
    mutating func clusterKind(_ root: String) -> EntityKind {
        let members = sets.members(of: root)
        for m in members { if let k = analystKind[m] { return k } }
        return KindDecision.decide(members.flatMap { evidenceByName[$0] ?? [] }).kind
    }

    /// The articles that write any name of the set.
    mutating func articles(ofSet root: String) -> Set<Int> {
        var out = Set<Int>()
        for m in sets.members(of: root) { out.formUnion(articlesByName[m] ?? []) }
        return out
    }

    /// True when most of the articles that write `short` also write a name of the set `root`: a short form
    /// joins only a name its own articles use.
    mutating func sharesArticles(_ short: String, with root: String) -> Bool {
        guard let own = articlesByName[short], !own.isEmpty else { return true }
        let theirs = articles(ofSet: root)
        return own.filter(theirs.contains).count * 2 >= own.count
    }
}
