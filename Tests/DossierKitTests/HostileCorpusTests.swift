import Foundation
import Testing

/// A corpus made to break things (Tests/hostile/make_corpus.py): script in every field, odd and long file
/// names, a folder 40 levels deep, an 11 MB single line, links out of the folder. It builds quickly, its pages
/// carry no script but the site's own, nothing behind the links is published and no link is broken.
/// (Tests/browser/check.sh opens its pages in Chromium.)
@Suite("Hostile corpus", .serialized)
struct HostileCorpusTests {
    static let siteCheck = Project.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/tools/site_check.py")

    func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("builds in seconds, publishes nothing from outside, carries no script and no broken link")
    func hostileCorpus() throws {
        let f = try Fixture().withProjectTemplates()
        let made = try python([Project.root.appendingPathComponent("Tests/hostile/make_corpus.py").path, f.root.path, "1"])
        try #require(made.status == 0, "\(made.output)")
        let started = Date()
        let result = try DossierBinary.run(["build"], in: f.root)
        let seconds = Date().timeIntervalSince(started)
        try #require(result.status == 0, "\(result.output)")
        print("hostile corpus built in \(String(format: "%.1f", seconds)) s")
        // The debug build the tests use is several times slower than the release build users run.
        #expect(seconds < 60)
        for link in ["linked-secret.txt", "linked-folder", "absolute-secret.txt"] {
            #expect(result.output.contains("seeds/\(link): warning: skipped: a symbolic link to "), "\(link)")
        }
        let site = try f.tree("Site")
        #expect(site.keys.contains { $0.hasPrefix("sources/odd-") } && site.keys.contains { $0.contains("level39") || $0.contains("deep") })
        var scriptPages: [String] = []
        for (path, bytes) in site where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("PRIVATE-MARKER"), "\(path) publishes a file from outside the seeds folder")
            // Any payload that reached a page unescaped would bring its handler or element with it.
            if html.contains("<script>document") || html.contains("onerror=\"document") || html.contains("onload=\"document")
                || html.contains("onmouseover=\"document") || html.contains("onclick=\"document") || html.contains("href=\"javascript:") {
                scriptPages.append(path)
            }
        }
        #expect(scriptPages.isEmpty, "payloads on \(scriptPages.sorted().prefix(5))")
        if FileManager.default.fileExists(atPath: Self.siteCheck.path) {
            let check = try python([Self.siteCheck.path, f.url("Site").path])
            let summary = check.output.split(separator: "\n").last.map(String.init) ?? ""
            #expect(summary.contains(" broken 0 "), "\(check.output.suffix(2000))")
        }
    }
}
