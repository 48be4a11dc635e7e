import Foundation

/// What a build needs to know: where the seeds, templates and output are, and how to name them in messages.
public struct BuildOptions: Sendable {
    public var seeds: URL
    public var templates: URL
    public var output: URL
    public var seedsName: String
    public var templatesName: String
    public var outputName: String
    /// Where parsed sources are kept between builds (nil: no cache). By default `.dossier-cache/` beside
    /// the output.
    public var cacheFolder: URL?
    /// For tests (see `PageReuse.check`): every page whose inputs are unchanged is made anyway, and this
    /// hears whether its view is unchanged too.
    var checkPageInputs: (@Sendable (_ path: String, _ sameView: Bool) -> Void)?
    /// The process exits once the build returns (`dossier build`): the model, memos and renderer are then
    /// left for the exit to drop rather than freed one object at a time (tens of thousands of small
    /// allocations, 70 ms of a 0.9 s rebuild at 1,362 articles), as compilers skip freeing their trees.
    /// A process that builds again (`dossier serve`) has them freed on a thread of its own instead.
    public var exitsAfter = false

    public init(seeds: String, templates: String, output: String, relativeTo base: URL? = nil) {
        let base = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        }
        self.seeds = url(seeds).standardizedFileURL
        self.templates = url(templates).standardizedFileURL
        self.output = url(output).standardizedFileURL
        seedsName = seeds
        templatesName = templates
        outputName = output
        cacheFolder = ParseCache.folder(for: self.output)
    }
}

public struct BuildSummary: Sendable {
    public var sources: Int
    public var pages: Int
    public var files: Int
    public var warnings: [BuildWarning]
    public var review: Review
    public var entities: Int
    public var events: Int
    /// Bytes of every file written.
    public var bytes: Int = 0
    /// Files unchanged since the last build (pages, data, assets), hard-linked from it rather than made again.
    public var carriedOver: Int = 0
    /// Each stage with its wall time in seconds, in the order they ran.
    public var stages: [(name: String, seconds: Double)] = []
    /// The steps inside the resolve stage, with their times.
    public var resolveSteps: [(name: String, seconds: Double)] = []
    /// Warnings about the build rather than the sources (an ignored cache): printed, not on review.html.
    public var notices: [BuildWarning] = []
    /// True when nothing had changed since the last build (see `BuildRecord`): nothing was written, and
    /// the counts and messages are that build's.
    public var upToDate = false
}

/// Where a build is, for a progress line: the stage, and how many of its items are done of how many.
public struct BuildProgress: Sendable {
    public var stage: String
    public var done: Int
    public var total: Int
}

/// The whole pipeline: load → parse → resolve → render → write. Only the first and last touch the disk.
public enum DossierBuild {
    /// Everything up to the model, without rendering: used by `build` and by commands that only report.
    public static func model(_ options: BuildOptions) throws -> Dossier {
        var clock = StageClock()
        defer { clock.saves.wait() }
        return try model(options, clock: &clock)
    }

