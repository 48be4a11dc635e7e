import Foundation
import Testing
@testable import DossierKit

/// Every bad input names its file (and line where there is one), fails the build, and leaves Site/ as it was.
@Suite("Bad inputs")
struct BuildErrorTests {
    /// Builds a good site first, breaks the input, and checks the error and that Site/ did not change.
    func expectFailure(
        _ files: [String: String], break breakIt: (Fixture) throws -> Void, matching expected: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let f = try Fixture(files).withProjectTemplates()
        try DossierBuild.build(f.options())
        let before = try f.tree("Site")
        try breakIt(f)
        let errors = buildErrors(f.options())
        #expect(!errors.isEmpty, "the build should fail", sourceLocation: sourceLocation)
        for needle in expected {
            #expect(errors.contains { $0.contains(needle) }, "no error contains \(needle): \(errors)", sourceLocation: sourceLocation)
        }
        #expect(try f.tree("Site") == before, "Site/ changed after a failed build", sourceLocation: sourceLocation)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.root.path).filter { $0.contains(".tmp-") || $0.contains(".old-") }
        #expect(leftovers.isEmpty, "temporary folders left behind: \(leftovers)", sourceLocation: sourceLocation)
    }

    let good = ["seeds/a.txt": seedArticle, "seeds/dossier.yml": "title: T\n"]

    @Test func typoInDossierYml() throws {
        try expectFailure(good, break: { try $0.write("seeds/dossier.yml", "title: T\ndescriptoin: x\n") },
                          matching: ["seeds/dossier.yml:2: error: unknown key 'descriptoin'", "did you mean 'description'?"])
    }

    @Test func unknownKeyUnderASource() throws {
        try expectFailure(good, break: { try $0.write("seeds/dossier.yml", "title: T\nsources:\n  a.txt:\n    outlett: X\n") },
                          matching: ["seeds/dossier.yml:4: error: unknown key 'outlett' in sources: a.txt"])
    }

    @Test func yamlSyntaxError() throws {
        try expectFailure(good, break: { try $0.write("seeds/dossier.yml", "title: T\nsources: [a.txt\n") },
                          matching: ["seeds/dossier.yml:", "YAML syntax error"])
    }

