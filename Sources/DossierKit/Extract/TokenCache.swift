/// Every headline, caption and paragraph tokenized once per build and shared by the stages that read
/// words: extraction (names, dates) and matching, which also gives the sentence ranges quotes, pages and the
/// search index use. A rebuild tokenizes only the articles it extracts or matches again (see `MatchMemo`).
struct TokenCache: Sendable {
    /// `blocks[article][block id]`: the block's tokens.
    let blocks: [[String: [Token]]]

    init(_ articles: [Article]) {
        self.init(articles, only: Array(articles.indices))
    }

    /// The tokens of the articles at `indices` alone (the others are empty until `completed`): a rebuild
    /// needs the tokens of its changed articles first, to extract them, and the rest only for matching.
    init(_ articles: [Article], only indices: [Int]) {
        var blocks = [[String: [Token]]](repeating: [:], count: articles.count)
        for (index, map) in zip(indices, concurrentMap(indices) { Self.tokenize(articles[$0]) }) { blocks[index] = map }
        self.blocks = blocks
    }

    private init(blocks: [[String: [Token]]]) { self.blocks = blocks }

    /// The articles at `indices` tokenized: the ones this cache has kept, the others tokenized now.
    func completed(_ articles: [Article], only indices: [Int]) -> TokenCache {
        let missing = indices.filter { blocks[$0].isEmpty }
        guard !missing.isEmpty else { return self }
        var all = blocks
        for (index, map) in zip(missing, concurrentMap(missing) { Self.tokenize(articles[$0]) }) { all[index] = map }
        return TokenCache(blocks: all)
    }

    private static func tokenize(_ article: Article) -> [String: [Token]] {
        var map: [String: [Token]] = [:]
        for (block, text) in EntityStage.blocks(of: article) { map[block] = Tokenizer.tokenize(text) }
        return map
    }

    func tokens(_ article: Int, _ block: String, text: String) -> [Token] {
        blocks[article][block] ?? Tokenizer.tokenize(text)
    }
}
