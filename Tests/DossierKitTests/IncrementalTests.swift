import Foundation
import Testing
@testable import DossierKit

/// A build that reuses the parse cache must write exactly what a build from scratch writes.
@Suite("Rebuilds with the cache", .serialized)
struct IncrementalTests {
    let second = portTalksStory

    @Test("Edits of an article, of dossier.yml and of a template, and a deleted article: same bytes as a full build")
    func editsMatchFullBuild() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": second, "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        #expect(!parseFiles(f).isEmpty)
        // The caches of earlier versions (JSON, then one file) are not left behind.
        try f.write(".dossier-cache/parse.json", "dossier-parse-cache 1 0000 1111\n{}")
        try f.write(".dossier-cache/parse.records", "dossier-parse-cache 4.1 0000 1111\n")
        try f.write("seeds/b.txt", second + "\nOne more line.\n")
        try DossierBuild.build(f.options())
        #expect(!f.exists(".dossier-cache/parse.json") && !f.exists(".dossier-cache/parse.records"))
        try f.write("seeds/b.txt", second)
        try expectSameAsFresh(f, "nothing changed")
        try f.write("seeds/b.txt", second.replacingOccurrences(of: "Tuesday", with: "Friday 3 March 2017"))
        try expectSameAsFresh(f, "article edited")
        try f.write("seeds/dossier.yml", "title: T2\nsources:\n  a.txt:\n    published: 2017-04-14\n    outlet: The Outlet\n")
        try expectSameAsFresh(f, "dossier.yml edited")
        try f.write("Templates/source.mustache", try f.read("Templates/source.mustache") + "<!-- edited -->\n")
        try expectSameAsFresh(f, "template edited")
        try FileManager.default.removeItem(at: f.url("seeds/b.txt"))
        try expectSameAsFresh(f, "article deleted")
        #expect(!f.exists("Site/sources/b.html"))
    }

    @Test("A damaged or foreign cache is ignored with a warning and replaced")
    func damagedCacheIgnored() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let cacheFile = try #require(parseFiles(f).first)
        #expect(parseFiles(f).count == 1, "one source, one shard")
        var bytes = try Data(contentsOf: cacheFile)
        // One byte of the payload changed: the checksum no longer matches.
        let last = bytes.index(before: bytes.endIndex)
        bytes[last - 10] ^= 0x01
        try bytes.write(to: cacheFile)
        // An edit, so that the build has a source to look up in the cache (with nothing changed it reads none).
        try f.write("seeds/a.txt", seedArticle + "\nOne more line.\n")
        let damaged = try DossierBuild.build(f.options())
        #expect(!damaged.warnings.contains { $0.message.contains("cache") }, "never on review.html: the site must not depend on the cache")
        #expect(damaged.notices.contains {
            $0.message.contains("ignored the build cache: it is damaged") && $0.file == cacheFile.path && $0.message.contains("the sources of this file again")
        })
        try expectSameAsFresh(f, "after a damaged cache")
        let clean = try DossierBuild.build(f.options())
        #expect(!clean.notices.contains { $0.message.contains("build cache") }, "the damaged cache was replaced")

        try Data("\(ParseCache.format) 0000 1111\nk 2\n{}\n".utf8).write(to: cacheFile)
        try f.write("seeds/a.txt", seedArticle)
        let foreign = try DossierBuild.build(f.options())
        #expect(foreign.notices.contains { $0.message.contains("ignored the build cache: another build of dossier wrote it") })
        try Data("something else entirely".utf8).write(to: cacheFile)
        try f.write("seeds/a.txt", seedArticle + "\nOne more line.\n")
        let other = try DossierBuild.build(f.options())
        #expect(other.notices.contains { $0.message.contains("ignored the build cache") })
        try expectSameAsFresh(f, "after a foreign cache")
    }

    @Test("What extraction found is kept with each parsed source, reused as found, and only a changed source's entry is written again")
    func extractionKeptPerSource() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": second]).withProjectTemplates()
        try DossierBuild.build(f.options())
        func records() throws -> [String: Data] {
            let cache = ParseCache.load(from: f.url(".dossier-cache"))
            #expect(cache.ignoredBecause == nil)
            return cache.stored
        }
        func dates() throws -> [URL: Date] {
            var dates: [URL: Date] = [:]
            for file in parseFiles(f) { dates[file] = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date }
            return dates
        }
        let first = try records()
        #expect(first.count == 2)
        // Each entry holds the extraction a build from scratch makes of its article.
        let entries = try first.values.map { try ParseCache.Entry(record: $0) }.sorted { $0.article.file < $1.article.file }
        let articles = entries.map(\.article)
        let tokens = TokenCache(articles)
        for (i, entry) in entries.enumerated() {
            var fresh = ArticleExtraction.extract(articles, i, tokens: tokens)
            fresh.move(to: 0)
            #expect(entry.extraction == fresh, "\(entry.article.file)")
        }
        #expect(entries.contains { !($0.extraction?.candidates.isEmpty ?? true) } && entries.contains { !($0.extraction?.dates.isEmpty ?? true) })
        // Nothing changed: the cache is not written again.
        let written = try dates()
        usleep(20_000)
        try DossierBuild.build(f.options())
        #expect(try dates() == written)
        // One source edited: its old entry leaves, the other keeps the very bytes it had, and a shard that
        // holds neither the old entry nor the new one is not written again.
        let keyOfA = try #require(first.first { (try? ParseCache.Entry(record: $0.value))?.article.file == "a.txt" }?.key)
        try f.write("seeds/b.txt", second.replacingOccurrences(of: "Oslo.", with: "Oslo on 3 March 2017."))
        try DossierBuild.build(f.options())
        let second = try records()
        #expect(second.count == 2)
        #expect(Set(first.values).intersection(second.values).count == 1)
        let shardOfA = ParseCache.file(ParseCache.shard(of: keyOfA), in: f.url(".dossier-cache"))
        let others = Set(second.keys.filter { $0 != keyOfA }.map { ParseCache.shard(of: $0) } + first.keys.filter { $0 != keyOfA }.map { ParseCache.shard(of: $0) })
        if !others.contains(ParseCache.shard(of: keyOfA)) { #expect(try dates()[shardOfA] == written[shardOfA]) }
        #expect(parseFiles(f).count == Set(second.keys.map(ParseCache.shard(of:))).count, "a shard left empty loses its file")
        try expectSameAsFresh(f, "article edited")
    }

    @Test("A cached source that still has its warnings repeats them")
    func cachedWarningsRepeat() throws {
        let f = try Fixture(["seeds/a.txt": "Headline only\n"]).withProjectTemplates()
        let first = try DossierBuild.build(f.options())
        let again = try DossierBuild.build(f.options())
        #expect(first.warnings == again.warnings)
        #expect(first.warnings.contains { $0.message.contains("no paragraphs") })
    }

    @Test("Unchanged pages are carried over from the last site as hard links, changed ones rendered again")
    func unchangedPagesCarriedOver() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": second, "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        let first = try DossierBuild.build(f.options())
        #expect(first.carriedOver == 0)
        #expect(f.exists(".dossier-cache/pages-site.memo"))
        func inode(_ path: String) -> UInt64? { FileIdentity(of: f.url(path).path)?.inode }
        let entityPage = try #require(try f.tree("Site").keys.sorted().first { $0.hasPrefix("entities/") && $0 != "entities/index.html" })
        let before = (source: inode("Site/sources/a.html"), entity: inode("Site/\(entityPage)"))

        let again = try DossierBuild.build(f.options())
        #expect(again.carriedOver == again.files, "nothing changed: every file comes from the last site")
        #expect(inode("Site/sources/a.html") == before.source, "a carried page is the same file, linked")
        #expect(inode("Site/\(entityPage)") == before.entity)

        try f.write("seeds/b.txt", second.replacingOccurrences(of: "Oslo.", with: "Oslo on Friday 3 March 2017."))
        try expectSameAsFresh(f, "article edited")
        let edited = try DossierBuild.build(f.options())
        #expect(edited.carriedOver == edited.files, "the build before this one already rendered the edit")
    }

    @Test("A site file edited by hand, or a damaged page memo, is never trusted: the page is made again")
    func editedSiteFileRenderedAgain() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let good = try f.read("Site/sources/a.html")
        try f.write("Site/sources/a.html", good.replacingOccurrences(of: "</body>", with: "<p>edited by hand</p></body>"))
        let rebuilt = try DossierBuild.build(f.options())
        #expect(try f.read("Site/sources/a.html") == good)
        #expect(rebuilt.carriedOver == rebuilt.files - 1)

        try FileManager.default.removeItem(at: f.url("Site/index.html"))
        try DossierBuild.build(f.options())
        #expect(try f.read("Site/index.html").contains("<html"))

        try flipBit(in: f.url(".dossier-cache/pages-site.memo"), back: 5)
        let damaged = try DossierBuild.build(f.options())
        #expect(damaged.carriedOver == 0)
        #expect(damaged.notices.contains { $0.message.contains("ignored the page memo: it is damaged") })
        try expectSameAsFresh(f, "after a damaged page memo")
    }

    @Test("A page's key follows everything in its view model, and nothing else")
    func pageKeysFollowTheirModel() throws {
        let a = NavItem(label: "Sources", href: "index.html", current: false)
        func key(_ v: some Encodable) throws -> String {
            var h = Hash128()
            try DigestEncoder.digest(v, into: &h)
            return h.hex
        }
        #expect(try key(a) == key(NavItem(label: "Sources", href: "index.html", current: false)))
        #expect(try key(a) != key(NavItem(label: "Sources", href: "index.html", current: true)))
        #expect(try key(["ab"]) != key(["a", "b"]))
        #expect(try key([String?.none]) != key([""]))
        #expect(try key([[String]]()) != key([[String]()]))
        let row = ReviewView.Row(values: ["a": "1", "b": "2", "c": "3", "d": "4"])
        #expect(try key(row) == key(ReviewView.Row(values: ["d": "4", "c": "3", "b": "2", "a": "1"])), "dictionary order never reaches a key")
    }
}

