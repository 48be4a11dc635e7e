import Foundation
import Testing
@testable import DossierKit

/// A build that reuses the parse cache must write exactly what a build from scratch writes.
@Suite("Rebuilds with the cache", .serialized)
struct IncrementalTests {
    let second = """
        Port Talks Resume In Oslo

        Anna Berg said on Tuesday that talks with the Port Authority would resume in Oslo.

        “We are ready,” said Lars Holm, a spokesman.
        """

    /// Builds `f` with its cache, then from scratch into another folder with no cache, and compares.
    func expectSameAsFresh(_ f: Fixture, _ note: Comment) throws {
        try DossierBuild.build(f.options())
        var fresh = f.options(output: "Fresh")
        fresh.cacheFolder = nil
        try DossierBuild.build(fresh)
        let cached = try f.tree("Site"), full = try f.tree("Fresh")
        #expect(cached.keys.sorted() == full.keys.sorted(), note)
        for (path, bytes) in full where cached[path] != bytes { Issue.record("\(path) differs: \(note)") }
    }

    @Test("Edits of an article, of dossier.yml and of a template, and a deleted article: same bytes as a full build")
    func editsMatchFullBuild() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": second, "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        #expect(f.exists(".dossier-cache/parse.json"))
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
        let cacheFile = f.url(".dossier-cache/parse.json")
        var bytes = try Data(contentsOf: cacheFile)
        // One byte of the payload changed: the checksum no longer matches.
        let last = bytes.index(before: bytes.endIndex)
        bytes[last - 10] ^= 0x01
        try bytes.write(to: cacheFile)
        let damaged = try DossierBuild.build(f.options())
        #expect(!damaged.warnings.contains { $0.message.contains("cache") }, "never on review.html: the site must not depend on the cache")
        #expect(damaged.notices.contains { $0.message.contains("ignored the build cache: it is damaged") })
        try expectSameAsFresh(f, "after a damaged cache")
        let clean = try DossierBuild.build(f.options())
        #expect(!clean.notices.contains { $0.message.contains("build cache") }, "the damaged cache was replaced")

        try f.write(".dossier-cache/parse.json", "dossier-parse-cache 1 0000 1111\n{}")
        let foreign = try DossierBuild.build(f.options())
        #expect(foreign.notices.contains { $0.message.contains("ignored the build cache: another build of dossier wrote it") })
        try f.write(".dossier-cache/parse.json", "something else entirely")
        let other = try DossierBuild.build(f.options())
        #expect(other.notices.contains { $0.message.contains("ignored the build cache") })
        try expectSameAsFresh(f, "after a foreign cache")
    }

    @Test("A cached source that still has its warnings repeats them")
    func cachedWarningsRepeat() throws {
        let f = try Fixture(["seeds/a.txt": "Headline only\n"]).withProjectTemplates()
        let first = try DossierBuild.build(f.options())
        let again = try DossierBuild.build(f.options())
        #expect(first.warnings == again.warnings)
        #expect(first.warnings.contains { $0.message.contains("no paragraphs") })
    }
}