    /// `loaded`: the seeds when the caller read them already.
    static func model(_ options: BuildOptions, loaded: LoadedSeeds? = nil, clock: inout StageClock) throws -> Dossier {
        let loader = SeedsLoader(seeds: options.seeds, displayName: options.seedsName)
        clock.begin("reading the seeds")
        let seeds = try loaded ?? loader.load()
        clock.lap("load")
        clock.begin("parsing \(seeds.sources.count) articles")
        // The memos of the last resolution are read on threads of their own while the seeds are parsed.
        let memo = options.cacheFolder.map { ResolutionMemo(file: ResolutionMemo.file(in: $0), config: seeds.configDigest) }
        memo?.prefetch()
        let matchesReading = options.cacheFolder.map { folder in Background { MatchMemo(file: MatchMemo.file(in: folder)) } }
        let quotesReading = options.cacheFolder.map { folder in Background { QuoteMemo(file: QuoteMemo.file(in: folder)) } }
        var errors = seeds.errors
        var warnings = seeds.warnings
        var articles: [Article] = []
        var session = parse(seeds, loader: loader, cacheFolder: options.cacheFolder, notices: &clock.notices)
        for result in session.outputs {
            errors += result.errors
            warnings += result.warnings
            if let article = result.article { articles.append(article) }
        }
        clock.lap("parse")
        if !errors.isEmpty {
            session.save()
            throw BuildFailure(errors)
        }
        clock.begin("resolving \(articles.count) articles")
        let steps = StepLog()
        let dossier: Dossier
        // Taken out of the session, so that the resolver holds the only copy and can let it go.
        var known = session.known
        session.known = [:]
        do {
            let matches = matchesReading?.value(), quotes = quotesReading?.value()
            dossier = try DossierResolver.resolve(articles, config: seeds.config, warnings: warnings, known: &known,
                                                  extracted: { session.remember($0) }, memo: memo, matches: matches, quotes: quotes,
                                                  saves: clock.saves, timer: { steps.add($0, $1) })
            if let memo, let reason = memo.ignoredBecause {
                clock.notices.append(BuildWarning(file: memo.file.path, "ignored the resolution memo: \(reason); this build resolves every name"))
            }
            if let matches, let reason = matches.ignoredBecause {
                clock.notices.append(BuildWarning(file: matches.file.path, "ignored the match memo: \(reason); this build matches every article"))
            }
            if let quotes, let reason = quotes.ignoredBecause {
                clock.notices.append(BuildWarning(file: quotes.file.path, "ignored the quote memo: \(reason); this build looks for quotations in every article"))
            }
        } catch {
            session.save()
            throw error
        }
        // After a few edits, written on a thread of its own while the site is rendered (the build waits for
        // it before it returns): 5 MB at 1,362 articles, 20 ms a rebuild used to wait for. When most sources
        // were parsed anew it is written now, as before, so that its new records are not held while the site
        // is rendered (the build's peak memory).
        if session.parsedNow * 8 < seeds.sources.count {
            let saving = UncheckedBox(session)
            clock.saves.add(Background { saving.value.save() })
        } else {
            session.save()
        }
        clock.lap("resolve")
        clock.steps = steps.all()
        return dossier
    }

    /// What the parse stage hands on: each source's result, what the cache knew of their extraction, and
    /// the cache to write back once extraction has run.
    struct ParseSession {
        var outputs: [ArticleParser.Output]
        /// Extractions the cache kept, by source file.
        var known: [String: ArticleExtraction] = [:]
        var cache: ParseCache?
        /// The entry of each source file this build parsed cleanly, with its cache key.
        var entries: [String: (key: String, entry: ParseCache.Entry)] = [:]
        /// How many sources were parsed, not taken from the cache.
        var parsedNow = 0
        /// Entries being encoded for the cache, by key, on threads of their own (see `remember`).
        var encoding: [Background<[(key: String, bytes: Data)]>] = []

        /// Encodes the entries of the sources just extracted, with their extraction, for `save`. On a thread
        /// of its own: the names are resolved meanwhile, and the resolver's last passes leave a core idle
        /// (at four copies of the development corpora, 0.25 s of encoding no longer waited for).
        mutating func remember(_ extracted: [(file: String, extraction: ArticleExtraction)]) {
            guard cache != nil else { return }
            var changed: [(key: String, entry: ParseCache.Entry)] = []
            for (file, extraction) in extracted {
                guard var item = entries[file] else { continue }
                item.entry.extraction = extraction
                changed.append(item)
                // Its entry is now in the cache's records: the extraction is not held twice.
                entries[file] = nil
            }
            let list = changed
            encoding.append(Background { ParseCache.encode(list) })
        }

        /// Saves the cache: every entry this build used, and the new ones (with no extraction when the
        /// build stopped before extracting).
        mutating func save() {
            guard var cache else { return }
            for pending in encoding { cache.store(encoded: pending.value()) }
            encoding = []
            cache.store(entries.keys.sorted().compactMap { file in
                entries[file].flatMap { cache.used[$0.key] == nil ? $0 : nil }
            })
            cache.save()
            self.cache = nil
        }
    }