/// Views that make markup late (`prepared()`) list their encoded fields by hand: a field added to the view
/// and not to its keys would be left out of the page's key, and a changed page wrongly carried over.
@Suite("Page keys cover every field")
struct PageKeyCoverageTests {
    func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }

    /// The seeds' model and every page the renderer would make of it.
    func seedPages() throws -> (Dossier, [SiteRenderer.Page]) {
        let root = Project.root.path
        return try pages(BuildOptions(seeds: root + "/seeds", templates: root + "/Templates", output: root + "/Site"))
    }

    func pages(_ options: BuildOptions) throws -> (Dossier, [SiteRenderer.Page]) {
        var options = options
        options.cacheFolder = nil
        let dossier = try DossierBuild.model(options)
        let templates = try TemplateSet.load(from: Project.root.appendingPathComponent("Templates"), displayName: "Templates")
        let renderer = SiteRenderer(templates: templates)
        let index = EntityIndex(dossier)
        let paging = TimelinePaging(dossier, threshold: renderer.timelineThreshold)
        return (dossier, renderer.pages(for: dossier, index: index, paging: paging) + EntityPages.pages(for: dossier, index: index, paging: paging))
    }

    @Test("Every stored field but the late markup is encoded")
    func codingKeysCoverFields() throws {
        let views = try seedPages().1.map { $0.makeView("") }
        let entity = try #require(views.lazy.compactMap { $0 as? EntityPageView }.first { !$0.sources.isEmpty }, "\(views.count) views: \(Set(views.map { String(describing: type(of: $0)) }).sorted())")
        let source = try #require(views.lazy.compactMap { $0 as? SourcePageView }.first)
        let mention = try #require(entity.sources.first?.mentions.first)
        #expect(labels(entity) == Set(EntityPageView.CodingKeys.allCases.map(\.rawValue) + ["graphHTML"]))
        #expect(labels(source) == Set(SourcePageView.CodingKeys.allCases.map(\.rawValue) + ["titleHTML", "paragraphs", "captions"]))
        #expect(labels(mention) == Set(MentionView.CodingKeys.allCases.map(\.rawValue) + ["sentenceHTML"]))
        let timeline = try #require(views.lazy.compactMap { $0 as? TimelinePageView }.first)
        let event = try #require(timeline.years.first?.events.first)
        #expect(labels(event) == Set(EventView.CodingKeys.allCases.map(\.rawValue) + ["sentenceHTML"]))
    }

    /// The views that write their digest by hand (`DigestWritable`) must write the stream their Codable
    /// encoding makes: a field left out, put in another order or marked otherwise changes the key.
    @Test("Hand-written digests equal the Codable ones on every page of the seeds and of a Markdown source")
    func handDigestsEqualCodable() throws {
        // The seeds are plain text: a Markdown source with front matter, and one with a photo credit, too.
        let plain = "Minister Resigns\n\nPhoto: Lars Holm/Reuters\n\nAnna Berg resigned on Monday in Oslo.\n\nShare this article\n"
        let f = try Fixture(["seeds/a.md": markdownArticle, "seeds/b.txt": plain])
        let (seedsDossier, seedsPages) = try seedPages()
        let (fixtureDossier, fixturePages) = try pages(f.options(templates: Project.root.appendingPathComponent("Templates").path))
        let dossier = seedsDossier
        func digests(_ view: any DigestWritable) throws -> (hand: String, codable: String) {
            let sink = DigestSink(Hash128())
            sink.top(view)
            var codable = Hash128()
            try DigestEncoder.digest(view, into: &codable)
            return (sink.hash.hex, codable.hex)
        }
        var compared: [String: Int] = [:]
        var seen = Set<String>()
        for page in seedsPages + fixturePages {
            guard let view = page.makeView(SiteRenderer.root(for: page.path)) as? any DigestWritable else { continue }
            let (hand, codable) = try digests(view)
            #expect(hand == codable, "\(page.path)")
            compared[page.kind, default: 0] += 1
            if let view = view as? SourcePageView {
                let wraps = view.text.wraps.values.joined()
                if wraps.contains(where: { if case .mark = $0.element { true } else { false } }) { seen.insert("marks") }
                if !view.text.notes.isEmpty { seen.insert("block notes") }
                if view.text.article.markdownBody != nil { seen.insert("markdown") } else { seen.insert("text") }
                if !view.removed.isEmpty { seen.insert("removed") }
                if !view.text.article.captions.isEmpty { seen.insert("captions") }
                if view.previous == nil || view.next == nil { seen.insert("first or last") }
            }
            if let view = view as? TimelinePageView {
                let events = view.years.flatMap(\.events) + view.unresolved
                if events.contains(where: { $0.sentence != nil && !$0.sentenceWraps.isEmpty }) { seen.insert("event sentences") }
                if events.contains(where: { $0.analyst }) { seen.insert("analyst events") }
                if !view.unresolved.isEmpty { seen.insert("unresolved events") }
            }
            guard let view = view as? EntityPageView else { continue }
            if !view.quotes.isEmpty { seen.insert("quotes") }
            if !view.notes.isEmpty { seen.insert("notes") }
            if view.graph != nil { seen.insert("graph") }
            if !view.events.isEmpty { seen.insert("events") }
            if !view.related.isEmpty { seen.insert("related") }
            if view.noteHTML != nil { seen.insert("noteHTML") }
            if view.related.contains(where: { $0.aliases != nil }) { seen.insert("aliases") }
        }
        #expect(compared == ["entity": seedsDossier.entities.count + fixtureDossier.entities.count,
                             "source": seedsDossier.articles.count + fixtureDossier.articles.count, "timeline": 2])
        #expect(seen == ["quotes", "notes", "graph", "events", "related", "noteHTML", "aliases",
                         "marks", "block notes", "markdown", "text", "removed", "captions", "first or last",
                         "event sentences", "analyst events", "unresolved events"],
                "the two dossiers give every part of an entity and a source page at least once")
        // The pieces on their own, with the optional fields both ways.
        var item = SourceItemView(dossier.articles[0])
        (item.outlet, item.published, item.publishedLong, item.author) = (nil, "2024-01-02", nil, "A")
        let mention = MentionView(block: "p1", blockLabel: "¶1", sentence: "Anna met Ben.", marks: [[0, 4], [9, 12]], href: "x#p1")
        let source = MentionSourceView(item: item, mentions: [mention, mention], more: 3)
        let a = try digests(source)
        #expect(a.hand == a.codable)
        item.outlet = "Outlet"
        let c = try digests(MentionSourceView(item: item, mentions: [], more: 0))
        #expect(c.hand == c.codable)
        let link = LinkView(label: "l", href: "h", detail: nil)
        let b = try digests(link)
        #expect(b.hand == b.codable)
        #expect(try digests(LinkView(label: "l", href: "h", detail: "d")).hand != b.hand)
    }
}

