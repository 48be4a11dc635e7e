import Foundation
import Markdown

/// A file of the site, relative to its root.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var bytes: Data
    /// For a page: the key of everything it was made from, which the next build compares (see `PageReuse`).
    public var key: String?
    /// For a page with inputs: their hash, recorded beside `key` (see `PageReuse`).
    public var inputs: String?
    /// A large data file is made a piece at a time instead (`bytes` is then empty): `pieces` hands each
    /// piece to its argument in order, so the file is written as it is made and never held whole.
    public var pieces: (@Sendable (_ emit: (Data) throws -> Void) throws -> Void)?

    public init(path: String, bytes: Data, key: String? = nil, inputs: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.key = key
        self.inputs = inputs
    }

    init(path: String, pieces: @escaping @Sendable (_ emit: (Data) throws -> Void) throws -> Void) {
        self.path = path
        self.bytes = Data()
        self.pieces = pieces
    }

    /// The file with all its bytes in memory (for tests and `DossierBuild.render`).
    public var whole: OutputFile {
        guard let pieces else { return self }
        var bytes = Data()
        try? pieces { bytes.append($0) }
        return OutputFile(path: path, bytes: bytes, key: key)
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.key == b.key && a.whole.bytes == b.whole.bytes
    }
}

/// A page's view model: read by its template, and hashed whole to tell whether the page changed. A view
/// may leave costly markup out of its encoding and make it in `prepared()`, which runs only when the page
/// is rendered; such markup must follow from what is encoded alone.
protocol PageBody: TemplateView, Encodable, Sendable {
    func prepared() -> Self
}

extension PageBody {
    func prepared() -> Self { self }
}

/// The render stage: the `Dossier` and templates become files. Pure; pages render concurrently.
public struct SiteRenderer: Sendable {
    let templates: TemplateSet
    /// Above this many events the timeline is split into a page per year.
    public var timelineThreshold = TimelinePaging.threshold
    /// When given, hears the time spent on each page kind (view model and templates): `make bench` prints it.
    public var pageTimes: PageTimes?
    /// When given, pages whose inputs did not change since the last build are carried over, not rendered.
    public var reuse: PageReuse?
    /// When given, the jobs and what they hold are handed to it when rendering ends instead of being freed
    /// there (see `DossierBuild.build`).
    var leftovers: Leftovers?

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// One page to render: where it goes and how to build its body's view model.
    struct Page: Sendable {
        var path: String
        var kind: String
        var title: String
        var template: String
        /// Scripts under assets/ the page loads (deferred); pages work without them.
        var scripts: [String] = []
        var makeView: @Sendable (_ root: String) -> any PageBody
        /// When given, writes into the sink everything `makeView` reads from the model, far more cheaply
        /// than making the view: the same inputs must always make the same view (`PageInputTests` builds
        /// dossiers after edits of every kind with `PageReuse.check` set and finds no page where they do not).
        var inputs: (@Sendable (_ root: String, _ sink: DigestSink) -> Void)?

        init(path: String, kind: String, title: String, template: String, scripts: [String] = [],
             inputs: (@Sendable (_ root: String, _ sink: DigestSink) -> Void)? = nil,
             makeView: @escaping @Sendable (_ root: String) -> any PageBody) {
            self.path = path
            self.kind = kind
            self.title = title
            self.template = template
            self.scripts = scripts
            self.inputs = inputs
            self.makeView = makeView
        }
    }

