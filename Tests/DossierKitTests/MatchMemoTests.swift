import Foundation
import Testing
@testable import DossierKit

/// What matching found in an article, kept under the resolver's answer, must be what matching finds again.
@Suite("The match memo", .serialized)
struct MatchMemoTests {
    let story = """
        Port Talks Resume In Oslo

        Anna Berg said on Tuesday that talks with the Port Authority would resume in Oslo.

        “We are ready,” said Lars Holm, a spokesman. Berg met officials at Harbour later that day.
        """

    func entries(_ f: Fixture) -> (memo: MatchMemo, keys: [String]) {
        let memo = MatchMemo(file: MatchMemo.file(in: f.url(".dossier-cache")))
        let keys = ["a.txt", "b.txt"].compactMap { file in
            try? ArticleParser(display: { $0 }).parse(SourceFile(path: file, bytes: Data(contentsOf: f.url("seeds/" + file))),
                                                      settings: nil, fallback: nil).article.map(MatchMemo.key(of:))
        }
        return (memo, keys)
    }

    @Test("Entries round-trip field for field, and one cut anywhere is refused")
    func roundTrip() throws {
        let f = try Fixture(["seeds/a.txt": story, "seeds/b.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let (memo, keys) = entries(f)
        #expect(memo.ignoredBecause == nil)
        let answer = try #require(memo.storedRecord(MatchMemo.answerRecord).map { String(decoding: $0, as: UTF8.self) })
        let found = memo.entries(for: keys, answer: answer)
        let entry = try #require(found[0])
        #expect(entry.matches.map(\.text).contains("Anna Berg"))
        #expect(entry.sentences["p1"] == [0..<82])
        #expect(try MatchMemo.decode(MatchMemo.encode(entry)) == entry)
        // Under another answer the memo answers for nothing.
        #expect(memo.entries(for: keys, answer: "another").allSatisfy { $0 == nil })
        let bytes = MatchMemo.encode(entry)
        for cut in 0..<bytes.count {
            #expect(throws: (any Error).self) { try MatchMemo.decode(bytes.prefix(cut)) }
        }
    }

    @Test("A rebuild under the same answer takes an unchanged article's matches from the memo")
    func unchangedArticlesAreNotMatched() throws {
        let f = try Fixture(["seeds/a.txt": story, "seeds/b.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        #expect(try f.read("Site/sources/a.html").contains("entities/anna-berg.html"))
        // Stand in a memo whose entry for a.txt holds no mention (its checksum is right: it is trusted).
        let (memo, keys) = entries(f)
        let answer = try #require(memo.storedRecord(MatchMemo.answerRecord).map { String(decoding: $0, as: UTF8.self) })
        var stored = memo.entries(for: keys, answer: answer).map { $0! }
        stored[0].matches = []
        MatchMemo.save(zip(keys, stored).map { ($0, $1) }, answer: answer, to: memo.file)
        // b.txt changes without a new name: the answer is reused, and a.txt is not matched again.
        try f.write("seeds/b.txt", seedArticle + "\nMore later.\n")
        try DossierBuild.build(f.options())
        #expect(!(try f.read("Site/sources/a.html").contains("entities/anna-berg.html")))
        // Once a.txt itself changes it is matched again, and the site is a fresh build's.
        try f.write("seeds/a.txt", story + "\nThe talks went on.\n")
        try expectSameAsFresh(f, "a.txt edited")
        #expect(try f.read("Site/sources/a.html").contains("entities/anna-berg.html"))
    }

    @Test("A damaged match memo is ignored with a notice, and every article is matched")
    func damagedIsIgnored() throws {
        let f = try Fixture(["seeds/a.txt": story, "seeds/b.txt": seedArticle]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let file = MatchMemo.file(in: f.url(".dossier-cache"))
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count - 3] ^= 0x20
        try bytes.write(to: file)
        try f.write("seeds/b.txt", seedArticle + "\nMore later.\n")
        let summary = try DossierBuild.build(f.options())
        #expect(summary.notices.contains { $0.message.contains("ignored the match memo: it is damaged") })
        try expectSiteIsFresh(f, "damaged match memo")
    }
}
