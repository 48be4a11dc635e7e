import Foundation
import Testing
@testable import DossierKit

/// The quote memo (see `QuoteMemo`): quotations taken from it are the ones a fresh search finds, an article
/// whose text or names changed is searched again, and a damaged file is ignored.
@Suite("Quote memo")
struct QuoteMemoTests {
    static let texts = [
        ("a.txt", "Talks Stall\n\n“We will not sign this,” said Anna Berg, the minister.\n\nBerg left Oslo. “It is over,” she said.\n"),
        ("b.txt", "Oslo Reacts\n\nLars Holm said: “The talks go on.”\n\nThe Oslo Times reported the talks.\n"),
        ("c.txt", "No Quotes\n\nAnna Berg met Lars Holm in Oslo on Monday.\n"),
    ]

    static func dossier(_ texts: [(String, String)]) throws -> Dossier {
        let parser = ArticleParser(display: { $0 })
        return try DossierResolver.resolve(texts.map {
            try #require(parser.parse(SourceFile(path: $0.0, bytes: Data($0.1.utf8)), settings: nil, fallback: nil).article)
        }, config: DossierConfig(), warnings: [])
    }

    static func run(_ d: Dossier, memo: QuoteMemo?) -> (quotes: [Quote], records: [String: Data]) {
        QuoteStage.run(d.articles, entities: d.entities, sentences: d.sentences.isEmpty ? Array(repeating: [:], count: d.articles.count) : d.sentences, memo: memo)
    }

    static func same(_ a: [Quote], _ b: [Quote]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.entity == $1.entity && $0.location == $1.location && $0.start == $1.start && $0.end == $1.end && $0.text == $1.text
                && $0.attribution == $1.attribution
        }
    }

    @Test("Quotations read back from the memo are the ones found, and a changed article is searched again")
    func reuse() throws {
        let fixture = try Fixture()
        let file = fixture.url("quotes.memo")
        let d = try Self.dossier(Self.texts)
        let fresh = Self.run(d, memo: nil).quotes
        #expect(fresh.count >= 2 && fresh.contains { $0.text.contains("not sign") })
        // A build with an empty memo finds them and keeps a record for each article.
        let first = Self.run(d, memo: QuoteMemo(file: file))
        #expect(Self.same(first.quotes, fresh) && first.records.count == 3)
        QuoteMemo(file: file).save(first.records)
        let memo = QuoteMemo(file: file)
        #expect(memo.ignoredBecause == nil && !memo.differs(from: first.records))
        let again = Self.run(d, memo: memo)
        #expect(Self.same(again.quotes, fresh) && !memo.differs(from: again.records))
        // The kept records are used: a record altered on disk comes back as it was altered.
        var altered = first.records
        let key = try #require(altered.first { (try? QuoteMemo.decode($0.value, article: 0))?.isEmpty == false }?.key)
        var quotes = try QuoteMemo.decode(altered[key]!, article: 0)
        quotes[0].attribution = "from the memo"
        altered[key] = QuoteMemo.encode(quotes)
        QuoteMemo(file: file).save(altered)
        #expect(Self.run(d, memo: QuoteMemo(file: file)).quotes.contains { $0.attribution == "from the memo" })
        // An edited article has another key: its quotations are found again, the others' kept.
        QuoteMemo(file: file).save(first.records)
        var edited = Self.texts
        edited[0].1 = edited[0].1.replacingOccurrences(of: "will not sign", with: "shall never sign")
        let e = try Self.dossier(edited)
        let rerun = Self.run(e, memo: QuoteMemo(file: file))
        #expect(Self.same(rerun.quotes, Self.run(e, memo: nil).quotes))
        #expect(rerun.quotes.contains { $0.text.contains("shall never sign") })
        #expect(QuoteMemo(file: file).differs(from: rerun.records))
    }

    @Test("A damaged or foreign quote memo is ignored with its reason, and every article is searched")
    func damaged() throws {
        let fixture = try Fixture()
        let file = fixture.url("quotes.memo")
        let d = try Self.dossier(Self.texts)
        QuoteMemo(file: file).save(Self.run(d, memo: nil).records)
        QuoteMemo(file: file).save(Self.run(d, memo: QuoteMemo(file: file)).records)
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count - 3] ^= 0x5A
        try bytes.write(to: file)
        let damaged = QuoteMemo(file: file)
        #expect(damaged.ignoredBecause != nil)
        #expect(Self.same(Self.run(d, memo: damaged).quotes, Self.run(d, memo: nil).quotes))
        try Data("dossier-quote-memo 0 x y\n".utf8).write(to: file)
        #expect(QuoteMemo(file: file).ignoredBecause != nil)
    }

    @Test("Quotations encode and decode field for field; a cut record is refused")
    func coding() throws {
        let quotes = Self.run(try Self.dossier(Self.texts), memo: nil).quotes
        let moved = quotes.map { q -> Quote in var q = q; q.location.article = 7; return q }
        let record = QuoteMemo.encode(quotes)
        #expect(Self.same(try QuoteMemo.decode(record, article: 7), moved))
        for cut in 0..<record.count { #expect(throws: (any Error).self) { _ = try QuoteMemo.decode(record.prefix(cut), article: 0) } }
    }
}
