/// Every headline, caption and paragraph tokenized once per build and shared by the stages that read
/// words: entities, dates, quotes, and the sentence ranges the search index and pages use.
struct TokenCache: Sendable {
    /// `blocks[article][block id]`: the block's tokens.
    let blocks: [[String: [Token]]]

    init(_ articles: [Article]) {
        blocks = concurrentMap(Array(articles.indices)) { index in
            var map: [String: [Token]] = [:]
            for (block, text) in EntityStage.blocks(of: articles[index]) { map[block] = Tokenizer.tokenize(text) }
            return map
        }
    }

    func tokens(_ article: Int, _ block: String, text: String) -> [Token] {
        blocks[article][block] ?? Tokenizer.tokenize(text)
    }

    /// Sentence byte ranges of every block, in order: kept in the model for the search index.
    func sentences() -> [[String: [Range<Int>]]] {
        blocks.map { map in
            map.mapValues { EntityMatcher.sentenceRanges($0).sorted { $0.key < $1.key }.map(\.value) }
        }
    }
}
