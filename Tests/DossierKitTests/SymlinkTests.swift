import Foundation
import Testing
@testable import DossierKit

/// Sources stay inside their folder: a symbolic link out of it is skipped with a warning naming it, a link
/// that stays inside does not make a file count twice.
@Suite("Symbolic links in the seeds folder")
struct SymlinkTests {
    func link(_ f: Fixture, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: f.url(path).path, withDestinationPath: target)
    }

    @Test("Links to a file or a folder outside are skipped with a warning; links inside are read once")
    func linksOutsideAreSkipped() throws {
        let f = try Fixture([
            "seeds/a.txt": seedArticle, "seeds/sub/b.txt": seedArticle, "seeds/.drafts/c.txt": seedArticle,
            "private/secret.txt": "Secret Headline\n\nThe secret paragraph.\n", "private/more/d.txt": "D\n\nD.\n",
        ]).withProjectTemplates()
        try link(f, "seeds/secret.txt", to: "../private/secret.txt")
        try link(f, "seeds/absolute.txt", to: f.url("private/secret.txt").path)
        try link(f, "seeds/folder", to: "../private")
        try link(f, "seeds/twice.txt", to: "a.txt")
        try link(f, "seeds/sub-again", to: "sub")
        try link(f, "seeds/loop", to: ".")
        try link(f, "seeds/draft.txt", to: ".drafts/c.txt")

        let loaded = try SeedsLoader(seeds: f.url("seeds"), displayName: "seeds").load()
        #expect(loaded.sources.map(\.path) == ["a.txt", "draft.txt", "sub/b.txt"])
        let warnings = loaded.warnings.map(\.description)
        for name in ["secret.txt", "absolute.txt", "folder"] {
            #expect(warnings.contains { $0.hasPrefix("seeds/\(name): warning: skipped: a symbolic link to ") && $0.contains("outside seeds") },
                    "\(name): \(warnings)")
        }
        #expect(!loaded.sources.contains { String(decoding: $0.bytes, as: UTF8.self).contains("secret") })

        try DossierBuild.build(f.options())
        let site = try f.tree("Site")
        #expect(!site.keys.contains { $0.contains("secret") })
        #expect(!site.values.contains { String(decoding: $0, as: UTF8.self).contains("The secret paragraph") })
    }

    @Test("A note or dossier.yml linked from outside is not read")
    func configAndNotesStayInside() throws {
        let f = try Fixture([
            "seeds/a.txt": seedArticle,
            "outside/dossier.yml": "title: From Outside\n",
            "outside/note.md": "A private note.",
        ]).withProjectTemplates()
        try link(f, "seeds/dossier.yml", to: "../outside/dossier.yml")
        let loaded = try SeedsLoader(seeds: f.url("seeds"), displayName: "seeds").load()
        #expect(loaded.config.title == DossierConfig.defaultTitle)
        #expect(loaded.warnings.map(\.description).contains { $0.hasPrefix("seeds/dossier.yml: warning: skipped: a symbolic link") })

        try FileManager.default.removeItem(at: f.url("seeds/dossier.yml"))
        try f.write("seeds/dossier.yml", "entities:\n  - name: Minister\n    kind: person\n    note: notes/n.md\n")
        try FileManager.default.createDirectory(at: f.url("seeds/notes"), withIntermediateDirectories: true)
        try link(f, "seeds/notes/n.md", to: "../../outside/note.md")
        let errors = buildErrors(f.options())
        #expect(errors.contains { $0.contains("note file 'notes/n.md'") }, "\(errors)")
    }
}
