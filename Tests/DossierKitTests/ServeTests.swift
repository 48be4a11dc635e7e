import Foundation
import Testing

/// `dossier serve` as a user runs it: the real binary on a free port, asked over HTTP by curl.
@Suite("dossier serve", .serialized)
struct ServeTests {
    /// GETs a URL with curl: the status code and the body.
    func get(_ url: String) throws -> (status: Int, body: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "-m", "5", "-w", "\n%{http_code}", url]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard let cut = text.lastIndex(of: "\n") else { return (0, text) }
        return (Int(text[text.index(after: cut)...]) ?? 0, String(text[..<cut]))
    }

    /// Polls the status endpoint until `ready` holds (or 60 s pass), then returns the status body.
    func wait(_ base: String, until ready: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let status = try? get(base + "/__dossier/status"), status.status == 200, ready(status.body) { return status.body }
            Thread.sleep(forTimeInterval: 0.2)
        }
        Issue.record("the server never reached the expected state")
        return ""
    }

    func version(_ status: String) -> Int {
        guard let r = status.range(of: "\"version\":") else { return -1 }
        return Int(status[r.upperBound...].prefix { $0.isNumber }) ?? -1
    }

    @Test("serve answers over HTTP, reloads after an edit and keeps the last good site after a bad edit")
    func serveLoop() throws {
        let binary = try #require(CommandLineTests.binary, "build the dossier product first (make test does)")
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        let port = Int.random(in: 20_000...60_000)
        let base = "http://127.0.0.1:\(port)"
        let server = Process()
        server.executableURL = binary
        server.arguments = ["serve", "--port", String(port)]
        server.currentDirectoryURL = f.root
        server.standardOutput = Pipe()
        let log = Pipe()
        server.standardError = log
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }

        let first = try wait(base) { version($0) >= 1 }
        #expect(first.contains("\"errors\":[]"), "\(first)")
        let index = try get(base + "/")
        #expect(index.status == 200)
        #expect(index.body.contains("__dossier/status"), "pages get the reload script")
        #expect(!(try f.read("Site/index.html")).contains("__dossier"), "the written site never has it")
        #expect(try get(base + "/assets/style.css").status == 200)
        #expect(try get(base + "/../../etc/passwd").status == 404)
        #expect(try get(base + "/nope.html").status == 404)

        // An edit: a new build, and the page shows the new words.
        Thread.sleep(forTimeInterval: 1.1)  // a new modification time, whatever the file system's precision
        try f.write("seeds/a.txt", seedArticle.replacingOccurrences(of: "Minister Resigns", with: "Minister Stays"))
        let second = try wait(base) { version($0) > version(first) }
        #expect(second.contains("\"errors\":[]"), "\(second)")
        let source = try get(base + "/sources/a.html")
        #expect(source.body.contains("Minister Stays"))

        // A bad edit: the error with file and line in the status and on the page; the last good site stays.
        Thread.sleep(forTimeInterval: 1.1)
        try f.write("seeds/dossier.yml", "title: T\nsorces: {}\n")
        let third = try wait(base) { version($0) > version(second) }
        #expect(third.contains("seeds/dossier.yml:2: error: unknown key"), "\(third)")
        let still = try get(base + "/sources/a.html")
        #expect(still.status == 200)
        #expect(still.body.contains("Minister Stays"))
        #expect(still.body.contains("dossier-build-error"))
        #expect(still.body.contains("seeds/dossier.yml:2: error: unknown key"))
    }
}
