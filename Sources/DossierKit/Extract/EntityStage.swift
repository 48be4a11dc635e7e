import Dispatch
import Foundation

/// Extract and resolve entities for a whole dossier: candidates from every paragraph and caption (in
/// parallel), resolution once, then every name matched in every text (headlines too) in one pass each.
enum EntityStage {
    struct Output: Sendable {
        var entities: [Entity]
        var review: Review
    }

    /// Every text block of an article that names can be found in.
    static func blocks(of article: Article) -> [(block: String, text: String)] {
        var out: [(String, String)] = [("title", article.title)]
        for c in article.captions { out.append((c.id, c.text)) }
        for p in article.paragraphs where p.blockKind != MarkdownBlockKind.codeBlock { out.append((p.id, p.text)) }
        return out
    }

    /// The candidate names of one article, and how its words are written. Headlines are in title case, so
    /// only names the built-in tables know are taken from them ("South Africa's Ramaphosa…"); the rest of a
    /// headline is matched against names found elsewhere. How each word is written (lower case or
    /// capitalized) is counted on the way, for the resolver.
    static func candidates(_ article: Article, _ index: Int, tokens cache: TokenCache) -> ([Candidate], WordCase) {
        var found: [Candidate] = []
        var wordCase = WordCase()
        for (block, text) in blocks(of: article) {
            let location = TextLocation(article: index, block: block)
            let tokens = cache.tokens(index, block, text: text)
            if block == "title" {
                found += NameExtractor.knownNames(in: text, tokens: tokens, at: location)
            } else {
                found += NameExtractor.extract(from: text, tokens: tokens, at: location)
                wordCase.add(WordCase(tokens))
            }
        }
        return (found, wordCase)
    }

    static func run(_ articles: [Article], config: DossierConfig, tokens cache: TokenCache? = nil) -> Output {
        let cache = cache ?? TokenCache(articles)
        let found = concurrentMap(Array(articles.indices)) { ArticleExtraction.extract(articles, $0, tokens: cache) }
        return run(articles, config: config, tokens: cache, extractions: found)
    }

    /// The entities of the dossier from what was extracted from each article (`extractions[i]` of
    /// `articles[i]`).
    static func run(_ articles: [Article], config: DossierConfig, tokens cache: TokenCache, extractions: [ArticleExtraction]) -> Output {
        run(articles, config: config, extractions: extractions, early: cache).output
    }

