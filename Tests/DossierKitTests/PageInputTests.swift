import Foundation
import Testing
@testable import DossierKit

/// A page carried over on its inputs alone (its view never made) must be a page whose view did not change.
/// These builds make every such view anyway (`BuildOptions.checkPageInputs`) and compare its key with the
/// one recorded: an input an entity page reads and `EntityPages.writeInputs` leaves out shows up here as a
/// page whose inputs stayed while its view moved.
@Suite("Page inputs", .serialized)
struct PageInputTests {
    final class Checks: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var same = 0
        private(set) var moved: [String] = []
        func add(_ path: String, _ sameView: Bool) {
            lock.lock()
            if sameView { same += 1 } else { moved.append(path) }
            lock.unlock()
        }
    }

    /// The project's seeds (notes, annotations, analyst events, quotes) with generated stories naming the
    /// same people in many sources, so that entities share sentences, sources and graphs.
    func fixture() throws -> Fixture {
        var files = GeneratedCorpus.files(generated: 27, groups: 9, withProjectCorpora: false)
        let seeds = Project.root.appendingPathComponent("seeds")
        for path in try FileManager.default.subpathsOfDirectory(atPath: seeds.path).sorted() {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: seeds.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try String(contentsOf: seeds.appendingPathComponent(path), encoding: .utf8) }
        }
        return try Fixture(Dictionary(uniqueKeysWithValues: files.map { ("seeds/" + $0.key, $0.value) })).withProjectTemplates()
    }

    /// Builds with every input-carried page checked, then compares the site with a build from scratch.
    func build(_ f: Fixture, _ note: Comment) throws -> Checks {
        let checks = Checks()
        var options = f.options()
        options.checkPageInputs = { checks.add($0, $1) }
        try DossierBuild.build(options)
        #expect(checks.moved.isEmpty, "\(note): inputs unchanged, view changed: \(checks.moved.sorted().prefix(8))")
        try expectSiteIsFresh(f, note)
        return checks
    }

    @Test("Edits of every kind: no page whose inputs stayed has a changed view, and most pages are checked")
    func unchangedInputsMeanUnchangedViews() throws {
        let f = try fixture()
        let first = try build(f, "first build")
        #expect(first.same == 0)
        let story = "seeds/gen/00/story-000.txt", other = "seeds/gen/01/story-010.txt", seed = "seeds/001_ecda487d86459dd8.txt"
        let edits: [(Comment, () throws -> Void)] = [
            ("a sentence with no name", { try f.write(story, try f.read(story) + "\nThe meeting ended late.\n") }),
            ("a known name once more, in one source", {
                try f.write(story, try f.read(story) + "\nMaria Lopez met Qassem Soleimani and Ingrid Solberg in Oslo.\n")
            }),
            ("a sentence in a seed article, before other mentions", {
                let text = try f.read(seed)
                let cut = text.index(text.startIndex, offsetBy: text.count / 2)
                try f.write(seed, String(text[..<cut]) + " Officials in Moscow said little." + String(text[cut...]))
            }),
            ("an annotation's note", {
                let yml = try f.read("seeds/dossier.yml")
                try f.write("seeds/dossier.yml", yml.replacingOccurrences(of: "Report 000 says **Tuesday**", with: "Report 000 says *Tuesday*"))
            }),
            ("an entity's aliases", {
                let yml = try f.read("seeds/dossier.yml")
                try f.write("seeds/dossier.yml", yml.replacingOccurrences(of: "aliases: [Qasem Soleimani]", with: "aliases: [Qasem Soleimani, Ghasem Soleimani]"))
            }),
            ("an analyst's event retitled", {
                let yml = try f.read("seeds/dossier.yml")
                try f.write("seeds/dossier.yml", yml.replacingOccurrences(of: "title: UN Security Council adopts Resolution 1747",
                                                                          with: "title: The UN Security Council adopts Resolution 1747"))
            }),
            // Two neighbours of Brussels (group 0) named in a story of group 1, which never names it: first in
            // two sentences, then in one, so that their shared sentences change and their counts do not.
            ("two of an entity's neighbours named elsewhere", {
                try f.write(other, try f.read(other) + "\nMaria Lopez arrived. Tomasz Wierzbicki left.\n")
            }),
            ("the same two names now in one sentence", {
                try f.write(other, try f.read(other).replacingOccurrences(of: "Maria Lopez arrived. Tomasz", with: "Maria Lopez arrived and Tomasz"))
            }),
            ("a new source, earlier than the others, naming known people", {
                try f.write("seeds/gen/early.md", "---\ntitle: Early talks\npublished: 2001-02-03\n---\n\nMaria Lopez met Daniel Okafor in Lagos on 4 March 2001.\n")
            }),
            ("a source deleted", { try FileManager.default.removeItem(at: f.url("seeds/gen/01/story-001.txt")) }),
            ("a date moved to another year", {
                try f.write(story, try f.read(story).replacingOccurrences(of: "2015", with: "2019"))
            }),
        ]
        var checked = 0
        for (note, edit) in edits {
            try edit()
            let checks = try build(f, note)
            checked += checks.same
        }
        // Not a vacuous test: the entity pages of most rebuilds were carried on their inputs.
        #expect(checked > edits.count * 40, "pages checked: \(checked)")
    }

    @Test("Search shards carried on their inputs follow their sources' text and the links of their events")
    func searchShardsFollowTheirInputs() throws {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
        func story(_ n: Int, events: Int) -> String {
            let dated = (0..<events).map { "On \(1 + (n + $0) % 27) \(months[$0 % months.count]) 2015 the council met in Oslo." }
            return "Council Report \(n)\n\nNothing else happened.\n\n" + dated.joined(separator: "\n\n") + "\n"
        }
        var files: [String: String] = ["seeds/dossier.yml": "title: Shards\n"]
        for n in 1...20 { files["seeds/s\(n < 10 ? "0" : "")\(n).txt"] = story(n, events: 10) }
        let f = try Fixture(files).withProjectTemplates()
        let first = try build(f, "first build")
        #expect(first.same == 0)
        #expect(!f.exists("Site/timeline/2015.html"), "one page of events")
        // The same length of text, the same sentences: only the words changed.
        try f.write("seeds/s05.txt", try f.read("seeds/s05.txt").replacingOccurrences(of: "Nothing else", with: "Nothing more"))
        #expect(try build(f, "a word of one source").same > 0)
        // Events enough in the last source to split the timeline by year: every event's link moves, and with
        // it every shard, while no other source's text changed.
        try f.write("seeds/s20.txt", story(20, events: 250))
        _ = try build(f, "the timeline split into pages")
        #expect(f.exists("Site/timeline/2015.html"))
        #expect(try f.read("Site/search/s0.js").contains("timeline/2015"))
    }
}
