import Foundation
import Testing
@testable import DossierKit

/// The resolver's answer kept between builds must be exactly the answer it would give again.
@Suite("The resolution memo", .serialized)
struct ResolutionMemoTests {
    let first = """
        Port Talks Resume In Oslo

        Anna Berg said on Tuesday that talks with the Port Authority would resume in Oslo.

        Berg met officials at Harbour later that day, and the Port Authority said it was ready.
        """
    let second = """
        Ferry Strike Ends

        Lars Holm, a spokesman for the Port Authority, said the strike ended on Friday.

        Holm said Anna Berg had asked for the talks.
        """

    /// Every candidate of the articles, as the build gathers them, with how the dossier writes its words.
    func candidates(_ texts: [String]) -> ([Candidate], WordCase) {
        let parser = ArticleParser(display: { $0 })
        let articles = texts.enumerated().compactMap { i, text in
            parser.parse(SourceFile(path: "s\(i).txt", bytes: Data(text.utf8)), settings: nil, fallback: nil).article
        }
        let tokens = TokenCache(articles)
        let extractions = articles.indices.map { ArticleExtraction.extract(articles, $0, tokens: tokens) }
        var wordCase = WordCase()
        for e in extractions { wordCase.add(e.wordCase) }
        return (extractions.flatMap(\.candidates), wordCase)
    }

    func expectSame(_ a: EntityResolver.Output, _ b: EntityResolver.Output, _ note: Comment) {
        #expect(a.entities == b.entities, note)
        #expect(a.review == b.review, note)
    }

    @Test("A kept answer reads back as the resolver's answer, field for field")
    func roundTrip() throws {
        let (all, wordCase) = candidates([first, second])
        let resolved = EntityResolver(config: DossierConfig(), wordCase: wordCase).resolve(all)
        #expect(resolved.entities.contains { $0.name == "Anna Berg" && $0.names.contains("Berg") })
        var output = resolved
        output.review.ambiguous.append(Review.Ambiguity(form: "Berg", candidates: ["A", "B"], locations: [TextLocation(article: 70000, block: "p9")]))
        output.review.ignored.append(Review.Ignored(phrase: "Monday", count: 3))
        output.review.unmentioned = ["Someone"]
        var writer = ByteWriter()
        ResolutionMemo.write(output, to: &writer)
        var reader = ByteReader(writer.bytes)
        expectSame(try ResolutionMemo.read(&reader), output, "round trip")
        #expect(reader.atEnd)
        // Cut anywhere, it is refused rather than read short.
        for cut in stride(from: 0, to: writer.bytes.count, by: max(1, writer.bytes.count / 40)) {
            var short = ByteReader(writer.bytes.prefix(cut))
            #expect(throws: (any Error).self) { try ResolutionMemo.read(&short) }
        }
    }

    @Test("No pass reads where in its block a candidate is, which is why the key leaves it out")
    func offsetsAreNotRead() {
        let (all, wordCase) = candidates([first, second])
        let moved = all.enumerated().map { i, c in
            var c = c
            c.start += 3 * i + 1
            c.end += 3 * i + 7
            return c
        }
        let resolver = EntityResolver(config: DossierConfig(), wordCase: wordCase)
        expectSame(resolver.resolve(all), resolver.resolve(moved), "offsets moved")
        let memo = ResolutionMemo(file: URL(fileURLWithPath: "/nonexistent/memo"), config: Hash128())
        #expect(memo.key(all, wordCase: wordCase) == memo.key(moved, wordCase: wordCase))
        // What the passes do read changes the key: a name, a block, a kind's evidence, the case of a word.
        var renamed = all
        renamed[0].name += "s"
        var reblocked = all
        reblocked[0].location.block = "p99"
        var reweighed = all
        reweighed[0].evidence.append(KindEvidence(kind: .place, reason: "test", weight: 1))
        var lowered = wordCase
        lowered.add(WordCase(lower: ["harbour": 5], capitalized: [:]))
        for (other, otherCase, note) in [(renamed, wordCase, "name"), (reblocked, wordCase, "block"), (reweighed, wordCase, "evidence"), (all, lowered, "word case")] {
            #expect(memo.key(other, wordCase: otherCase) != memo.key(all, wordCase: wordCase), "\(note)")
        }
        #expect(ResolutionMemo(file: memo.file, config: Hash128.of(Data("x".utf8))).key(all, wordCase: wordCase) != memo.key(all, wordCase: wordCase))
    }

    /// The memo file's inode: a new one each time it is written (it is renamed into place).
    func memoInode(_ f: Fixture) -> UInt64? { FileIdentity(of: f.url(".dossier-cache/resolution.memo").path)?.inode }

    @Test("An edit that finds no new name keeps the answer; a new name, a word's case or dossier.yml resolves again; the site is always a fresh build's")
    func rebuilds() throws {
        let f = try Fixture(["seeds/a.txt": first, "seeds/b.txt": second, "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let built = try #require(memoInode(f))
        #expect(f.exists("Site/entities/harbour.html"))

        // "Overnight" opens a sentence and is a candidate until the first filters drop it: no other sentence
        // writes it as a name.
        let added = "\nOvernight the talks went on.\n"
        #expect(candidates([second + added]).0.contains { $0.name == "Overnight" && $0.needsConfirmation })
        try f.write("seeds/b.txt", second + added)
        try expectSameAsFresh(f, "a sentence with no name")
        #expect(memoInode(f) == built, "the answer was kept")

        try f.write("seeds/b.txt", second + "\nMaria Lopez joined the talks.\n")
        try expectSameAsFresh(f, "a new name")
        let renamed = try #require(memoInode(f))
        #expect(renamed != built, "resolved again")
        #expect(f.exists("Site/entities/maria-lopez.html"))

        // "Harbour" alone is a name only while the dossier does not mostly write the word in lower case.
        try f.write("seeds/b.txt", second + "\nMaria Lopez joined the talks.\n\n3 boats left the harbour, the harbour gates shut and the harbour was empty.\n")
        try expectSameAsFresh(f, "a word's case")
        #expect(memoInode(f) != renamed, "resolved again")
        #expect(!f.exists("Site/entities/harbour.html"))
        let lowered = try #require(memoInode(f))

        try f.write("seeds/dossier.yml", "title: T\nentities:\n  - name: Anna Berg\n    kind: person\n    note: Chairs the talks.\n")
        try expectSameAsFresh(f, "dossier.yml")
        #expect(memoInode(f) != lowered, "resolved again")
    }

    @Test("A damaged memo is ignored with a notice, and the site is a fresh build's")
    func damaged() throws {
        let f = try Fixture(["seeds/a.txt": first, "seeds/b.txt": second]).withProjectTemplates()
        try DossierBuild.build(f.options())
        try flipBit(in: f.url(".dossier-cache/resolution.memo"), back: 5)
        try f.write("seeds/b.txt", second + "\nThe talks went on into the night.\n")
        let summary = try DossierBuild.build(f.options())
        #expect(summary.notices.contains { $0.message.contains("ignored the resolution memo: it is damaged") })
        #expect(!summary.warnings.contains { $0.message.contains("memo") }, "never on review.html")
        try expectSameAsFresh(f, "after a damaged memo")
        try f.write("seeds/b.txt", second)
        #expect(try DossierBuild.build(f.options()).notices.isEmpty, "replaced by a good one")
    }
}
