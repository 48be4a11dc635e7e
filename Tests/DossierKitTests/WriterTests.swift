import Foundation
import Testing
@testable import DossierKit

@Suite("Writing the site")
struct WriterTests {
    @Test("A file of an output folder is dossier's by its name as Foundation's path parsing reads it", arguments: [
        "index.html", "entities/a.HTML", "assets/style.css", "search/s1.js", "data/dossier.json", "notes.md",
        "mine.txt.lnk", ".DS_Store", "sub/.hidden", "README", "a.", "dir.d/file", "x/y.Jsonld", "photo.PNG",
        "font.woff2", "font.woff", "archive.tar.gz", "é/ü.svg", "résumé.txt", "deep/er/er.csv", "ico", ".",
    ])
    func generatedNames(_ path: String) {
        let name = (path as NSString).lastPathComponent
        let foundation = name.hasPrefix(".") || SiteWriter.generatedExtensions.contains((name as NSString).pathExtension.lowercased())
        #expect(SiteWriter.mayBeGenerated(path) == foundation)
    }

    @Test("A rebuild replaces the old site whole: stale pages disappear")
    func swapReplacesWhole() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        #expect(f.exists("Site/sources/b.html"))
        try FileManager.default.removeItem(at: f.url("seeds/b.txt"))
        try DossierBuild.build(f.options())
        #expect(!f.exists("Site/sources/b.html"))
        #expect(f.exists("Site/sources/a.html"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: f.root.path).sorted()
        #expect(siblings == [".dossier-cache", "Site", "Templates", "seeds"])
    }

    @Test("The replaced site is kept in the cache as the spare site; one that cannot be used goes to old-sites, which the next build empties")
    func oldSiteDeferred() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        try FileManager.default.removeItem(at: f.url("seeds/b.txt"))
        try DossierBuild.build(f.options())
        // The old site, whole, waits in the cache with its memo; the output is the new one and nothing is left beside it.
        let cache = f.url(".dossier-cache")
        #expect(f.exists(".dossier-cache/spare-site/sources/b.html"))
        #expect(f.exists(".dossier-cache/spare-site.memo"))
        #expect(!f.exists("Site/sources/b.html"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: f.root.path).sorted()
        #expect(siblings == [".dossier-cache", "Site", "Templates", "seeds"])
        // A spare without its memo is of no use: the next build puts it in the trash and starts from an empty folder.
        try FileManager.default.removeItem(at: f.url(".dossier-cache/spare-site.memo"))
        try f.write("seeds/a.txt", seedArticle + "\nAnother line.\n")
        let summary = try DossierBuild.build(f.options())
        #expect(summary.notices.contains { $0.message.contains("ignored the spare site: it has no memo") })
        let trash = OldSites.trash(in: cache)
        let kept = try FileManager.default.contentsOfDirectory(atPath: trash.path)
        #expect(kept == ["spare-site"])
        #expect(f.exists(".dossier-cache/old-sites/spare-site/sources/b.html"))
        let done = DispatchSemaphore(value: 0)
        OldSites.empty(trash) { done.signal() }
        done.wait()
        #expect(try FileManager.default.contentsOfDirectory(atPath: trash.path).isEmpty)
        try expectSiteIsFresh(f, "after a spare without its memo")
        // Without a cache there is nowhere to put it: it is deleted at once, as before.
        let elsewhere = f.url("gone")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: false)
        #expect(!OldSites.discard(elsewhere, into: nil))
        #expect(!f.exists("gone"))
    }

    @Test("A write that fails half-way leaves the previous site and no temporary folder")
    func failedWriteKeepsOld() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let before = try f.tree("Site")
        let writer = SiteWriter(output: f.url("Site"))
        let files = [OutputFile(path: "index.html", bytes: Data("new".utf8)), OutputFile(path: "../escape.html", bytes: Data())]
        #expect(throws: BuildFailure.self) { try writer.write(files) }
        #expect(try f.tree("Site") == before)
        #expect(!f.exists("escape.html"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: f.root.path).sorted()
        #expect(siblings == [".dossier-cache", "Site", "Templates", "seeds"])
    }

    @Test("Output paths cannot climb out of the site folder")
    func safePaths() {
        for good in ["sources/a.html", "a", "a..b/c.d.html", "entities/by-letter/person-a-2.html", "é/ü.html"] {
            #expect(SiteWriter.isSafeRelativePath(good), "\(good)")
        }
        for bad in ["../a.html", "/etc/passwd", "a/../../b", "", "a//b", ".hidden", "a\\b", "a/", "/", ".", "..", "./a",
                    "a/./b", "a/.b", "a/..", "\\a"] {
            #expect(!SiteWriter.isSafeRelativePath(bad), "\(bad)")
        }
    }

    @Test("The site is never written over the seeds or into a folder of other files")
    func refusesDangerousOutputs() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "docs/notes.md": "mine", "docs/index.html": "x"]).withProjectTemplates()
        #expect(buildErrors(f.options(output: "seeds")).first?.contains("refusing to write the site over or inside the seeds folder") == true)
        #expect(buildErrors(f.options(output: ".")).first?.contains("refusing") == true)
        #expect(buildErrors(f.options(output: "Templates")).first?.contains("templates folder") == true)
        #expect(buildErrors(f.options(output: "docs")).first?.contains("holds files dossier does not write (notes.md)") == true)
        #expect(try f.read("docs/notes.md") == "mine")
        #expect(try f.read("seeds/a.txt") == seedArticle)
        // Found however deep, in hidden folders too, and through a link to a file; a link to a folder is not entered.
        try f.write("deep/sub/more/data.bin", "x")
        try f.write("deep/index.html", "x")
        #expect(buildErrors(f.options(output: "deep")).first?.contains("(sub/more/data.bin)") == true)
        try f.write("repo/.git/config", "x")
        #expect(buildErrors(f.options(output: "repo")).first?.contains("(.git/config)") == true)
        try f.write("linked/index.html", "x")
        try FileManager.default.createSymbolicLink(atPath: f.url("linked/mine.txt.lnk").path, withDestinationPath: f.url("docs/notes.md").path)
        try FileManager.default.createSymbolicLink(atPath: f.url("linked/folder").path, withDestinationPath: f.url("deep/sub").path)
        #expect(buildErrors(f.options(output: "linked")).first?.contains("files dossier does not write (mine.txt.lnk); choose another") == true)
        #expect(try f.read("deep/sub/more/data.bin") == "x")
    }
}