    /// The site in memory, sorted by path: for tests and `DossierBuild.render`.
    public func render(_ dossier: Dossier) -> [OutputFile] {
        let jobs = self.jobs(for: dossier)
        var results = [[OutputFile]?](repeating: nil, count: jobs.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: jobs.count) { slots.set($0, jobs[$0]().map(\.whole)) }
        }
        return results.flatMap { $0 ?? [] }.sorted { $0.path < $1.path }
    }

    /// Renders every file and hands each to `sink` as soon as it is made, from several threads at once, so
    /// pages are written while others render and the site is never held in memory whole. The first error
    /// `sink` throws is rethrown once every job has stopped.
    /// The data exports run one after another on a thread of their own, from the start: they need only the
    /// dossier, so the other core is busy with them while this one lays out the pages (the entity index,
    /// the page list), which it then renders on every core. `starting` hears how many jobs there are (each
    /// makes at least one file) once the pages are laid out, when the exports may have begun.
    public func render(_ dossier: Dossier, starting: @Sendable (Int) -> Void = { _ in },
                       to sink: @Sendable (OutputFile) throws -> Void) throws {
        let paging = TimelinePaging(dossier, threshold: timelineThreshold)
        // The exports are taken from a queue: by their own thread from the start, and by this one too once
        // the pages are done, so that the last export is never left to one core while the other waits.
        let exports = JobQueue(exportJobs(for: dossier, paging: paging))
        let (exportFailure, pageFailure): (Error?, Error?) = inParallel({
            exports.drain(into: sink)
        }, {
            let jobs = self.pageJobs(for: dossier, paging: paging)
            starting(exports.count + jobs.count)
            var failures = [Error?](repeating: nil, count: jobs.count)
            failures.withUnsafeMutableBufferPointer { buffer in
                let slots = UnsafeSendableBuffer(buffer)
                DispatchQueue.concurrentPerform(iterations: jobs.count) { job in
                    do {
                        for file in jobs[job]() { try sink(file) }
                    } catch {
                        slots.set(job, error)
                    }
                }
            }
            leftovers?.add([jobs])
            return failures.lazy.compactMap({ $0 }).first ?? exports.drain(into: sink)
        })
        if let first = exportFailure ?? pageFailure { throw first }
    }

    /// Independent pieces of work, each making one or more files: the data exports, every page, the assets.
    func jobs(for dossier: Dossier) -> [@Sendable () -> [OutputFile]] {
        let paging = TimelinePaging(dossier, threshold: timelineThreshold)
        return exportJobs(for: dossier, paging: paging) + pageJobs(for: dossier, paging: paging)
    }

    /// The data files: the whole dossier as JSON, the timeline's data, the search index, the annotations
    /// and the entity table.
    func exportJobs(for dossier: Dossier, paging: TimelinePaging) -> [@Sendable () -> [OutputFile]] {
        // The longest first: the search index, then dossier.json (made as it is written).
        [
            { SearchIndex.files(dossier, paging: paging, reuse: reuse) },
            { [DataExport.dossierJSON(dossier, memo: reuse?.records)] },
            { [TimelineHTML.timelineJS(dossier)] + (paging.split ? [TimelineHTML.periodsScript(paging)] : []) },
            { [OtherExports.annotationsJSONLD(dossier), OtherExports.entitiesCSV(dossier)] },
        ]
    }

    /// A job per page, then one for the assets.
    func pageJobs(for dossier: Dossier, paging: TimelinePaging) -> [@Sendable () -> [OutputFile]] {
        let index = EntityIndex(dossier)
        let tables = reuse == nil ? nil : PageInputTables(dossier, paging: paging)
        let pages = self.pages(for: dossier, index: index, paging: paging, tables: tables)
            + EntityPages.pages(for: dossier, index: index, paging: paging, tables: tables)
        let nav = [("Sources", "index.html"), ("Entities", "entities/index.html"), ("Timeline", "timeline.html"), ("Graph", "graph.html"), ("Annotations", "annotations.html"), ("Search", "search.html"), ("Review", "review.html")]
        var jobs: [@Sendable () -> [OutputFile]] = []
        let templates = self.templates
        let siteTitle = dossier.title
        let sourceCount = dossier.articles.count
        let pageTimes = self.pageTimes
        let frames = LayoutFrames(templates: templates)
        let reuse = self.reuse.map { reuse in
            // What every page shares: the layout's inputs that are the same on all pages.
            var seed = reuse.seed
            seed.add(siteTitle)
            seed.add(word: UInt64(sourceCount))
            var shared = reuse
            shared.seed = seed
            return shared
        }
        for page in pages {
            jobs.append {
                let started = pageTimes == nil ? 0 : DispatchTime.now().uptimeNanoseconds
                defer { pageTimes?.add(page.template, since: started) }
                let root = Self.root(for: page.path)
                // The inputs first: when they are the last build's, so is the view, and it is never made.
                var inputs: String?, recorded: String?
                if let reuse, let write = page.inputs {
                    let hash = Self.inputsKey(of: page, root: root, seed: reuse.seed, write: write)
                    inputs = hash
                    recorded = reuse.recordedKey(page.path, hash)
                    if let recorded, reuse.check == nil, reuse.carryOver(page.path, recorded, hash) { return [] }
                }
                let view = page.makeView(root)
                var key: String?
                if let reuse {
                    key = Self.key(of: page, view: view, seed: reuse.seed)
                    if let recorded, let check = reuse.check { check(page.path, key == recorded) }
                    if let key, reuse.carryOver(page.path, key, inputs) { return [] }
                }
                let body = templates.renderBytes(view.prepared(), template: page.template)
                let layout = LayoutView(
                    pageTitle: page.title, siteTitle: siteTitle, root: root, kind: page.kind, bodyHTML: "",
                    nav: nav.map { NavItem(label: $0.0, href: $0.1, current: $0.1 == page.path) },
                    sourceCount: sourceCount, scripts: page.scripts)
                return [OutputFile(path: page.path, bytes: Data(frames.renderBytes(layout, body: body)), key: key, inputs: inputs)]
            }
        }
        let assets = templates.assets.map { OutputFile(path: "assets/" + $0.path, bytes: $0.bytes) }
        jobs.append { assets }
        return jobs
    }

    /// `tables`, when given, let the source pages hash their inputs (see `Page.inputs`).
    func pages(for dossier: Dossier, index: EntityIndex, paging: TimelinePaging, tables: PageInputTables? = nil) -> [Page] {
        var pages: [Page] = []
        let descriptionHTML = dossier.description.map { MarkdownDocument.renderHTML($0) }
        let items = dossier.articles.map(SourceItemView.init)
        let top = EntityPages.groups(dossier.entities.indices.map { ($0, dossier.entities[$0].mentions.count) }, in: dossier, limit: 6)
        let lists = SourceLists(dossier)
        pages.append(Page(path: "index.html", kind: "index", title: "Overview", template: "index") { root in
            FrontPage.view(dossier, lists: lists, index: index, items: items, descriptionHTML: descriptionHTML, top: top, root: root)
        })
        pages += lists.pages(dossier, items: items)
        let sentenceMentions = index.mentionsBySentence
        pages.append(Page(path: "timeline.html", kind: "timeline", title: "Timeline", template: "timeline", scripts: ["assets/timeline.js"]) { root in
            TimelineHTML.page(dossier, root: root, paging: paging, part: nil, mentions: sentenceMentions)
        })
        if paging.split {
            for part in paging.parts {
                pages.append(Page(path: part.path, kind: "timeline", title: "Timeline: \(part.label)", template: "timeline",
                                  scripts: ["timeline/periods.js", "assets/timeline.js"]) { root in
                    TimelineHTML.page(dossier, root: root, paging: paging, part: part, mentions: sentenceMentions)
                })
            }
        }
        let datesByArticle = Dictionary(grouping: dossier.dates, by: \.location.article)
        let annotationsByArticle = Dictionary(grouping: dossier.annotations, by: \.location.article)
        pages.append(Page(path: "search.html", kind: "search", title: "Search", template: "search", scripts: ["search/index.js"]) { root in
            GraphPageView(root: root, svgHTML: "", caption: "")
        })
        pages.append(Page(path: "graph.html", kind: "graph", title: "Graph", template: "graph") { root in
            let graph = GraphSVG.full(dossier, index: index, root: root)
            return GraphPageView(root: root, svgHTML: graph.svg, caption: graph.caption,
                                 more: graph.more.map { EntityLinkView(dossier.entities[$0]) })
        })
        pages.append(Page(path: "annotations.html", kind: "annotations", title: "Annotations", template: "annotations") { root in
            AnnotationsPageView(root: root, notes: dossier.annotations.map { a in
                let number = (annotationsByArticle[a.location.article] ?? []).firstIndex { $0.id == a.id }.map { $0 + 1 } ?? 0
                return AnnotationHTML.note(a, number: number, dossier: dossier, root: root)
            })
        })
        for (i, article) in dossier.articles.enumerated() {
            let previous = i > 0 ? items[i - 1] : nil
            let next = i + 1 < items.count ? items[i + 1] : nil
            let item = items[i]
            var inputs: (@Sendable (String, DigestSink) -> Void)?
            if let tables {
                inputs = { root, sink in
                    Self.writeSourceInputs(of: i, dossier: dossier, index: index, tables: tables, dates: datesByArticle[i] ?? [],
                                           annotations: annotationsByArticle[i] ?? [], root: root, to: sink)
                }
            }
            pages.append(Page(path: "sources/\(article.slug).html", kind: "source", title: article.title, template: "source", inputs: inputs) { root in
                var wraps = index.wraps(of: i)
                var notes: [String: [NoteView]] = [:]
                for (number, a) in (annotationsByArticle[i] ?? []).enumerated() {
                    wraps[a.location.block, default: []].append(AnnotationHTML.wrap(a, number: number + 1))
                    notes[a.location.block, default: []].append(AnnotationHTML.note(a, number: number + 1, dossier: dossier, root: root))
                }
                return SourcePageView(
                    root: root, item: item, url: article.metadata.url, format: article.format.rawValue,
                    text: ArticleText(article: article, wraps: wraps, notes: notes),
                    entities: EntityPages.groups(index.byArticle[i] ?? [], in: dossier, limit: nil),
                    dates: (datesByArticle[i] ?? []).map { d in
                        LinkView(label: d.text, href: "#\(d.location.block)",
                                 detail: d.value?.label ?? "not placed: \(d.resolution)")
                    },
                    related: AnnotationHTML.related(i, dossier: dossier, items: items),
                    titleNotes: notes["title"] ?? [],
                    removed: article.removed.map { RemovedView(text: $0.text, reason: $0.reason, line: $0.line) },
                    previous: previous, next: next)
            })
        }
        return pages
    }

    /// Everything a page's bytes are made of besides the build-wide seed: its place, kind, title, template,
    /// scripts and view model. nil when the view cannot be hashed: the page is then always rendered.
    static func key(of page: Page, view: any PageBody, seed: Hash128) -> String? {
        var hash = seed
        for part in [page.path, page.kind, page.title, page.template] + page.scripts { hash.add(part) }
        hash.add(word: UInt64(page.scripts.count))
        if let view = view as? any DigestWritable {
            let sink = DigestSink(hash)
            sink.top(view)
            hash = sink.hash
        } else {
            do { try DigestEncoder.digest(view, into: &hash) } catch { return nil }
        }
        return hash.hex
    }

    /// The hash of a page's inputs: a tag that keeps it apart from any view key, the page's place, kind,
    /// title, template and scripts, then what its `inputs` write.
    static func inputsKey(of page: Page, root: String, seed: Hash128,
                          write: (_ root: String, _ sink: DigestSink) -> Void) -> String {
        let sink = DigestSink(seed)
        sink.string("page inputs")
        for part in [page.path, page.kind, page.title, page.template] + page.scripts { sink.string(part) }
        sink.int(Int64(page.scripts.count))
        write(root, sink)
        return sink.hash.hex
    }

    /// `../` once per folder level of `path`, so every link works from file:// and under any sub-path.
    static func root(for path: String) -> String {
        // Site paths are ASCII (slugs): their folders are counted by bytes, once per page.
        let folders = path.isASCII
            ? path.utf8.split(separator: UInt8(ascii: "/")).count - 1
            : path.split(separator: "/").count - 1
        return String(repeating: "../", count: folders)
    }
}

