import Dispatch

/// The resolve stage: slugs, order, entities.
public enum DossierResolver {
    /// `timer`, when given, hears how long each step took (for `make bench`).
    public static func resolve(_ parsed: [Article], config: DossierConfig, warnings: [BuildWarning],
                               timer: (@Sendable (String, Double) -> Void)? = nil) throws -> Dossier {
        var none: [String: ArticleExtraction] = [:]
        return try resolve(parsed, config: config, warnings: warnings, known: &none, extracted: { _ in }, timer: timer)
    }

    /// `known` holds what an earlier build extracted from some of the articles (by file, as the build cache
    /// kept it); the rest are extracted now and handed to `extracted`, for the cache, as soon as they are
    /// made: the candidates are the largest thing a build holds, so `known` is emptied as its extractions are
    /// taken (never held twice), and they are let go after the entity stage.
    ///
    /// `memo`, when given, keeps the resolver's answer between builds (see `ResolutionMemo`), and `matches`
    /// what matching found in each article under it (see `MatchMemo`).
    static func resolve(_ parsed: [Article], config: DossierConfig, warnings: [BuildWarning], known: inout [String: ArticleExtraction],
                        extracted: ([(file: String, extraction: ArticleExtraction)]) -> Void,
                        memo: ResolutionMemo? = nil, matches: MatchMemo? = nil, quotes quoteMemo: QuoteMemo? = nil,
                        saves: PendingSaves? = nil, timer: (@Sendable (String, Double) -> Void)? = nil) throws -> Dossier {
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            timer?(name, Double(now - clock) / 1e9)
            clock = now
        }
        // Slugs come from the file path, not the headline: an edited title must not break links into the site.
        let byPath = parsed.sorted { $0.file < $1.file }
        let slugs = Slug.unique(byPath.map { Slug.make(pathWithoutExtension($0.file)) })
        var articles = zip(byPath, slugs).map { article, slug in
            var a = article
            a.slug = slug
            return a
        }
        articles.sort { a, b in
            switch (a.metadata.published, b.metadata.published) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.file < b.file
            }
        }
        var dossier = Dossier(title: config.title, description: config.description, articles: articles, warnings: warnings)
        var kept = [ArticleExtraction?](repeating: nil, count: articles.count)
        for i in articles.indices {
            guard var extraction = known.removeValue(forKey: articles[i].file) else { continue }
            extraction.move(to: i)
            kept[i] = extraction
        }
        known = [:]
        let sorted = articles
        let missing = articles.indices.filter { kept[$0] == nil }
        // Only the articles to extract are tokenized now; the others while the names are resolved.
        let early = TokenCache(articles, only: missing)
        lap("tokens")
        let made = concurrentMap(missing) { ArticleExtraction.extract(sorted, $0, tokens: early) }
        for (i, extraction) in zip(missing, made) { kept[i] = extraction }
        extracted(zip(missing, made).map { (articles[$0].file, $1) })
        var extractions = kept.map { $0! }
        kept = []
        let dates = extractions.flatMap(\.dates)
        lap("extract")
        let (found, sentences) = EntityStage.run(articles, config: config, extractions: extractions, memo: memo,
                                                 matches: matches, saves: saves, early: early)
        extractions = []
        lap("entities")
        dossier.entities = found.entities
        dossier.review = found.review
        for name in found.review.unmentioned {
            dossier.warnings.append(BuildWarning(file: config.file, "entity '\(name)' is described but no source mentions it"))
        }
        let (analystEvents, eventErrors) = analystEvents(config, dossier: dossier)
        let (annotations, annotationErrors) = AnnotationStage.run(config, articles: articles, entities: dossier.entities)
        if !(eventErrors + annotationErrors).isEmpty { throw BuildFailure(eventErrors + annotationErrors) }
        dossier.annotations = annotations
        lap("annotations")
        // The timeline (on one core) while quotes and related sources are found (each on all cores): all
        // three read the entities and nothing the others make.
        let entities = dossier.entities
        let (timeline, (quotes, related)) = inParallel(
            { TimelineStage.run(articles: sorted, entities: entities, dates: dates, analyst: analystEvents) },
            { (QuoteStage.run(sorted, entities: entities, sentences: sentences, memo: quoteMemo), RelatedSources.compute(sorted, entities: entities)) })
        dossier.quotes = quotes.quotes
        if let quoteMemo, quoteMemo.differs(from: quotes.records) {
            let records = quotes.records
            saves?.add(Background { quoteMemo.save(records) })
        }
        dossier.related = related
        lap("quotes, related, events")
        dossier.dates = timeline.dates
        dossier.events = timeline.events
        dossier.groups = timeline.groups
        dossier.sentences = sentences
        return dossier
    }

    /// The analyst's events, with entity names and source files checked against the dossier.
    static func analystEvents(_ config: DossierConfig, dossier: Dossier) -> ([TimelineEvent], [DossierError]) {
        // The table of every entity's names is only for the analyst's events to name.
        guard !config.events.isEmpty else { return ([], []) }
        var byName: [String: Int] = [:]
        for (i, e) in dossier.entities.enumerated() {
            for name in [e.name] + e.aliases where byName[name.lowercased()] == nil { byName[name.lowercased()] = i }
        }
        let byFile = Dictionary(dossier.articles.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { a, _ in a })
        var events: [TimelineEvent] = []
        var errors: [DossierError] = []
        for a in config.events {
            var entities: [Int] = []
            for name in a.entities {
                if let i = byName[name.lowercased()] { entities.append(i) } else {
                    errors.append(DossierError(.resolve, file: config.file, line: a.line,
                                               "event '\(a.title)': no entity named '\(name)' in the dossier"))
                }
            }
            var sources: [Int] = []
            for file in a.sources {
                if let i = byFile[file] { sources.append(i) } else {
                    errors.append(DossierError(.resolve, file: config.file, line: a.line,
                                               "event '\(a.title)': no source file '\(file)'"))
                }
            }
            events.append(TimelineEvent(
                id: "", date: nil, analystDate: a.date, title: a.title, sentence: nil, location: nil,
                sentenceStart: 0, entities: entities, sources: sources, note: a.note, annotated: true, group: nil))
        }
        return (events, errors)
    }

    static func pathWithoutExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].utf8.contains(UInt8(ascii: "/")) else { return path }
        return String(path[..<dot])
    }
}