/// A build whose seeds, templates, binary and site are all as the last build left them writes nothing.
@Suite("Builds with nothing to do", .serialized)
struct UpToDateTests {
    func inode(_ f: Fixture, _ path: String) -> UInt64? { FileIdentity(of: f.url(path).path)?.inode }

    @Test("Nothing changed: nothing is written, and the last build's counts and warnings are told again")
    func nothingChanged() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": "Headline only\n", "seeds/notes.pdf": "x"]).withProjectTemplates()
        let first = try DossierBuild.build(f.options())
        #expect(!first.upToDate)
        let tree = try f.tree("Site")
        let page = inode(f, "Site/sources/a.html")
        let again = try DossierBuild.build(f.options())
        #expect(again.upToDate)
        #expect(again.warnings == first.warnings && !first.warnings.isEmpty, "a skipped file and an article with no paragraphs are warned again")
        #expect(again.warnings.contains { $0.message.contains("not an article") })
        #expect((again.sources, again.pages, again.files, again.entities, again.events) == (first.sources, first.pages, first.files, first.entities, first.events))
        #expect(again.review.possibleDuplicates.count == first.review.possibleDuplicates.count)
        #expect(again.review.ambiguous.count == first.review.ambiguous.count)
        #expect(inode(f, "Site/sources/a.html") == page, "the page is the very file the first build wrote")
        #expect(try f.tree("Site") == tree)
    }

    @Test("Any change to the seeds, a note, the templates or the site is a build again, with a fresh build's bytes")
    func everyChangeIsSeen() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        func rebuilt(_ note: Comment) throws {
            let summary = try DossierBuild.build(f.options())
            #expect(!summary.upToDate, note)
            var fresh = f.options(output: "Fresh")
            fresh.cacheFolder = nil
            try DossierBuild.build(fresh)
            #expect(try f.tree("Site") == f.tree("Fresh"), note)
            #expect(try DossierBuild.build(f.options()).upToDate, "and then it is up to date: \(note)")
        }
        try f.write("seeds/a.txt", seedArticle + "\nOne more line.\n")
        try rebuilt("article edited")
        try f.write("seeds/b.txt", "Second\n\nA paragraph about Oslo.\n")
        try rebuilt("article added")
        try FileManager.default.removeItem(at: f.url("seeds/b.txt"))
        try rebuilt("article deleted")
        try f.write("seeds/dossier.yml", "title: T2\n")
        try rebuilt("dossier.yml edited")
        try f.write("seeds/berg.md", "A note on Anna Berg.\n")
        try f.write("seeds/dossier.yml", "title: T2\nentities:\n  - name: Anna Berg\n    kind: person\n    note: berg.md\n")
        try rebuilt("a note added")
        try f.write("seeds/berg.md", "Another note on Anna Berg.\n")
        try rebuilt("a note edited")
        try f.write("seeds/skipped.pdf", "x")
        try rebuilt("a skipped file added: its warning is new")
        try f.write("Templates/source.mustache", try f.read("Templates/source.mustache") + "<!-- edited -->\n")
        try rebuilt("template edited")
        try f.write("Templates/assets/extra.css", "p { color: red }\n")
        try rebuilt("asset added")

        let good = try f.read("Site/sources/a.html")
        try f.write("Site/sources/a.html", good + "<!-- by hand -->")
        try rebuilt("a page edited by hand")
        #expect(try f.read("Site/sources/a.html") == good)
        try FileManager.default.removeItem(at: f.url("Site/index.html"))
        try rebuilt("a page deleted")
        try f.write("Site/extra.html", "<p>not ours</p>")
        try rebuilt("a file added to the site")
        #expect(!f.exists("Site/extra.html"))
        try FileManager.default.createDirectory(at: f.url("Site/empty"), withIntermediateDirectories: true)
        try rebuilt("an empty folder added to the site")
        #expect(!f.exists("Site/empty"))
        try f.write("Site/.hidden", "x")
        try rebuilt("a hidden file added to the site")
        // Links are never what a build writes: a link to a file, or to a folder, in place of a page's folder.
        try FileManager.default.createSymbolicLink(atPath: f.url("Site/linked.html").path, withDestinationPath: f.url("Site/index.html").path)
        try rebuilt("a link to a file added to the site")
        #expect(!f.exists("Site/linked.html"))
        let sources = f.url("Site/sources")
        try FileManager.default.moveItem(at: sources, to: f.url("moved-sources"))
        try FileManager.default.createSymbolicLink(atPath: sources.path, withDestinationPath: f.url("moved-sources").path)
        try rebuilt("a page folder replaced by a link to a folder holding the same pages")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: sources.path)) == nil)
    }

    @Test("A failed build leaves the record of the site it left in place; a damaged or missing record is a build")
    func recordFollowsTheSite() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let site = try f.tree("Site")
        try f.write("seeds/dossier.yml", "title: [unclosed\n")
        #expect(throws: BuildFailure.self) { try DossierBuild.build(f.options()) }
        #expect(try f.tree("Site") == site)
        try FileManager.default.removeItem(at: f.url("seeds/dossier.yml"))
        #expect(try DossierBuild.build(f.options()).upToDate, "the seeds are those of the site again")

        let record = f.url(".dossier-cache/build-site.json")
        try flipBit(in: record, back: 3)
        #expect(try !DossierBuild.build(f.options()).upToDate)
        try FileManager.default.removeItem(at: record)
        #expect(try !DossierBuild.build(f.options()).upToDate)
        #expect(try DossierBuild.build(f.options()).upToDate)
        // With no cache folder there is no record: every build is a build.
        var uncached = f.options(output: "Other")
        uncached.cacheFolder = nil
        try DossierBuild.build(uncached)
        #expect(try !DossierBuild.build(uncached).upToDate)
    }

    @Test("A memo written by the binary format reads back, and a cut one is refused")
    func memoRoundTrip() throws {
        let records = [
            "index.html": PageMemo.Record(key: "k1", identity: FileIdentity(inode: UInt64.max, size: 12, modified: -5)),
            "entities/a.html": PageMemo.Record(key: "bytes-00ff", identity: FileIdentity(inode: 7, size: 0, modified: 1_700_000_000_123_456_789)),
        ]
        let payload = PageMemo.encode(records)
        #expect(PageMemo.decode(payload) == records)
        for cut in 0..<payload.count { #expect(PageMemo.decode(payload.prefix(cut)) == nil, "cut at \(cut)") }
        #expect(PageMemo.decode(payload + Data([0])) == nil)
    }
}

/// The parse cache's shard files in a fixture's cache folder.
func parseFiles(_ f: Fixture) -> [URL] {
    ((try? FileManager.default.contentsOfDirectory(atPath: f.url(".dossier-cache").path)) ?? [])
        .filter { $0.hasPrefix("parse-") && $0.hasSuffix(".records") }.sorted().map { f.url(".dossier-cache/" + $0) }
}