/// Paragraph and caption HTML through cmark: plain text is built as nodes, Markdown is parsed.
enum ArticleHTML {
    static func paragraphs(_ article: Article, wraps: [String: [InlineWrap]]) -> [ParagraphView] {
        if let body = article.markdownBody {
            var byBlock: [Int: [InlineWrap]] = [:]
            for p in article.paragraphs { if let b = p.markdownBlock, let w = wraps[p.id] { byBlock[b] = w } }
            let blocks = MarkdownDocument.renderBlocks(body, wraps: byBlock)
            return article.paragraphs.enumerated().map { i, p in
                ParagraphView(id: p.id, number: i + 1, html: p.markdownBlock.map { blocks[$0] } ?? "", line: p.line)
            }
        }
        return article.paragraphs.enumerated().map { i, p in
            ParagraphView(id: p.id, number: i + 1, html: PlainText.render(p.text, wraps: wraps[p.id] ?? []), line: p.line)
        }
    }

    static func captions(_ article: Article, wraps: [String: [InlineWrap]]) -> [CaptionView] {
        article.captions.map { CaptionView(id: $0.id, html: PlainText.render($0.text, wraps: wraps[$0.id] ?? []), credit: $0.credit) }
    }

    /// A one-line text (a headline) with its wraps, without the paragraph element around it.
    static func inline(_ text: String, wraps: [InlineWrap]) -> String {
        let html = PlainText.render(text, wraps: wraps)
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
        return String(html.dropFirst(3).dropLast(5))
    }
}

