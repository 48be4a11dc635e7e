import Foundation
import Testing
@testable import DossierKit

/// The binary layout of the build cache reads back what it wrote, and refuses what it did not write.
@Suite("Cache coding")
struct CacheCodingTests {
    @Test("A hash's hex is both halves in 16 lower-case digits each, zeros kept")
    func hex() {
        for (a, b) in [(UInt64(0), UInt64(0)), (1, 0xABCDEF), (UInt64.max, 0x0F00_0000_0000_00F0), (0x1234_5678_9ABC_DEF0, UInt64.max)] {
            var hash = Hash128()
            hash.a = a
            hash.b = b
            #expect(hash.hex == String(format: "%016llx%016llx", a, b))
        }
    }

    @Test("A hash takes a tail of up to seven bytes as one little-endian word with its length on top, whatever the bytes")
    func tails() {
        // The word as the tail's bytes shifted in one at a time: how the hash was first written, which
        // every cache file on disk was keyed with.
        func byByte(_ bytes: [UInt8]) -> Hash128 {
            var hash = Hash128()
            var offset = 0
            while offset + 8 <= bytes.count {
                var word: UInt64 = 0
                for i in 0..<8 { word |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
                hash.add(word: word)
                offset += 8
            }
            if offset < bytes.count {
                var tail = UInt64(bytes.count - offset) << 56
                for i in 0..<(bytes.count - offset) { tail |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
                hash.add(word: tail)
            }
            return hash
        }
        for length in 0...25 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 0xF1) }
            var hash = Hash128()
            bytes.withUnsafeBytes { hash.add($0) }
            let expected = byByte(bytes)
            #expect((hash.a, hash.b) == (expected.a, expected.b), "\(length) bytes")
        }
        // "a" and "a\0" differ: the length is in the word.
        #expect(Hash128.of(Data("a".utf8)).hex != Hash128.of(Data([0x61, 0])).hex)
    }

    @Test("Numbers, strings and optionals read back, repeated strings named by number")
    func roundTrip() throws {
        var w = ByteWriter()
        for n in [0, 1, -1, 63, 64, -65, 127, 128, 300, Int.max, Int.min] { w.int(n) }
        w.string("p3"); w.string("Zoë"); w.string("p3"); w.optional(nil); w.optional(""); w.bool(true)
        w.strings(["a", "p3", ""])
        // Unique strings stay out of the table: the "p3" after them is still the table's first string.
        w.unique("p3"); w.unique(""); w.unique("Ångström"); w.string("p3")
        var r = ByteReader(w.bytes)
        #expect(try (0..<11).map { _ in try r.int() } == [0, 1, -1, 63, 64, -65, 127, 128, 300, Int.max, Int.min])
        #expect(try [r.string(), r.string(), r.string()] == ["p3", "Zoë", "p3"])
        #expect(try r.optional() == nil)
        #expect(try r.optional() == "")
        #expect(try r.bool())
        #expect(try r.strings() == ["a", "p3", ""])
        #expect(try [r.unique(), r.unique(), r.unique(), r.string()] == ["p3", "", "Ångström", "p3"])
        #expect(r.atEnd)
        var cut = ByteReader(Array(w.bytes.dropLast(3)))
        for _ in 0..<11 { _ = try cut.int() }
        for _ in 0..<3 { _ = try cut.string() }
        _ = try cut.optional(); _ = try cut.optional(); _ = try cut.bool(); _ = try cut.strings()
        _ = try cut.unique(); _ = try cut.unique()
        #expect(throws: ByteReader.Malformed.self) { try cut.unique() }
    }

    @Test("Every kind of date value reads back")
    func dateValues() throws {
        let values: [DateValue] = [
            .day(year: 2017, month: 4, day: 13), .dayTime(year: 2000, month: 4, day: 4, time: TimeOfDay(hour: 9, minute: 30)),
            .week(year: 1998, week: 12), .weekend(year: 1998, week: 12), .month(year: 2020, month: 10),
            .season(year: 1998, season: .summer), .quarter(year: 1989, quarter: 3), .half(year: 1990, half: 1),
            .year(-44), .decade(199), .century(19), .reference(.past),
        ]
        var w = ByteWriter()
        for v in values { v.write(to: &w) }
        var r = ByteReader(w.bytes)
        #expect(try values.map { _ in try DateValue.read(from: &r) } == values)
        #expect(r.atEnd)
    }

    @Test("A cut or altered record is refused, never read as something else")
    func malformed() throws {
        let a = Article(
            file: "a.txt", slug: "a", format: .text, title: "Talks In Oslo", metadata: SourceMetadata(published: SimpleDate(year: 2017, month: 4, day: 13)),
            paragraphs: [Paragraph(id: "p1", text: "Anna Berg of the Port Authority said on Tuesday that talks resume in Oslo next week.", line: 3),
                         Paragraph(id: "p2", text: "“We are ready,” said Lars Holm, a spokesman, last year.", line: 5)],
            captions: [], removed: [], markdownBody: nil)
        let extraction = ArticleExtraction.extract([a], 0, tokens: TokenCache([a]))
        var w = ByteWriter()
        extraction.write(to: &w)
        var whole = ByteReader(w.bytes)
        #expect(try ArticleExtraction.read(from: &whole) == extraction)
        for cut in stride(from: 0, to: w.bytes.count - 1, by: max(1, w.bytes.count / 40)) {
            var r = ByteReader(w.bytes.prefix(cut))
            #expect(throws: (any Error).self) { _ = try ArticleExtraction.read(from: &r) }
        }
        var unknownTag = ByteReader([0x1E])
        #expect(throws: (any Error).self) { _ = try DateValue.read(from: &unknownTag) }
        var hugeCount = ByteReader([0xFE, 0xFF, 0xFF, 0x7F])
        #expect(throws: (any Error).self) { _ = try hugeCount.strings() }
    }

    @Test("A cached article reads back equal, with its warnings and extraction, whatever its shape; cut, it is refused")
    func articles() throws {
        let plain = "Minister Resigns\n\nPhoto: Lars Holm/Reuters\n\nThe minister resigned on Monday.\n\nShare this article\n\nA line with\ttabs and «quotes» 日本.\n"
        let parser = ArticleParser(display: { $0 })
        var articles: [Article] = []
        for (path, text) in [("a.md", markdownArticle), ("b.txt", plain), ("c.txt", "Headline only\n")] {
            articles.append(try #require(parser.parse(SourceFile(path: path, bytes: Data(text.utf8)), settings: nil, fallback: nil).article))
        }
        #expect(articles[0].paragraphs.contains { $0.markdownBlock != nil && $0.blockKind != nil })
        #expect(articles[0].markdownBody != nil && articles[0].metadata.published != nil)
        let tokens = TokenCache(articles)
        for (i, article) in articles.enumerated() {
            var entry = ParseCache.Entry(article: article, warnings: [BuildWarning(file: article.file, line: 3, "a warning"), BuildWarning("no file")])
            for extraction in [nil, ArticleExtraction.extract(articles, i, tokens: tokens)] {
                entry.extraction = extraction.map { var e = $0; e.move(to: 0); return e }
                let record = entry.record
                let back = try ParseCache.Entry(record: record)
                #expect(back.article == article)
                // Search words compare equal whatever they hold (they follow from the text): their bytes must too.
                #expect(back.article.searchWords?.bytes == article.searchWords?.bytes && article.searchWords != nil)
                #expect(back.warnings == entry.warnings)
                #expect(back.extraction == entry.extraction)
                for cut in stride(from: 0, to: record.count - 1, by: max(1, record.count / 30)) {
                    #expect(throws: (any Error).self) { _ = try ParseCache.Entry(record: record.prefix(cut)) }
                }
            }
        }
    }
}