    /// Parses every source, concurrently, taking unchanged ones from the parse cache when there is one.
    /// A cache that cannot be used is told in `notices`: printed, but never on a page, since the site must be
    /// the same whatever state the cache was in.
    static func parse(_ seeds: LoadedSeeds, loader: SeedsLoader, cacheFolder: URL?, notices: inout [BuildWarning]) -> ParseSession {
        let parser = ArticleParser(display: { [loader] in loader.display($0) })
        guard let cacheFolder else { return ParseSession(outputs: parser.parseAll(seeds.sources, config: seeds.config)) }
        var cache = ParseCache.load(from: cacheFolder)
        if let reason = cache.ignoredBecause {
            // Named by its first file that could not be used; the others' sources are taken from the cache.
            let files = cache.ignoredShards.sorted()
            let file = files.first.map { ParseCache.file($0, in: cacheFolder).path } ?? cacheFolder.path
            let which = files.count == 1 ? "the sources of this file" : "the sources of \(files.count) of its \(ParseCache.shards) files"
            notices.append(BuildWarning(file: file, "ignored the build cache: \(reason); this build parses \(which) again and writes them anew"))
        }
        let keys = seeds.sources.map { source in
            ParseCache.key(source, display: loader.display(source.path), settings: seeds.config.sources[source.path],
                           fallback: seeds.config.fallbackEncoding)
        }
        var session = ParseSession(outputs: [])
        var results = [ArticleParser.Output?](repeating: nil, count: seeds.sources.count)
        var missing: [Int] = []
        for (i, entry) in cache.lookup(keys).enumerated() {
            if var entry {
                results[i] = ArticleParser.Output(article: entry.article, errors: [], warnings: entry.warnings)
                // The extraction goes to `known` alone: its record is kept as read, and it is never held twice.
                if let extraction = entry.extraction { session.known[entry.article.file] = extraction }
                entry.extraction = nil
                session.entries[entry.article.file] = (keys[i], entry)
            } else {
                missing.append(i)
            }
        }
        let parsed = parser.parseAll(missing.map { seeds.sources[$0] }, config: seeds.config)
        session.parsedNow = missing.count
        for (i, output) in zip(missing, parsed) {
            results[i] = output
            // Only clean results are kept: a source with errors is parsed again, and its errors shown again.
            if output.errors.isEmpty, let article = output.article {
                session.entries[article.file] = (keys[i], ParseCache.Entry(article: article, warnings: output.warnings))
            }
        }
        session.outputs = results.map { $0! }
        session.cache = cache
        return session
    }

    /// The model and the templates, with every error of both reported together.
    static func prepare(_ options: BuildOptions, loaded: Inputs? = nil, clock: inout StageClock) throws -> (Dossier, TemplateSet) {
        var errors: [DossierError] = []
        var templates: TemplateSet?
        var dossier: Dossier?
        do { dossier = try model(options, loaded: loaded?.seeds, clock: &clock) } catch let f as BuildFailure { errors += f.errors }
        do { templates = try loaded?.templates ?? TemplateSet.load(from: options.templates, displayName: options.templatesName) } catch let f as BuildFailure { errors += f.errors }
        clock.lap("templates")
        guard errors.isEmpty, let templates, let dossier else { throw BuildFailure(errors) }
        return (dossier, templates)
    }

    /// Renders the site in memory (no disk writes): what `build` would write.
    public static func render(_ options: BuildOptions) throws -> [OutputFile] {
        var clock = StageClock()
        defer { clock.saves.wait() }
        let (dossier, templates) = try prepare(options, clock: &clock)
        return SiteRenderer(templates: templates).render(dossier)
    }

    /// Builds the site: pages are written into the staging folder as they are rendered (the site is never
    /// held in memory whole), and the staging folder replaces the output only when every file is written.
    @discardableResult
    public static func build(_ options: BuildOptions, progress: (@Sendable (BuildProgress) -> Void)? = nil,
                             pageTimes: PageTimes? = nil) throws -> BuildSummary {
        let leftovers = Leftovers()
        let summary = try build(options, progress: progress, pageTimes: pageTimes, leaving: leftovers)
        // What the build made is the leftovers' alone now: freed on a thread of its own (tens of thousands of
        // small objects, 70 ms at 1,362 articles, that `dossier serve` need not wait for), or never when the
        // process exits next, as compilers skip freeing their trees.
        if options.exitsAfter { ExitHold.keep([leftovers]) } else { leftovers.release() }
        return summary
    }