    /// The same, with the sentence ranges of every block of every article (for quotes and the search
    /// index). `early` holds the tokens of the articles tokenized already; the others are tokenized here, on
    /// every core and while the names are resolved, since the resolver needs only the candidates.
    ///
    /// `memo`, when given, answers for candidates resolved before (see `ResolutionMemo`) and keeps a fresh
    /// answer for the next build; the resolver, when it runs, has a thread of its own. When the answer is
    /// the memo's, `matches` gives each unchanged article's mentions and sentences as the last build found
    /// them, and those articles are neither tokenized nor matched (see `MatchMemo`).
    static func run(_ articles: [Article], config: DossierConfig, extractions: [ArticleExtraction],
                    memo: ResolutionMemo? = nil, matches: MatchMemo? = nil, saves: PendingSaves? = nil,
                    early: TokenCache) -> (output: Output, sentences: [[String: [Range<Int>]]]) {
        // 1. Candidates, found per article (or taken from the build cache), screened while the counts of how
        // each word is written are added up on another thread: the screening does not read them.
        let (wordCase, screened) = inParallel({
            var wordCase = WordCase()
            for extraction in extractions { wordCase.add(extraction.wordCase) }
            return wordCase
        }, { EntityResolver.screened(extractions.flatMap(\.candidates), config: config) })
        // 2. Resolution.
        let resolver = EntityResolver(config: config, wordCase: wordCase)
        let key = memo?.key(screened.candidates, ignored: screened.review.ignored, wordCase: wordCase)
        let keys = matches == nil || key == nil ? [] : concurrentMap(Array(articles.indices)) { MatchMemo.key(of: articles[$0]) }
        var stored = [MatchMemo.Entry?](repeating: nil, count: articles.count)
        let resolved: EntityResolver.Output, cache: TokenCache, matcher: EntityMatcher
        if let memo, let key, let answer = memo.kept(key: key) {
            resolved = answer
            // The matcher is made from the answer on a thread of its own while the kept matches are decoded.
            let kept: [MatchMemo.Entry?]
            (matcher, (kept, cache)) = inParallel({ EntityMatcher(names: answer.entities.map(\.names)) }, {
                var kept = [MatchMemo.Entry?](repeating: nil, count: articles.count)
                if let matches {
                    let count = answer.entities.count
                    kept = matches.entries(for: keys, answer: key).map { entry in
                        entry.flatMap { $0.matches.allSatisfy { $0.entity < count } ? $0 : nil }
                    }
                }
                return (kept, early.completed(articles, only: articles.indices.filter { kept[$0] == nil }))
            })
            stored = kept
        } else {
            let named: EntityResolver.Output
            (named, cache) = inParallel({ resolver.resolveNames(screened) }, { early.completed(articles, only: Array(articles.indices)) })
            // The matcher is made on a thread of its own while the possible duplicates are found and the
            // answer is kept for the next build.
            (matcher, resolved) = inParallel({ EntityMatcher(names: named.entities.map(\.names)) }, {
                var fresh = named
                fresh.review.possibleDuplicates = PossibleDuplicates.find(named.entities)
                if let memo, let key { memo.save(fresh, key: key) }
                return fresh
            })
        }
        // 3. Matching, in the articles the memo did not answer for.
        let memoized = stored
        // Matches are kept for the memo only when there is one to write.
        let keepMatches = matches != nil && key != nil
        var found: [(mentions: [(Int, Mention)], entry: MatchMemo.Entry)] = concurrentMap(Array(articles.indices)) { index in
            if let entry = memoized[index] {
                let mentions = entry.matches.map { m in
                    (m.entity, Mention(location: TextLocation(article: index, block: m.block), start: m.start, end: m.end,
                                       text: m.text, sentenceStart: m.sentenceStart, sentenceEnd: m.sentenceEnd))
                }
                return (mentions, entry)
            }
            var mentions: [(Int, Mention)] = []
            var entry = MatchMemo.Entry(matches: [], sentences: [:])
            for (block, text) in blocks(of: articles[index]) {
                let tokens = cache.tokens(index, block, text: text)
                let sentences = EntityMatcher.sentenceRanges(tokens)
                entry.sentences[block] = sentences.sorted { $0.key < $1.key }.map(\.value)
                let bytes = Array(text.utf8)
                for m in matcher.match(tokens) {
                    let sentence = sentences[m.sentence] ?? m.start..<m.end
                    let mention = Mention(
                        location: TextLocation(article: index, block: block), start: m.start, end: m.end,
                        text: String(decoding: bytes[m.start..<m.end], as: UTF8.self),
                        sentenceStart: sentence.lowerBound, sentenceEnd: sentence.upperBound)
                    mentions.append((m.entity, mention))
                    guard keepMatches else { continue }
                    entry.matches.append(MatchMemo.Entry.Match(
                        entity: m.entity, block: block, start: m.start, end: m.end, text: mention.text,
                        sentenceStart: mention.sentenceStart, sentenceEnd: mention.sentenceEnd))
                }
            }
            return (mentions, entry)
        }
        if let matches, let key, stored.contains(where: { $0 == nil }) || matches.recordCount != Set(keys).count + 1 {
            let entries = zip(keys, found).map { ($0, $1.entry) }, fromKept = stored.map { $0 != nil }
            let save = { @Sendable in MatchMemo.save(entries, answer: key, to: matches.file, kept: matches, fromKept: fromKept) }
            // After a few edits, written on a thread of its own (the build waits for its cache files before it
            // returns); when most articles were matched anew it is written now, so that their matches are not
            // held while the site is rendered.
            if let saves, stored.count { $0 == nil } * 8 < articles.count { saves.add(Background(save)) } else { save() }
        }
        let perArticleMentions = found.map(\.mentions)
        let sentences = found.map(\.entry.sentences)
        // The memo's copy of every match is let go before the entities are made (27 MB at 5,448 articles).
        found = []
        var mentions = [[Mention]](repeating: [], count: resolved.entities.count)
        for list in perArticleMentions { for (e, m) in list { mentions[e].append(m) } }

        // 4. Entities in a stable order, with unique slugs; names never mentioned are dropped.
        var kept: [(ResolvedName, [Mention])] = []
        var review = resolved.review
        for (i, r) in resolved.entities.enumerated() {
            if mentions[i].isEmpty {
                if r.annotated { review.unmentioned.append(r.name) }
                continue
            }
            kept.append((r, mentions[i]))
        }
        // Sorted by position rather than in place: moving the names and mention lists themselves about was a
        // sixth of this stage on a rebuild. The resolver's order breaks the last ties.
        let sortKeys = kept.indices.map { i in (kind: kept[i].0.kind, count: -kept[i].1.count, name: kept[i].0.name, index: i) }
        let order = sortKeys.sorted { ($0.kind, $0.count, $0.name, $0.index) < ($1.kind, $1.count, $1.name, $1.index) }.map(\.index)
        // `index` is the entity index page itself. Each entity is made on its own (its mentions sorted, its
        // aliases picked), so on all cores; only the slugs' uniqueness needs them all, in order.
        let ordered = order.map { kept[$0] }
        kept = []
        let slugs = Slug.unique(concurrentMap(Array(ordered.indices)) { Slug.make(ordered[$0].0.name) }, reserved: ["index"])
        let entities = concurrentMap(Array(ordered.indices)) { i in
            let (r, list) = ordered[i]
            let seen = Set(list.map(\.text))
            let aliases = r.names.filter { $0 != r.name && (seen.contains($0) || r.annotated) }
            return Entity(
                id: slugs[i], name: r.name, kind: r.kind, why: r.why, aliases: aliases, roles: r.roles, note: r.note,
                mentions: list.sorted { ($0.location, $0.start) < ($1.location, $1.start) }, annotated: r.annotated)
        }
        return (Output(entities: entities, review: review), sentences)
    }
}

