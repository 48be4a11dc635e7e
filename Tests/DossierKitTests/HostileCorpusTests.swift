import Foundation
import Testing
@testable import DossierKit

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

    /// Whether a payload's marker sits inside a tag (an attribute) or inside a script element: escaped text
    /// of a page is harmless, markup is not.
    static func payloadInMarkup(_ html: String) -> Bool {
        let bytes = Array(html.utf8), marker = Array("data-pwned".utf8)
        var i = 0
        while i + marker.count <= bytes.count {
            defer { i += 1 }
            guard bytes[i] == marker[0], bytes[i..<(i + marker.count)].elementsEqual(marker) else { continue }
            let lt = bytes[..<i].lastIndex(of: UInt8(ascii: "<")) ?? -1, gt = bytes[..<i].lastIndex(of: UInt8(ascii: ">")) ?? -1
            if lt > gt {
                // Inside a tag: harmless as an escaped or percent-encoded attribute value, not as a handler.
                let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
                let tag = String(decoding: bytes[lt...end], as: UTF8.self)
                if HTMLCheck.problems(tag).contains(where: { $0.contains("handler") || $0.contains("script") }) { return true }
                continue
            }
            if lt >= 0, String(decoding: bytes[lt..<min(lt + 7, bytes.count)], as: UTF8.self).lowercased() == "<script" { return true }
        }
        return false
    }

    @Test("A NUL in a source does not cut its paragraph short")
    func nulInText() throws {
        let f = try Fixture(["seeds/a.txt": "Headline\n\nbefore the break\u{0} and after it, Maria Lopez left.\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let page = try f.read("Site/sources/a.html")
        #expect(page.contains("and after it"))
        #expect(page.contains("before the break\u{FFFD} and after it"))
    }

    @Test("The markup check tells escaped payloads from live ones")
    func markupCheck() {
        #expect(!Self.payloadInMarkup("<p>&lt;img onerror=\"x('data-pwned')\"&gt;</p>"))
        #expect(Self.payloadInMarkup("<p><img onerror=\"x('data-pwned')\"></p>"))
        #expect(Self.payloadInMarkup("<script>x('data-pwned')</script>"))
        #expect(!Self.payloadInMarkup("<a href=\"https://e.com/%22onmouseover=%22x(&#x27;data-pwned&#x27;)\">ok</a>"))
        #expect(!Self.payloadInMarkup("<mark title=\"&lt;img onerror=&quot;x('data-pwned')&quot;&gt;\">q</mark>"))
    }

    @Test("builds, publishes nothing from outside, carries no script and no broken link")
    func hostileCorpus() throws {
        let f = try Fixture().withProjectTemplates()
        let made = try python([Project.root.appendingPathComponent("Tests/hostile/make_corpus.py").path, f.root.path, "1"])
        try #require(made.status == 0, "\(made.output)")
        let started = Date()
        let result = try DossierBinary.run(["build"], in: f.root)
        let seconds = Date().timeIntervalSince(started)
        try #require(result.status == 0, "\(result.output)")
        print("hostile corpus built in \(String(format: "%.1f", seconds)) s")
        // Speed is measured in `make bench`, never asserted here: the time is printed for the log only.
        for link in ["linked-secret.txt", "linked-folder", "absolute-secret.txt"] {
            #expect(result.output.contains("seeds/\(link): warning: skipped: a symbolic link to "), "\(link)")
        }
        let site = try f.tree("Site")
        #expect(site.keys.contains { $0.hasPrefix("sources/odd-") } && site.keys.contains { $0.hasPrefix("sources/level0-level1-") })
        var scriptPages: [String] = []
        for (path, bytes) in site where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("PRIVATE-MARKER"), "\(path) publishes a file from outside the seeds folder")
            if Self.payloadInMarkup(html) { scriptPages.append(path) }
        }
        #expect(scriptPages.isEmpty, "payloads on \(scriptPages.sorted().prefix(5))")
        if FileManager.default.fileExists(atPath: Self.siteCheck.path) {
            let check = try python([Self.siteCheck.path, f.url("Site").path])
            let summary = check.output.split(separator: "\n").last.map(String.init) ?? ""
            #expect(summary.contains(" broken 0 "), "\(check.output.suffix(2000))")
        }
    }
}