    /// The build, its largest values handed to `leftovers` rather than freed as it returns.
    private static func build(_ options: BuildOptions, progress: (@Sendable (BuildProgress) -> Void)?,
                              pageTimes: PageTimes?, leaving leftovers: Leftovers) throws -> BuildSummary {
        var clock = StageClock()
        clock.progress = progress
        defer { clock.saves.wait() }
        TableWarmUp.start()
        let writer = SiteWriter(output: options.output, displayName: options.outputName)
        try writer.checkApart(seeds: options.seeds, templates: options.templates)
        let recordFile = options.cacheFolder.map { BuildRecord.file(in: $0, output: options.output) }
        var loaded: Inputs?
        if let recordFile {
            // What killed builds left beside the output goes first, as in any build (an old site put aside
            // and never swapped back is restored here, and then checked like any site).
            FolderSwap.cleanStale(beside: options.output)
            // The sites earlier builds replaced are deleted while this one reads and resolves.
            if let cacheFolder = options.cacheFolder { OldSites.empty(OldSites.trash(in: cacheFolder)) }
            switch upToDate(options, record: recordFile) {
            case let .unchanged(summary): return summary
            case let .changed(inputs): loaded = inputs
            }
        }
        // The two walks of folders on disk, of the output (is it a site dossier may replace?) and of the spare
        // site (does it hold what its memo says?), run on a thread of their own while the seeds are parsed and
        // resolved, mostly on one core. The output's verdict still comes before any error in the seeds.
        let walks = Background { () -> (refusal: BuildFailure?, spare: [String: PageMemo.Record]?, ignoredBecause: String?) in
            do { try writer.checkFolder() } catch let f as BuildFailure { return (f, nil, nil) } catch {}
            guard let cache = options.cacheFolder else { return (nil, nil, nil) }
            let (records, reason) = SpareSite.check(cacheFolder: cache, output: options.output)
            return (nil, records, reason)
        }
        // The memos of the last site are read on a thread of their own too: the record memo reads the
        // last data/dossier.json whole (58 MB at 5,448 articles), which was 50 ms on the one busy core.
        let memos = Background { () -> (pages: PageMemo, records: JSONRecordMemo)? in
            guard let cache = options.cacheFolder else { return nil }
            let pages = PageMemo.load(cacheFolder: cache, output: options.output)
            return (pages, JSONRecordMemo.load(cacheFolder: cache, output: options.output, pages: pages))
        }
        let prepared = Result { try prepare(options, loaded: loaded, clock: &clock) }
        let walked = walks.value()
        let loadedMemos = memos.value()
        if let refusal = walked.refusal { throw refusal }
        let (dossier, templates) = try prepared.get()
        if let reason = walked.ignoredBecause, let cache = options.cacheFolder {
            clock.notices.append(BuildWarning(file: SpareSite.folder(in: cache, output: options.output).path,
                                              "ignored the spare site: \(reason); this build starts from an empty folder"))
        }
        let staging = try writer.stage(spare: options.cacheFolder.map { ($0, walked.spare) })
        var renderer = SiteRenderer(templates: templates)
        renderer.pageTimes = pageTimes
        renderer.leftovers = leftovers
        let tally = WriteTally(progress: progress)
        let memo = loadedMemos?.pages
        if let reason = memo?.ignoredBecause, let file = memo?.file {
            clock.notices.append(BuildWarning(file: file.path, "ignored the page memo: \(reason); this build renders every page"))
        }
        let recordMemo = loadedMemos?.records
        if let reason = recordMemo?.ignoredBecause, let file = recordMemo?.file {
            clock.notices.append(BuildWarning(file: file.path, "ignored the record memo: \(reason); this build writes every record of \(JSONRecordMemo.path)"))
        }
        let written = MemoRecorder()
        let site = options.output.path
        /// Keeps `path` in the staging folder when it is the spare's file made under this key, or links it from
        /// the current site when the memo says it is unchanged there; the page's inputs, when given, are
        /// recorded for the next build.
        let carry: @Sendable (String, String, String?) -> Bool = { path, key, inputs in
            if var record = staging.kept(path, key: key) {
                record.inputs = inputs ?? ""
                written.add(path, record)
                tally.addCarried(path, bytes: Int(record.identity.size))
                return true
            }
            guard var record = memo?.unchanged(path, key: key, in: site), staging.carryOver(path, from: site) else { return false }
            record.inputs = inputs ?? ""
            written.add(path, record)
            tally.addCarried(path, bytes: Int(record.identity.size))
            return true
        }
        if let memo {
            var seed = templates.digest
            seed.add(PageMemo.format)
            seed.add(CacheFile.binaryStamp)
            renderer.reuse = PageReuse(seed: seed, carryOver: carry, recordedKey: { memo.key($0, inputs: $1) },
                                       check: options.checkPageInputs, records: recordMemo)
        }
        do {
            try renderer.render(dossier, starting: { tally.setTotal($0) }) { file in
                if file.pieces != nil {
                    // Made as it is written: its key is known only once it is on disk, and an unchanged one is
                    // swapped for a link to the old file then.
                    let (identity, size, hash) = try staging.writeCounted(file)
                    guard memo != nil, let hash, let identity else { return tally.add(file.path, bytes: size) }
                    let key = "pieces-" + hash
                    if let record = memo?.unchanged(file.path, key: key, in: site), staging.relink(file.path, from: site) {
                        written.add(file.path, record)
                        tally.addCarried(file.path, bytes: size)
                    } else {
                        written.add(file.path, PageMemo.Record(key: key, identity: identity))
                        tally.add(file.path, bytes: size)
                    }
                    return
                }
                // Any other data file or asset is made whole before it gets here: its key is its bytes, and an
                // unchanged one costs a link instead of a new file.
                let key = file.key ?? (memo == nil ? nil : "bytes-" + Hash128.hex(file.bytes))
                if file.key == nil, let key, carry(file.path, key, file.inputs) { return }
                let identity = try staging.write(file)
                if let key, let identity { written.add(file.path, PageMemo.Record(key: key, inputs: file.inputs ?? "", identity: identity)) }
                tally.add(file.path, bytes: file.bytes.count)
            }
        } catch {
            staging.discard()
            throw error
        }
        let records = written.all()
        // The memo is encoded (its 13,000 paths sorted) on another thread while the spare is swept and the
        // site swapped in; it is written once the swap has renamed the old one.
        let encodedMemo = memo == nil ? nil : Background { PageMemo.encode(records) }
        staging.sweep(keeping: records)
        clock.lap("render+write")
        // The site is about to change: the record is true again only once this build is done. A build that
        // failed before here left the site, its memo and so its record as they were.
        if let recordFile { BuildRecord.forget(recordFile) }
        try writer.commit(staging, trash: options.cacheFolder.map(OldSites.trash(in:)),
                          spare: options.cacheFolder.flatMap { cache in memo.map { (cache, $0.file) } })
        if let memo, let encodedMemo { PageMemo.save(encoded: encodedMemo.value(), to: memo.file) }
        if let recordMemo, let key = records[JSONRecordMemo.path]?.key { recordMemo.save(fileKey: key) }
        clock.lap("swap")
        let counts = tally.counts()
        leftovers.add([dossier, renderer, memo as Any, written, staging, loaded as Any])
        if memo != nil, let recordFile, let loaded {
            BuildRecord(inputs: loaded.digest, sources: dossier.articles.count, pages: counts.pages, files: counts.files,
                        bytes: counts.bytes, entities: dossier.entities.count, events: dossier.events.count,
                        warnings: dossier.warnings, review: dossier.review).save(to: recordFile)
        }
        return BuildSummary(
            sources: dossier.articles.count, pages: counts.pages, files: counts.files, warnings: dossier.warnings,
            review: dossier.review, entities: dossier.entities.count, events: dossier.events.count,
            bytes: counts.bytes, carriedOver: counts.carried, stages: clock.stages, resolveSteps: clock.steps, notices: clock.notices)
    }
}

