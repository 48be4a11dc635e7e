import Foundation
import Testing
@testable import DossierKit

/// Builds killed with SIGKILL at random moments leave the output a whole site: the old one or the new one,
/// never a mix, never missing. What they left beside it goes with the next build.
@Suite("Killed builds", .serialized)
struct CrashSafetyTests {
    @Test("20 builds killed at random moments each leave the whole old or the whole new site")
    func killedBuildsLeaveAWholeSite() throws {
        let f = try Fixture().withProjectTemplates()
        // Two versions of a sizeable dossier: B has one source less, another title and changed prose.
        for (path, text) in GeneratedCorpus.files(generated: 120, withProjectCorpora: false) {
            try f.write("seedsA/" + path, text)
            try f.write("seedsB/" + path, text.replacingOccurrences(of: "officials said", with: "aides said"))
        }
        try f.write("seedsA/dossier.yml", "title: Version A\n")
        try f.write("seedsB/dossier.yml", "title: Version B\n")
        try FileManager.default.removeItem(at: f.url("seedsB/gen/00/story-000.txt"))

        var known: [String: [String: Data]] = [:]
        var duration = 0.0, writing = 0.0
        for version in ["A", "B"] {
            let started = Date()
            let build = try DossierBinary.start(["build", "--seeds", "seeds\(version)", "--output", "Known\(version)"], in: f.root, log: f.url("known.log"))
            let staged = Self.waitForStaging(of: build, output: "Known\(version)", in: f.root)
            build.waitUntilExit()
            try #require(build.terminationStatus == 0, "\((try? f.read("known.log")) ?? "")")
            duration = max(duration, Date().timeIntervalSince(started))
            writing = max(writing, staged.map { Date().timeIntervalSince($0) } ?? 0)
            known[version] = try f.tree("Known\(version)")
        }
        try #require(known["A"] != known["B"])
        try #require(try DossierBinary.run(["build", "--seeds", "seedsA"], in: f.root).status == 0)
        #expect(try f.tree("Site") == known["A"])

        var current = "A"
        var outcomes: [String] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            let next = current == "A" ? "B" : "A"
            let log = f.url("kill-\(round).log")
            let build = try DossierBinary.start(["build", "--seeds", "seeds\(next)"], in: f.root, log: log)
            // Every other round anywhere in the build; the others once the site is being written (its staging
            // folder appeared), anywhere up to a little past the usual end of writing, so that both sides of the
            // swap are hit however slow the machine is today.
            if round % 2 == 0 {
                usleep(UInt32(Double.random(in: 0...duration, using: &generator) * 1_000_000))
            } else if Self.waitForStaging(of: build, output: "Site", in: f.root) != nil {
                usleep(UInt32(Double.random(in: 0...(writing * 1.3), using: &generator) * 1_000_000))
            }
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            let tree = try f.tree("Site")
            if tree == known[next] {
                current = next
                outcomes.append(build.terminationReason == .uncaughtSignal ? "new (killed)" : "new (finished)")
            } else {
                let changed = differences(tree, known[current]!)
                #expect(changed.isEmpty, "round \(round): Site/ is neither site \(current) nor \(next): \(changed.count) files differ, \(changed.prefix(5))")
                outcomes.append("old")
            }
        }
        // A whole build afterwards removes whatever the killed ones left beside the output.
        try #require(try DossierBinary.run(["build", "--seeds", "seedsB"], in: f.root).status == 0)
        #expect(try f.tree("Site") == known["B"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.root.path).filter { $0.hasPrefix(".Site.") }
        #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        print("kill -9 outcomes: \(Dictionary(grouping: outcomes, by: { $0 }).mapValues(\.count).sorted { $0.key < $1.key })")
    }

    /// Waits until `build` has made its staging folder beside `output` (nil when it ended first): when it
    /// is that far, only writing and the swap are left.
    static func waitForStaging(of build: Process, output: String, in folder: URL) -> Date? {
        let prefix = ".\(output).tmp-\(build.processIdentifier)-"
        while build.isRunning {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path), names.contains(where: { $0.hasPrefix(prefix) }) {
                return Date()
            }
            usleep(2_000)
        }
        return nil
    }

    @Test("A killed build's folders are removed by the next one; a running build's are kept")
    func staleFoldersAreRemoved() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        // A process that is surely gone (pid far above the kernel's limit) and one that runs: this one.
        let dead = "4194999-1", live = "\(getppid())-7"
        try f.write(".Site.tmp-\(dead)/index.html", "half")
        try f.write(".Site.old-\(dead)/index.html", "old")
        try f.write(".Site.tmp-\(live)/index.html", "busy")
        try f.write(".Other.tmp-\(dead)/index.html", "not ours")
        try DossierBuild.build(f.options())
        let siblings = try FileManager.default.contentsOfDirectory(atPath: f.root.path).sorted()
        // The parse cache beside the output is the build's own and stays.
        #expect(siblings == [".Other.tmp-\(dead)", ".Site.tmp-\(live)", ".dossier-cache", "Site", "Templates", "seeds"])
    }

    @Test("When a crash left the old site aside and no output, the next build puts it back before swapping")
    func oldSiteIsRestored() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let before = try f.tree("Site")
        try FileManager.default.moveItem(at: f.url("Site"), to: f.url(".Site.old-4194999-1"))
        FolderSwap.cleanStale(beside: f.url("Site"))
        #expect(try f.tree("Site") == before)
        #expect(!f.exists(".Site.old-4194999-1"))
    }

    @Test("The exchange swaps two folders in one step on Linux")
    func atomicExchange() throws {
        let f = try Fixture(["a/x": "a", "b/y": "b"])
        #if os(Linux)
        #expect(FolderSwap.exchange(f.url("a").path, f.url("b").path))
        #expect(try f.read("a/y") == "b")
        #expect(try f.read("b/x") == "a")
        #else
        #expect(!FolderSwap.exchange(f.url("a").path, f.url("b").path))
        #endif
    }
}
