/// What extraction finds in one article on its own, before anything is decided across the dossier: the
/// candidate names of its headline, paragraphs and captions, how its words are written, and its dates.
/// It depends on the parsed article alone (never on the other articles or on dossier.yml), which is what
/// lets the build cache keep it beside the parsed article and a rebuild skip it for unchanged sources.
/// Locations name the article by its index in the dossier, which another build may change: `move(to:)`
/// moves them.
struct ArticleExtraction: Sendable, Equatable {
    var candidates: [Candidate]
    var wordCase: WordCase
    var dates: [DateMention]

    /// Extracts from the article at `index` of `articles`, with the tokens of the build.
    static func extract(_ articles: [Article], _ index: Int, tokens: TokenCache) -> ArticleExtraction {
        let (candidates, wordCase) = EntityStage.candidates(articles[index], index, tokens: tokens)
        return ArticleExtraction(candidates: candidates, wordCase: wordCase,
                                 dates: TimelineStage.dates(articles[index], index, tokens: tokens))
    }

    /// Makes every location name the article at `index` (in place when this is the only copy).
    mutating func move(to index: Int) {
        for i in candidates.indices { candidates[i].location.article = index }
        for i in dates.indices { dates[i].location.article = index }
    }
}