extension DossierBuild {
    /// The seeds and templates as read before a build, with the digest of both (see `BuildRecord.inputs`).
    struct Inputs {
        var seeds: LoadedSeeds
        var templates: TemplateSet
        var digest: String
    }

    enum Check {
        /// Nothing changed since the last build: its summary.
        case unchanged(BuildSummary)
        /// Something did: the inputs as read, for the build to use (nil when they could not be read
        /// cleanly, and the build reads them again to report why).
        case changed(Inputs?)
    }

    /// Reads the seeds and templates and compares them, and the site, with what the last build recorded.
    static func upToDate(_ options: BuildOptions, record file: URL) -> Check {
        let started = DispatchTime.now().uptimeNanoseconds
        let loader = SeedsLoader(seeds: options.seeds, displayName: options.seedsName)
        guard let seeds = try? loader.load(),
              let templates = try? TemplateSet.load(from: options.templates, displayName: options.templatesName) else {
            return .changed(nil)
        }
        let inputs = Inputs(seeds: seeds, templates: templates,
                            digest: BuildRecord.inputs(options, seeds: seeds, templates: templates))
        guard seeds.errors.isEmpty, let cacheFolder = options.cacheFolder, let record = BuildRecord.load(file),
              record.inputs == inputs.digest else { return .changed(inputs) }
        let memo = PageMemo.load(cacheFolder: cacheFolder, output: options.output)
        guard memo.ignoredBecause == nil, SiteListing.matches(options.output, records: memo.records) else {
            return .changed(inputs)
        }
        return .unchanged(record.summary(checked: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))
    }
}

