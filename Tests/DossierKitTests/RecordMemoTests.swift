import Foundation
import Testing
@testable import DossierKit

/// A rebuild copies the unchanged records of `data/dossier.json` from the last build's file: the file must
/// come out as a build from scratch writes it, and a last file or memo that cannot be vouched for is never
/// copied from.
@Suite("Records of dossier.json", .serialized)
struct RecordMemoTests {
    func memo(from spans: [JSONRecordMemo.Span], of bytes: Data) -> JSONRecordMemo {
        var records: [JSONRecordMemo.Key: Range<Int>] = [:]
        for span in spans { records[span.key] = span.offset..<(span.offset + span.length) }
        return JSONRecordMemo(file: URL(fileURLWithPath: "/nonexistent/records.memo"), last: (bytes, records), ignoredBecause: nil)
    }

    func fresh() -> JSONRecordMemo {
        JSONRecordMemo(file: URL(fileURLWithPath: "/nonexistent/records.memo"), last: nil, ignoredBecause: nil)
    }

    @Test("Unchanged records are copied, changed ones written, and the file is a fresh build's bytes")
    func unchangedRecordsCopied() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": portTalksStory, "seeds/dossier.yml": "title: T\n"])
            .withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        let first = fresh()
        let written = DataExport.dossierJSON(dossier, flush: nil, memo: first)
        #expect(written == DataExport.dossierJSON(dossier, flush: nil))
        #expect(first.copied == 0)
        let records = dossier.articles.count * 2 + dossier.entities.count + dossier.dates.count + dossier.events.count
            + dossier.quotes.count + dossier.annotations.count
        #expect(first.spans.count == records)
        for span in first.spans {
            let bytes = written[span.offset..<(span.offset + span.length)]
            #expect(bytes.first == UInt8(ascii: "{") && bytes.last == UInt8(ascii: "}"), "a span is one record")
        }

        let again = memo(from: first.spans, of: written)
        #expect(DataExport.dossierJSON(dossier, flush: nil, memo: again) == written)
        #expect(again.copied == records)
        #expect(again.spans == first.spans)

        try f.write("seeds/b.txt", portTalksStory.replacingOccurrences(of: "Lars Holm", with: "Nils Dahl"))
        let edited = try DossierBuild.model(f.options())
        let after = memo(from: first.spans, of: written)
        #expect(DataExport.dossierJSON(edited, flush: nil, memo: after) == DataExport.dossierJSON(edited, flush: nil))
        #expect(after.copied > 0 && after.copied < after.spans.count, "the other article's records are the last file's")
    }

    @Test("Records flushed a piece at a time are placed from the start of the whole file")
    func spansAcrossFlushes() {
        func write(_ memo: JSONRecordMemo, sliceAt: Int = 1 << 16) -> Data {
            var pieces = Data()
            var stream = JSONObjectStream()
            stream.sliceAt = sliceAt
            stream.flushAt = 1
            stream.window = 3
            stream.run = 2
            stream.memo = memo
            stream.flush = { pieces.append($0) }
            stream.field("title", .string("T"))
            stream.records("items", count: 10) { i, w in
                w.object(); w.field("n", i); w.field("text", "item \(i % 4) \"quoted\""); w.end()
            }
            stream.records("more", count: 3) { i, w in w.object(); w.field("id", "m\(i)"); w.end() }
            return pieces + stream.finish()
        }
        let first = fresh()
        let bytes = write(first)
        #expect(first.spans.count == 13)
        for (i, span) in first.spans.enumerated() {
            let text = String(decoding: bytes[span.offset..<(span.offset + span.length)], as: UTF8.self)
            #expect(text.hasPrefix("{") && text.hasSuffix("}"))
            #expect(text.contains(i < 10 ? "\"n\": \(i)," : "\"m\(i - 10)\""), "span \(i) is its own record")
        }
        // Copied into the text, or handed on as slices of the last file, each stretch joined.
        for sliceAt in [1 << 16, 1] {
            let again = memo(from: first.spans, of: bytes)
            #expect(write(again, sliceAt: sliceAt) == bytes)
            #expect(again.copied == 13)
            #expect(again.spans == first.spans)
        }
        // Some records changed, between and beside unchanged ones.
        var changed = first.spans
        changed.remove(at: 4)
        changed.remove(at: 0)
        for sliceAt in [1 << 16, 1] {
            let partly = memo(from: changed, of: bytes)
            #expect(write(partly, sliceAt: sliceAt) == bytes)
            #expect(partly.copied == 11)
        }
    }

    @Test("A dossier.json edited by hand, a damaged memo or one whose records lie outside the file is never copied from")
    func untrustedLastFileNotCopied() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": portTalksStory]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let memoFile = f.url(".dossier-cache/records-site.memo")
        #expect(f.exists(".dossier-cache/records-site.memo"))

        // The same length, another letter: only the file's identity tells it from the one the build wrote.
        let json = try f.read("Site/data/dossier.json")
        try f.write("Site/data/dossier.json", json.replacingOccurrences(of: "Anna Berg", with: "Anna Borg"))
        try f.write("seeds/a.txt", seedArticle + "\nOne more line.\n")
        try expectSameAsFresh(f, "after dossier.json was edited by hand")

        try flipBit(in: memoFile, back: 3)
        try f.write("seeds/a.txt", seedArticle)
        let damaged = try DossierBuild.build(f.options())
        #expect(damaged.notices.contains { $0.message.contains("ignored the record memo: it is damaged") && $0.file == memoFile.path })
        try expectSiteIsFresh(f, "after a damaged record memo")

        // A memo that reads back but names bytes past the end of the file.
        let payload = try #require(CacheFile.read(memoFile, format: JSONRecordMemo.format).payload)
        let decoded = try #require(JSONRecordMemo.decode(payload))
        var spans = decoded.spans
        spans[spans.count - 1].offset += 1 << 30
        CacheFile.write(JSONRecordMemo.encode(fileKey: decoded.fileKey, spans: spans), to: memoFile, format: JSONRecordMemo.format)
        try f.write("seeds/a.txt", seedArticle + "\nAnother line.\n")
        let outside = try DossierBuild.build(f.options())
        #expect(outside.notices.contains { $0.message.contains("ignored the record memo: it is damaged (a record lies outside") })
        try expectSiteIsFresh(f, "after a memo of records outside the file")
    }
}