/// Lets `concurrentPerform` fill distinct slots of one array without a lock: each index is written once.
struct UnsafeSendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
    init(_ buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
    func set(_ i: Int, _ value: T) { buffer[i] = value }
}

/// Jobs taken one at a time by whichever thread asks next.
final class JobQueue: @unchecked Sendable {
    private let jobs: [@Sendable () -> [OutputFile]]
    private var next = 0
    private let lock = NSLock()
    var count: Int { jobs.count }

    init(_ jobs: [@Sendable () -> [OutputFile]]) { self.jobs = jobs }

    /// Runs jobs until none is left, handing their files to `sink`; the first error stops this thread's
    /// share and is returned.
    func drain(into sink: (OutputFile) throws -> Void) -> Error? {
        while true {
            lock.lock()
            let i = next
            next += 1
            lock.unlock()
            guard i < jobs.count else { return nil }
            do {
                for file in jobs[i]() { try sink(file) }
            } catch {
                return error
            }
        }
    }
}

/// Time spent rendering each kind of page, summed over the threads that rendered them.
public final class PageTimes: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [String: Double] = [:]
    private var counts: [String: Int] = [:]

    public init() {}

    func add(_ template: String, since start: UInt64) {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        lock.lock()
        seconds[template, default: 0] += elapsed
        counts[template, default: 0] += 1
        lock.unlock()
    }

    /// Page kinds by the time they took, longest first (ties by name).
    public func all() -> [(template: String, pages: Int, seconds: Double)] {
        lock.lock(); defer { lock.unlock() }
        return seconds.map { ($0.key, counts[$0.key] ?? 0, $0.value) }
            .sorted { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.template < $1.template }
    }
}

