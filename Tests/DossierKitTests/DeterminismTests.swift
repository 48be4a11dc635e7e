import Foundation
import Testing

/// The same seeds give the same site, byte for byte, in every process: no Set or Dictionary order and no
/// floating-point tie reaches the output.
@Suite("Byte-identical builds", .serialized)
struct DeterminismTests {
    @Test("Three builds of a large tie-heavy corpus in separate processes write identical trees")
    func separateProcessesAgree() throws {
        var files = GeneratedCorpus.files(generated: 150)
        files["dossier.yml"] = GeneratedCorpus.config
        #expect(files.count > 300)
        let f = try Fixture(files.mapKeys { "seeds/" + $0 }).withProjectTemplates()
        var trees: [[String: Data]] = []
        for run in 0..<3 {
            let result = try DossierBinary.run(["build", "--output", "Site\(run)"], in: f.root)
            try #require(result.status == 0, "\(result.output)")
            trees.append(try f.tree("Site\(run)"))
        }
        #expect(trees[0].count > 400)
        for run in 1..<trees.count {
            let changed = differences(trees[0], trees[run])
            #expect(changed.isEmpty, "build \(run + 1) differs from build 1 in \(changed.count) files: \(changed.prefix(12))")
        }
    }
}

extension Dictionary where Key == String {
    func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
