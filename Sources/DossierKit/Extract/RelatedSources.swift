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
        var byArticle = [Set<Int>](repeating: [], count: n)
        var sourcesOf = [[Int]](repeating: [], count: entities.count)
        for (e, entity) in entities.enumerated() {
            let list = Set(entity.mentions.map(\.location.article)).sorted()
            sourcesOf[e] = list
            for a in list { byArticle[a].insert(e) }
        }
        let idf = sourcesOf.map { log(1 + Double(n) / Double(max($0.count, 1))) }
        let byArticleFinal = byArticle, sourcesOfFinal = sourcesOf
        return concurrentMap(Array(0..<n)) { a in
            let byArticle = byArticleFinal, sourcesOf = sourcesOfFinal
            var score: [Int: Double] = [:]
            for e in byArticle[a] where sourcesOf[e].count <= commonCap {
                for b in sourcesOf[e] where b != a { score[b, default: 0] += idf[e] }
            }
            let top = score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
            return top.map { b, _ in
                let shared = byArticle[a].intersection(byArticle[b]).sorted { idf[$0] != idf[$1] ? idf[$0] > idf[$1] : $0 < $1 }
                return RelatedSource(article: b, score: shared.reduce(0) { $0 + idf[$1] }, shared: shared)
            }
        }
    }
}
