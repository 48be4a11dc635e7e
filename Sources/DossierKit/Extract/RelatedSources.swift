import Foundation

/// Another source that tells part of the same story, and what the two share.
public struct RelatedSource: Sendable {
    public var article: Int
    public var score: Double
    /// Shared entities, rarest first.
    public var shared: [Int]
}

/// Sources ranked by the entities they share, each weighted by how rare it is in the dossier (an entity in
/// every source says little; one in two sources says a lot). Candidates come from the entities' own source
/// lists, so the cost grows with mentions, not with sources × sources.
enum RelatedSources {
    static let limit = 6
    /// Entities in more sources than this add little and would make the work quadratic; they still count
    /// toward the score of pairs found through rarer entities.
    static let commonCap = 400

    static func compute(_ articles: [Article], entities: [Entity]) -> [[RelatedSource]] {
        let n = articles.count
        // Entities of each article in ascending order (entities are visited in order), so that every sum
        // below is taken in the same order in every process: a Set's order would change its last bits.
        // Each entity's sources on all cores: a Set per entity, one after another, was most of this step.
        let sourcesOf = concurrentMap(Array(entities.indices)) { sources(of: entities[$0]) }
        var byArticle = [[Int]](repeating: [], count: n)
        for (e, list) in sourcesOf.enumerated() {
            for a in list { byArticle[a].append(e) }
        }
        let idf = sourcesOf.map { log(1 + Double(n) / Double(max($0.count, 1))) }
        let byArticleFinal = byArticle, sourcesOfFinal = sourcesOf
        // Articles a run at a time on all cores, each run with one table of scores by article that it clears
        // after each article (only the entries it touched): a dictionary of scores per article, hashing every
        // addition, was most of this step, and at four copies of the corpus 0.38 s of a rebuild's CPU.
        return concurrentMap(runs(of: 0..<n, length: (n + runCount - 1) / runCount)) { run -> [[RelatedSource]] in
            let byArticle = byArticleFinal, sourcesOf = sourcesOfFinal
            var score = [Double](repeating: 0, count: n)
            var seen = [Bool](repeating: false, count: n)
            var touched: [Int] = []
            return run.map { a in
                for e in byArticle[a] where sourcesOf[e].count <= commonCap {
                    for b in sourcesOf[e] where b != a {
                        if !seen[b] { seen[b] = true; touched.append(b) }
                        score[b] += idf[e]
                    }
                }
                // Ranked by the score rounded to a millionth, then by position: scores equal but for rounding
                // noise tie, and ties go to the earlier source. (Each score is summed in the order above, so it
                // is the same number however the table is kept.)
                let top = touched.map { (b: $0, rank: rounded(score[$0])) }
                    .sorted { $0.rank != $1.rank ? $0.rank > $1.rank : $0.b < $1.b }.prefix(limit)
                for b in touched { score[b] = 0; seen[b] = false }
                touched.removeAll(keepingCapacity: true)
                let own = Set(byArticle[a])
                return top.map { b, _ in
                    let shared = byArticle[b].filter { own.contains($0) }.sorted { idf[$0] != idf[$1] ? idf[$0] > idf[$1] : $0 < $1 }
                    return RelatedSource(article: b, score: byArticle[b].filter { own.contains($0) }.reduce(0) { $0 + idf[$1] }, shared: shared)
                }
            }
        }.flatMap { $0 }
    }

    /// How many runs the articles are cut into: enough to share them out among the cores, few enough that
    /// clearing each run's table (one entry per article) stays linear in the articles.
    static let runCount = 32

    /// The articles that mention `entity`, ascending, each once. Mentions come in order of place, so this is
    /// one pass that keeps each article where it first appears; mentions out of order are sorted instead.
    static func sources(of entity: Entity) -> [Int] {
        var list: [Int] = []
        for m in entity.mentions {
            let a = m.location.article
            guard let last = list.last else { list.append(a); continue }
            if a == last { continue }
            if a < last { return Set(entity.mentions.map(\.location.article)).sorted() }
            list.append(a)
        }
        return list
    }

    static func rounded(_ score: Double) -> Int { Int((score * 1_000_000).rounded()) }
}