    /// A note file is not an article: with a dossier.yml that does not parse, the build cannot read which
    /// files are notes, and used to report each one as an article with no title after the real error.
    @Test("A broken dossier.yml is the only error: its note files are not read as articles")
    func brokenConfigKeepsNotesApart() throws {
        let yml = "title: T\nentities:\n  - name: Anna Berg\n    note: notes/berg.md\n  - note: 'notes/holm one.md'\n    name: Lars Holm\n"
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/dossier.yml": yml, "seeds/notes/berg.md": "A note on Anna Berg.\n",
                             "seeds/notes/holm one.md": "A note on Lars Holm.\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let before = try f.tree("Site")
        try f.write("seeds/dossier.yml", "title: [oops\n" + yml.dropFirst("title: T\n".count))
        let errors = buildErrors(f.options())
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("seeds/dossier.yml:") == true && errors.first?.contains("YAML syntax error") == true, "\(errors)")
        #expect(try f.tree("Site") == before)
        #expect(NotePath.mentioned(in: yml) == ["notes/berg.md", "notes/holm one.md"])
        #expect(NotePath.mentioned(in: "note: |\n  Inline **Markdown**.\nnote: ../outside.md\nnotes: x.md\n").isEmpty)
    }

    @Test func badDate() throws {
        try expectFailure(good, break: { try $0.write("seeds/dossier.yml", "title: T\nsources:\n  a.txt:\n    published: 14/04/2017\n") },
                          matching: ["seeds/dossier.yml:4: error: published '14/04/2017' is not a date"])
    }

    @Test func javascriptURL() throws {
        try expectFailure(good, break: { try $0.write("seeds/dossier.yml", "sources:\n  a.txt:\n    url: javascript:alert(1)\n") },
                          matching: ["seeds/dossier.yml:3: error: url 'javascript:alert(1)' is not an http:// or https:// address"])
    }

    @Test func sourceNamedInDossierYmlDoesNotExist() throws {
        try expectFailure(good, break: { try $0.write("seeds/dossier.yml", "title: T\nsources:\n  a.txt: {}\n  missing.txt:\n    outlet: X\n") },
                          matching: ["seeds/dossier.yml:4: error: sources: 'missing.txt' does not exist in seeds"])
    }

    @Test("An article over 1 GiB is refused by name, before it is read")
    func articleTooLarge() throws {
        try expectFailure(good, break: { f in
            // A sparse file: 1 GiB and a byte on paper, nothing on disk.
            try f.write("seeds/huge.txt", "Headline\n\nText.\n")
            let handle = try FileHandle(forWritingTo: f.url("seeds/huge.txt"))
            try handle.truncate(atOffset: UInt64(SeedsLoader.largestArticle) + 1)
            try handle.close()
        }, matching: ["seeds/huge.txt: error: too large for an article (1073741825 bytes; at most 1073741824 bytes, 1 GiB)"])
    }

    @Test func invalidUTF8() throws {
        try expectFailure(good, break: { try $0.write("seeds/bad.txt", bytes: Data("Headline\n\nCaf".utf8) + Data([0xE9, 0x20, 0x61])) },
                          matching: ["seeds/bad.txt: error: not valid UTF-8 (first bad byte at offset 13)", "fallback_encoding: windows-1252"])
    }

    @Test func emptyArticle() throws {
        try expectFailure(good, break: { try $0.write("seeds/empty.txt", " \n\n\t\n") },
                          matching: ["seeds/empty.txt: error: empty article"])
    }

    @Test func unknownFrontMatterKey() throws {
        try expectFailure(good, break: { try $0.write("seeds/b.md", "---\ntitle: B\npublised: 2020-01-01\n---\n\nText.\n") },
                          matching: ["seeds/b.md:3: error: unknown key 'publised' in front matter (did you mean 'published'?)"])
    }

    @Test func frontMatterSyntaxError() throws {
        try expectFailure(good, break: { try $0.write("seeds/b.md", "---\ntitle: B\nauthor: [x\n---\n\nText.\n") },
                          matching: ["seeds/b.md:", "YAML syntax error"])
    }

    @Test func missingTemplate() throws {
        try expectFailure(good, break: { try FileManager.default.removeItem(at: $0.url("Templates/source.mustache")) },
                          matching: ["Templates/source.mustache: error: missing template"])
    }

    @Test func templateSyntaxError() throws {
        try expectFailure(good, break: { try $0.write("Templates/index.mustache", "<h1>{{title}}</h1>\n{{#sources}}\n<p>{{title}}</p>\n") },
                          matching: ["Templates/index.mustache", "template syntax error"])
    }

    @Test func missingPartial() throws {
        try expectFailure(good, break: { try $0.write("Templates/index.mustache", "<h1>{{title}}</h1>\n{{> partials/nope}}\n") },
                          matching: ["Templates/index.mustache:2: error: partial 'partials/nope' not found"])
    }

    @Test func errorsAreCollectedNotFirstOnly() throws {
        try expectFailure(good, break: { f in
            try f.write("seeds/dossier.yml", "titel: T\n")
            try f.write("seeds/empty.txt", "")
            try f.write("seeds/b.md", "---\nfoo: 1\n---\n# B\n")
        }, matching: ["seeds/dossier.yml:1", "seeds/empty.txt", "seeds/b.md:2"])
    }

    @Test func missingSeedsFolder() throws {
        let f = try Fixture().withProjectTemplates()
        #expect(buildErrors(f.options()) == ["seeds: error: seeds folder not found"])
        #expect(!f.exists("Site"))
    }

    @Test func folderWithNoArticles() throws {
        let f = try Fixture(["seeds/notes.pdf": "x", "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        #expect(buildErrors(f.options()) == ["seeds: error: no articles found: add .txt or .md files"])
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else { return }  // root reads everything; the permission check cannot fail there
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: f.url("seeds/a.txt").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: f.url("seeds/a.txt").path) }
        #expect(buildErrors(f.options()).first?.hasPrefix("seeds/a.txt: error: cannot read the file") == true)
    }

    @Test func unreadableFileIsAnErrorNamingIt() throws {
        // A folder named like an article cannot be read as one, whoever runs the test.
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try FileManager.default.createDirectory(at: f.url("seeds/b.txt"), withIntermediateDirectories: true)
        try f.write("seeds/c.txt", seedArticle)
        let link = f.url("seeds/d.txt")
        // A dangling link inside the folder (one pointing outside is skipped with a warning instead).
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: f.url("seeds/nowhere.txt").path)
        let errors = buildErrors(f.options())
        #expect(errors.contains { $0.hasPrefix("seeds/d.txt: error: cannot read the file") }, "\(errors)")
    }
}