/// Wall time of each stage, taken as the build passes from one to the next.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    var stages: [(name: String, seconds: Double)] = []
    var steps: [(name: String, seconds: Double)] = []
    /// Warnings about the build itself (the cache), not about the sources: printed, never on a page.
    var notices: [BuildWarning] = []
    var progress: (@Sendable (BuildProgress) -> Void)?
    /// Cache files this build writes in the background, waited for before it returns.
    let saves = PendingSaves()

    func begin(_ stage: String) {
        progress?(BuildProgress(stage: stage, done: 0, total: 0))
    }

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append((name, Double(now - last) / 1e9))
        last = now
    }
}

/// Step timings reported from inside the resolve stage (from its worker threads, hence the lock).
final class StepLog: @unchecked Sendable {
    private var steps: [(String, Double)] = []
    private let lock = NSLock()
    func add(_ name: String, _ seconds: Double) { lock.lock(); steps.append((name, seconds)); lock.unlock() }
    func all() -> [(name: String, seconds: Double)] { lock.lock(); defer { lock.unlock() }; return steps }
}

/// The page memo of this build, filled from the render threads as pages are written or carried over.
final class MemoRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var records: [String: PageMemo.Record] = [:]
    func add(_ path: String, _ record: PageMemo.Record) { lock.lock(); records[path] = record; lock.unlock() }
    func all() -> [String: PageMemo.Record] { lock.lock(); defer { lock.unlock() }; return records }
}

/// Counts what the render threads wrote, and tells the progress line every so often.
final class WriteTally: @unchecked Sendable {
    private let lock = NSLock()
    private var files = 0, pages = 0, bytes = 0, carried = 0
    /// How many jobs there are: told once the pages are laid out, which may be after the first data file
    /// arrived from the exports' thread.
    private var total = 0
    private let progress: (@Sendable (BuildProgress) -> Void)?

    init(progress: (@Sendable (BuildProgress) -> Void)?) {
        self.progress = progress
    }

    func setTotal(_ jobs: Int) { lock.lock(); total = jobs; lock.unlock() }

    func add(_ path: String, bytes: Int) { count(path, bytes: bytes, carried: false) }

    /// A file carried over from the last build unchanged: counted like one written.
    func addCarried(_ path: String, bytes: Int) { count(path, bytes: bytes, carried: true) }

    private func count(_ path: String, bytes size: Int, carried isCarried: Bool) {
        lock.lock()
        files += 1
        if isCarried { carried += 1 }
        bytes += size
        if path.hasSuffix(".html") { pages += 1 }
        let done = files, jobs = total
        lock.unlock()
        if done % 64 == 0, jobs > 0 { progress?(BuildProgress(stage: "rendering", done: min(done, jobs), total: jobs)) }
    }

    func counts() -> (files: Int, pages: Int, bytes: Int, carried: Int) {
        lock.lock(); defer { lock.unlock() }
        return (files, pages, bytes, carried)
    }
}