enum MarkdownBlockKind {
    static let codeBlock = "codeBlock"
}

/// Two pieces of work at once: `a` on a thread of its own, `b` on the calling thread. `b` may map on all
/// cores (`concurrentMap`) and still does: inside `DispatchQueue.concurrentPerform`, which this ran both on
/// before, a nested one runs on its one thread. So `a` is the piece that works on one core (the resolver,
/// the timeline) and `b` the one that spreads (tokens, quotes).
func inParallel<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    withoutActuallyEscaping(a) { a in
        // The thread reaches `a` only through the slot, and lets go of it before it signals: the thread
        // object may outlive this call, the closure must not.
        let slot = ResultSlot<A>(work: a)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                let work = slot.work!
                slot.work = nil
                slot.value = work()
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let second = b()
        done.wait()
        return (slot.value!, second)
    }
}

/// The work of `inParallel`'s other thread and what it made: each written by that thread once, read after
/// it signalled.
private final class ResultSlot<T>: @unchecked Sendable {
    var work: (() -> T)?
    var value: T?
    init(work: @escaping () -> T) { self.work = work }
}

/// `range` cut into consecutive runs of `length` (the last one shorter): the pieces of work a `concurrentMap`
/// hands out, the same on every machine whatever its cores.
func runs(of range: Range<Int>, length: Int) -> [Range<Int>] {
    let length = max(1, length)
    return stride(from: range.lowerBound, to: range.upperBound, by: length).map { $0..<min(range.upperBound, $0 + length) }
}

/// `map` over `items` on all cores; results in order.
func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    var results = [R?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { buffer in
        let slots = UnsafeSendableBuffer(buffer)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in slots.set(i, transform(items[i])) }
    }
    return results.map { $0! }
}
