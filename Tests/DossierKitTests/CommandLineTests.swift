import Foundation
import Testing

/// The real `dossier` binary, as a user runs it: exit status, stdout summary, errors on stderr.
/// What BuildReport (in the executable) prints at most without --verbose.
enum BuildReportLimits { static let warningsShown = 10 }

@Suite("The dossier command")
struct CommandLineTests {
    static let binary: URL? = DossierBinary.url

    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, err: String) {
        let binary = try #require(Self.binary, "build the dossier product first (make test does)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test("build with the default folders prints a summary and exits 0")
    func buildSucceeds() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/notes.pdf": "x"]).withProjectTemplates()
        let result = try run(["build"], in: f.root)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("Built Site/ from 1 source ("))
        #expect(result.out.contains(" pages, ") && result.out.contains(" files written in "))
        #expect(result.err.contains("seeds/notes.pdf: warning: skipped: not an article"))
        #expect(f.exists("Site/index.html"))
        // Built again with nothing changed: the same warnings, and a line that says nothing was written.
        let again = try run(["build"], in: f.root)
        #expect(again.status == 0, "\(again.err)")
        #expect(again.out.hasPrefix("Site/ is up to date: nothing changed since the last build of its 1 source ("), "\(again.out)")
        #expect(again.err == result.err)
    }

    @Test("a typo'd key fails with file and line, exit 1, and Site/ untouched")
    func typoFails() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        #expect(try run(["build"], in: f.root).status == 0)
        let before = try f.tree("Site")
        try f.write("seeds/dossier.yml", "title: T\nsorces: {}\n")
        let result = try run(["build", "--seeds", "seeds", "--output", "Site"], in: f.root)
        #expect(result.status == 1)
        #expect(result.err.contains("seeds/dossier.yml:2: error: unknown key 'sorces' in seeds/dossier.yml (did you mean 'sources'?)"))
        #expect(result.err.contains("Site/ was left as it was"))
        #expect(try f.tree("Site") == before)
    }

    @Test("review items are counted with the path of review.html; --verbose lists them")
    func reviewPrinted() throws {
        let f = try Fixture(["seeds/a.txt": "Headline\n\nAnna Berg and Lars Berg spoke.\n\nLater, Berg said nothing.\n"]).withProjectTemplates()
        let result = try run(["build"], in: f.root)
        #expect(result.status == 0)
        #expect(result.err.contains("review: 1 ambiguous short form to look at in Site/review.html (--verbose lists them)"))
        #expect(!result.err.contains("could be"))
        let verbose = try run(["build", "--verbose"], in: f.root)
        #expect(verbose.err.contains("review: ‘Berg’ could be Anna Berg or Lars Berg; not linked (see Site/review.html)"))
    }

    @Test("many warnings are cut to a few and a count; the summary gives each stage's time")
    func quietTerminal() throws {
        var files = ["seeds/a.txt": seedArticle]
        for i in 0..<25 { files["seeds/extra/\(i).pdf"] = "x" }
        let f = try Fixture(files).withProjectTemplates()
        let result = try run(["build"], in: f.root)
        #expect(result.status == 0, "\(result.err)")
        let lines = result.err.split(separator: "\n")
        #expect(lines.count == BuildReportLimits.warningsShown + 1, "\(result.err)")
        #expect(result.err.contains("… and 15 more warnings, listed on Site/review.html (or run with --verbose)"))
        #expect(!result.err.contains("\u{1B}["), "no progress line when stderr is not a terminal")
        for stage in ["load", "parse", "resolve", "render+write", "swap"] { #expect(result.out.contains("\(stage) ")) }
        let verbose = try run(["build", "--verbose"], in: f.root)
        #expect(verbose.err.split(separator: "\n").count == 25)
    }

    @Test("entities prints the table, and errors like build")
    func entitiesCommand() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        let table = try run(["entities"], in: f.root)
        #expect(table.status == 0)
        #expect(table.out.hasPrefix("NAME"))
        let json = try run(["entities", "--format", "json"], in: f.root)
        #expect(json.out.hasPrefix("["))
        try f.write("seeds/dossier.yml", "entitys: []\n")
        let bad = try run(["entities"], in: f.root)
        #expect(bad.status == 1)
        #expect(bad.err.contains("seeds/dossier.yml:1: error: unknown key 'entitys'"))
    }

    @Test("a missing seeds folder is named")
    func missingSeeds() throws {
        let f = try Fixture().withProjectTemplates()
        let result = try run(["build", "--seeds", "nope"], in: f.root)
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("nope: error: seeds folder not found"))
    }

    @Test("--help documents the commands and options")
    func help() throws {
        let f = try Fixture()
        let top = try run(["--help"], in: f.root)
        #expect(top.status == 0)
        #expect(top.out.contains("build"))
        let build = try run(["build", "--help"], in: f.root)
        for option in ["--seeds", "--templates", "--output"] { #expect(build.out.contains(option)) }
    }
}
