@testable import DossierServe
import Testing

/// The watcher builds a change only once the files stop changing: a file saved in pieces, or a folder copied
/// in a file at a time, is built once and whole, never half-written.
@Suite("The watcher waits for the files to settle")
struct SettleTests {
    /// `settle` fed a script of what each poll sees; answers what it settled on and how many polls it took.
    func settle(_ changed: String, _ script: [String?]) async -> (String, Int) {
        var polls = 0
        let settled = await Watcher.settle(from: changed) { () async -> String? in
            defer { polls += 1 }
            return polls < script.count ? script[polls] : nil
        }
        return (settled, polls)
    }

    @Test("Settled when two polls in a row agree", arguments: [
        // A file truncated, then written: the first look saw it empty.
        ("empty", ["written", "written"], "written", 2),
        // Nothing more happened after the change: one poll more.
        ("written", ["written"], "written", 1),
        // A folder being copied in: every poll sees more, until the copy ends.
        ("1 file", ["2 files", "3 files", "4 files", "4 files"], "4 files", 4),
    ])
    func settles(changed: String, script: [String], expected: String, polls: Int) async {
        let (settled, count) = await settle(changed, script)
        #expect(settled == expected)
        #expect(count == polls)
    }

    @Test("A watcher that is stopping answers at once with the last it saw")
    func stopping() async {
        let (settled, count) = await settle("a", ["b", nil])
        #expect(settled == "b")
        #expect(count == 2)
    }
}
