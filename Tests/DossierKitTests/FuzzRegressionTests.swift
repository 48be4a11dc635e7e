import DossierKit
import Foundation
import Testing

/// Every input that ever made a fuzz target fail, and the fuzzers' seed inputs, replayed through the same
/// property checks as `make fuzz`: no crash, no hang, spans on character boundaries inside their blocks and
/// sentences, well-formed and inert HTML.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func inputs(_ target: FuzzTarget) -> [URL] {
        ["Tests/DossierKitTests/FuzzRegressions", "Tests/Fuzz/seeds"].flatMap { folder -> [URL] in
            let dir = Project.root.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") }.map { dir.appendingPathComponent($0) }
        }
    }

    @Test("Replays every saved input", arguments: FuzzTarget.allCases)
    func replay(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "no seed inputs for \(target.rawValue)")
        for url in inputs {
            let started = Date()
            let problems = target.violations(try Data(contentsOf: url))
            #expect(problems.isEmpty, "\(target.rawValue)/\(url.lastPathComponent): \(problems)")
            // The fuzzers allow 10 s an input; a debug test build is slower, so the bar here is generous.
            #expect(Date().timeIntervalSince(started) < 20, "\(target.rawValue)/\(url.lastPathComponent) took too long")
        }
    }

    @Test("The HTML check catches what it is for")
    func htmlCheck() {
        #expect(HTMLCheck.problems("<p>a <a href=\"x.html\" title=\"&quot;\">b</a><br></p>\n").isEmpty)
        #expect(HTMLCheck.problems("<p><!-- c --> &lt;b&gt; <img src=\"a.png\" alt=\"\" /></p>").isEmpty)
        for bad in ["<p><a>x</p></a>", "<p>x", "a > b", "a < b", "<script>x</script>", "<a onclick=\"x\">y</a>",
                    "<a href=\"javascript:x\">y</a>", "<a href=\"&#106;avascript:x\">y</a>", "<a href=x>y</a>", "<p"] {
            #expect(!HTMLCheck.problems(bad).isEmpty, "\(bad)")
        }
    }
}
