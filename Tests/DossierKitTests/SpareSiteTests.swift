import Foundation
import Testing
@testable import DossierKit

/// The site a swap replaced becomes the next build's staging folder (see `SpareSite`): whatever state it
/// is in, the site swapped in must be the one a build from scratch writes.
@Suite("The spare site", .serialized)
struct SpareSiteTests {
    let story = portTalksStory

    func inode(_ f: Fixture, _ path: String) -> UInt64? { FileIdentity(of: f.url(path).path)?.inode }

    /// Three builds: the third is the first to have a spare, the site the second replaced.
    func threeBuilds() throws -> Fixture {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": story, "seeds/c.txt": story.replacingOccurrences(of: "Oslo", with: "Bergen"),
                             "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        try f.write("seeds/b.txt", story + "\nA second line.\n")
        try DossierBuild.build(f.options())
        #expect(f.exists(".dossier-cache/spare-site/index.html"))
        return f
    }

    @Test("Edits build in the spare: its unchanged files stay, changed ones are replaced, and the site is a fresh build's")
    func editsInTheSpare() throws {
        let f = try threeBuilds()
        // The spare holds the first build's a.html, the very file the current site has (it was linked across).
        let shared = inode(f, "Site/sources/a.html")
        #expect(inode(f, ".dossier-cache/spare-site/sources/a.html") == shared)
        try f.write("seeds/b.txt", story + "\nA third line.\n")
        let third = try DossierBuild.build(f.options())
        #expect(!third.notices.contains { $0.message.contains("spare") })
        #expect(inode(f, "Site/sources/a.html") == shared, "an unchanged file of the spare is kept, not copied")
        #expect(!f.exists(".dossier-cache/old-sites"), "a spare taken leaves nothing to delete")
        try expectSiteIsFresh(f, "built in the spare")
        // A file the spare shares with the current site, changed by the next build, is replaced and never
        // written through: until the swap the current site stays as it was (and then it is the spare).
        #expect(inode(f, ".dossier-cache/spare-site/sources/c.html") == inode(f, "Site/sources/c.html"))
        let before = try f.read("Site/sources/c.html")
        try f.write("seeds/c.txt", story.replacingOccurrences(of: "Oslo", with: "Tromsø"))
        try DossierBuild.build(f.options())
        #expect(try f.read(".dossier-cache/spare-site/sources/c.html") == before)
        #expect(try f.read("Site/sources/c.html").contains("Tromsø"))
        try expectSiteIsFresh(f, "a shared file changed")
    }

    @Test("A changed file the spare alone holds is rewritten in its own inode; one linked from anywhere else is not")
    func unsharedRewrittenInPlace() throws {
        let f = try threeBuilds()
        // b.html changed in the second build: the spare's copy is the first build's, linked from nowhere else.
        let own = inode(f, ".dossier-cache/spare-site/sources/b.html")
        #expect(own != nil && own != inode(f, "Site/sources/b.html"))
        try f.write("seeds/b.txt", story + "\nA third line.\n")
        try DossierBuild.build(f.options())
        #expect(inode(f, "Site/sources/b.html") == own, "rewritten where it was, no inode freed and taken")
        #expect(try f.read("Site/sources/b.html").contains("A third line."))
        try expectSiteIsFresh(f, "rewritten in place")
        // Now the spare's b.html is the second build's; a copy of it made with a hard link (`cp -al`) is the
        // user's and must keep what it held.
        let copy = f.url("backup-b.html")
        #expect(link(f.url(".dossier-cache/spare-site/sources/b.html").path, copy.path) == 0)
        let kept = try String(contentsOf: copy, encoding: .utf8)
        try f.write("seeds/b.txt", story + "\nA fourth line.\n")
        try DossierBuild.build(f.options())
        #expect(try String(contentsOf: copy, encoding: .utf8) == kept)
        #expect(try f.read("Site/sources/b.html").contains("A fourth line."))
        try expectSiteIsFresh(f, "a linked copy left alone")
    }

    @Test("Only a regular file with one link is opened to be rewritten: not a linked file, a symbolic link or a FIFO")
    func openUnsharedRefuses() throws {
        let f = try Fixture(["one.html": "old text", "two.html": "shared"])
        let fd = try #require(Staging.openUnshared(f.url("one.html").path))
        close(fd)
        #expect(try f.read("one.html").isEmpty, "opened truncated")
        #expect(link(f.url("two.html").path, f.url("two-link.html").path) == 0)
        #expect(Staging.openUnshared(f.url("two.html").path) == nil)
        #expect(symlink(f.url("two.html").path, f.url("alias.html").path) == 0)
        #expect(Staging.openUnshared(f.url("alias.html").path) == nil)
        #expect(mkfifo(f.url("pipe.html").path, 0o644) == 0)
        #expect(Staging.openUnshared(f.url("pipe.html").path) == nil, "refused at once, not waiting for a reader")
        #expect(try f.read("two.html") == "shared")
    }

    @Test("A source deleted: its pages leave the spare, with any folder that empties")
    func deletedSource() throws {
        let f = try threeBuilds()
        try FileManager.default.removeItem(at: f.url("seeds/c.txt"))
        try DossierBuild.build(f.options())
        #expect(!f.exists("Site/sources/c.html"))
        try expectSiteIsFresh(f, "source deleted")
        #expect(try emptyFolders(f.url("Site")).isEmpty)
    }

    @Test("A page of the site edited in place edits the spare's link to it too: the spare is not used")
    func editedInPlace() throws {
        let f = try threeBuilds()
        // Written into the same inode, as an editor that saves in place does.
        let handle = try FileHandle(forWritingTo: f.url("Site/sources/a.html"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<p>edited by hand</p>".utf8))
        try handle.close()
        try f.write("seeds/b.txt", story + "\nA third line.\n")
        try DossierBuild.build(f.options())
        #expect(try !f.read("Site/sources/a.html").contains("edited by hand"))
        try expectSiteIsFresh(f, "a page edited in place")
    }

    @Test("A spare that holds anything its memo does not (a file added, one removed, a damaged memo) is not used")
    func spareNotAsRecorded() throws {
        for damage in ["added", "removed", "memo"] {
            let f = try threeBuilds()
            switch damage {
            case "added": try f.write(".dossier-cache/spare-site/sources/extra.html", "<p>not ours</p>")
            case "removed": try FileManager.default.removeItem(at: f.url(".dossier-cache/spare-site/index.html"))
            default:
                try flipBit(in: f.url(".dossier-cache/spare-site.memo"), back: 3)
            }
            try f.write("seeds/b.txt", story + "\nA third line.\n")
            let summary = try DossierBuild.build(f.options())
            #expect(summary.notices.contains { $0.message.contains("ignored the spare site") } == (damage == "memo"), "\(damage)")
            #expect(!f.exists("Site/sources/extra.html"))
            try expectSiteIsFresh(f, "spare \(damage)")
        }
    }

    @Test("A failed build leaves the site as it was and starts the next one from an empty folder")
    func failedBuild() throws {
        let f = try threeBuilds()
        let before = try f.tree("Site")
        try f.write("Templates/source.mustache", "{{#broken}}")
        #expect(!buildErrors(f.options()).isEmpty)
        #expect(try f.tree("Site") == before)
        try FileManager.default.removeItem(at: f.url("Templates"))
        _ = try f.withProjectTemplates()
        try DossierBuild.build(f.options())
        try expectSiteIsFresh(f, "after a failed build")
    }

    func emptyFolders(_ root: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { relative in
            var isDirectory: ObjCBool = false
            let path = root.path + "/" + relative
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                && (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty == true
        }
    }
}
