/// Names that were not merged but look like spellings of one another (Qods/Quds, Mohammed/Muhammad), for the
/// review page. Found by shared keys, never by comparing every pair.
enum PossibleDuplicates {
    static func find(_ entities: [ResolvedName]) -> [Review.PossibleDuplicate] {
        var bySkeleton: [String: [Int]] = [:]
        // A nationality and its country ("Iranian", "Iran") share consonants but are not spellings of one name.
        for (i, e) in entities.enumerated() where e.kind != .group {
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
