import Foundation

/// A JSON value with ordered keys, written deterministically (the same bytes on every machine).
/// Not `indirect`: the arrays already hold nested values out of line, and an indirect case was a heap box
/// for every string and number of every export (hundreds of thousands in `data/dossier.json`).
enum JSON: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    static func optional(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    /// Pretty output indents the first `depth` levels and writes what is deeper on one line: a record per
    /// line keeps large exports readable, diffable and a third of the size of fully indented JSON.
    func render(pretty: Bool = true, depth: Int = 4) -> String {
        String(decoding: renderBytes(pretty: pretty, depth: depth), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, for a file.
    func renderData(pretty: Bool = true, depth: Int = 4) -> Data { Data(renderBytes(pretty: pretty, depth: depth)) }

    private func renderBytes(pretty: Bool, depth: Int) -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: pretty ? 0 : nil, depth: depth)
        if pretty { out.append(0x0A) }
        return out
    }

    // Written as bytes: appending to a String checked and grew it piece by piece, which made writing the
    // exports cost more than building them.
    func write(to out: inout [UInt8], indent: Int?, depth: Int = .max) {
        let indent = indent.flatMap { $0 < depth ? $0 : nil }
        func newline(_ level: Int) {
            out.append(0x0A)
            for _ in 0..<level { out.append(0x20); out.append(0x20) }
        }
        switch self {
        case let .string(s): JSON.quote(s, into: &out)
        case let .int(n): JSON.append(n, to: &out)
        case let .bool(b): out.append(contentsOf: b ? JSON.trueBytes : JSON.falseBytes)
        case .null: out.append(contentsOf: JSON.nullBytes)
        case let .array(items):
            if items.isEmpty { out.append(0x5B); out.append(0x5D); return }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                if let indent { newline(indent + 1) }
                item.write(to: &out, indent: indent.map { $0 + 1 }, depth: depth)
            }
            if let indent { newline(indent) }
            out.append(0x5D)
        case let .object(pairs):
            if pairs.isEmpty { out.append(0x7B); out.append(0x7D); return }
            out.append(0x7B)
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.append(0x2C) }
                if let indent { newline(indent + 1) }
                JSON.quote(key, into: &out)
                out.append(0x3A)
                if indent != nil { out.append(0x20) }
                value.write(to: &out, indent: indent.map { $0 + 1 }, depth: depth)
            }
            if let indent { newline(indent) }
            out.append(0x7D)
        }
    }

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)

    /// Decimal digits of `n`, as `String(n)` writes them.
    static func append(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(0x2D) }
        var magnitude = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }

    /// JSON string escaping; `<`, `>` and `&` are escaped too so the text is safe inside a `<script>`.
    /// Byte by byte over UTF-8, copying runs with nothing to escape whole: the escaped characters are all
    /// ASCII but for U+2028 and U+2029 (E2 80 A8/A9), and no ASCII byte is part of another character.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = s
        text.withUTF8 { bytes in
            var run = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                // Most bytes need nothing: one range check keeps them on the fast path.
                if b >= 0x3F && b != 0x5C && b != 0xE2 { i += 1; continue }
                var escape: StaticString?
                var width = 1
                switch b {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x3C: escape = "\\u003c"
                case 0x3E: escape = "\\u003e"
                case 0x26: escape = "\\u0026"
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                default:
                    if b < 0x20 {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                        out.append(contentsOf: Array("\\u00".utf8))
                        let hex = Array("0123456789abcdef".utf8)
                        out.append(hex[Int(b >> 4)])
                        out.append(hex[Int(b & 0xF)])
                        run = i + 1
                    }
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                    run = i + width
                }
                i += width
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        }
        out.append(0x22)
    }

    /// The same, onto a String.
    static func quote(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        quote(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}

/// A pretty top-level object (as `JSON.render()` writes it, depth 4) whose array fields are written one item at
/// a time: an export of thousands of sources is never held as one tree of values, only as the text it becomes.
struct JSONObjectStream {
    private(set) var out: [UInt8] = Array("{".utf8)
    private var fields = 0
    /// When set, hears the bytes so far each time they pass `flushAt`, and they are let go: the export is
    /// written as it is made and never held whole (`data/dossier.json` is 58 MB at 5,000 articles).
    var flush: ((Data) -> Void)?
    var flushAt = 1 << 20
    /// Items a core writes at once, and items made before their bytes are handed on (and may be flushed): a
    /// window of large records (sources with their text) is a few megabytes at most.
    var run = 64, window = 512
    /// The records of the last build's file, and where this build's are (see `JSONRecordMemo`).
    var memo: JSONRecordMemo?
    /// Stretches of the last file at least this long are handed to `flush` as they are, not copied.
    var sliceAt = 64 << 10
    /// How many bytes were flushed: where `out` starts in the file.
    private var emitted = 0

    mutating func field(_ key: String, _ value: JSON) {
        open(key)
        value.write(to: &out, indent: 1, depth: 4)
    }

    /// An array field whose items are made by `item(i)` for `i` in `0..<count`, each written and dropped.
    /// Items are made and written a window at a time on all cores, each core a run of them into bytes of
    /// its own, joined in order: the same bytes as one after another. `data/dossier.json` was the last job
    /// of a rebuild, 0.15 s on one core while the other had nothing left to do.
    mutating func array(_ key: String, count: Int, _ item: @Sendable (Int) -> JSON) {
        records(key, count: count) { i, writer in item(i).write(to: &writer.out, indent: 2, depth: 4) }
    }

    /// The same, each item written by `item(i, writer)` straight into the text (see `JSONWriter`). With a
    /// `memo`, each item is hashed first and copied from the last build's file when it is there, and every
    /// item's place is told to the memo for the next build.
    mutating func records(_ key: String, count: Int, _ item: @Sendable (Int, inout JSONWriter) -> Void) {
        open(key)
        guard count > 0 else { out.append(contentsOf: Self.emptyArray); return }
        out.append(0x5B)
        let memo = self.memo
        var start = 0
        while start < count {
            let end = min(count, start + max(1, window))
            for run in concurrentMap(runs(of: start..<end, length: run), { range -> Run in
                var writer = JSONWriter(indent: 2, depth: 4)
                guard let memo else {
                    for i in range {
                        if i > 0 { writer.out.append(0x2C) }
                        writer.out.append(contentsOf: Self.itemBreak)
                        item(i, &writer)
                    }
                    return Run(pieces: [.own(writer.out)])
                }
                var run = Run()
                run.spans.reserveCapacity(range.count)
                var hasher = JSONWriter.hashing(), length = 0
                for i in range {
                    if i > 0 { writer.out.append(0x2C) }
                    writer.out.append(contentsOf: Self.itemBreak)
                    hasher.resetHash()
                    item(i, &hasher)
                    let key = JSONRecordMemo.Key(hasher.hash)
                    let at = length + writer.out.count
                    if let last = memo.range(of: key) {
                        // The separator before it stays with the bytes written, and the record is the
                        // last file's bytes.
                        length += writer.out.count + last.count
                        run.pieces.append(.own(writer.out))
                        run.pieces.append(.last(last))
                        writer.out.removeAll(keepingCapacity: true)
                        run.copied += 1
                    } else {
                        item(i, &writer)
                    }
                    run.spans.append(JSONRecordMemo.Span(key: key, offset: at, length: length + writer.out.count - at))
                }
                run.pieces.append(.own(writer.out))
                return run
            }) {
                memo?.add(run.spans, at: position, copied: run.copied)
                for piece in run.pieces {
                    switch piece {
                    case let .own(bytes): append(bytes)
                    case let .last(range): appendLast(range)
                    }
                }
            }
            start = end
            if let flush, out.count >= flushAt {
                if !out.isEmpty { flush(Data(out)) }
                emitted += out.count
                out.removeAll(keepingCapacity: true)
            }
        }
        settle()
        out.append(contentsOf: Self.arrayEnd)
    }

    /// What a run of items came to: bytes written, and records to copy from the last file between them.
    private struct Run {
        enum Piece { case own([UInt8]), last(Range<Int>) }
        var pieces: [Piece] = []
        var spans: [JSONRecordMemo.Span] = []
        var copied = 0
    }

    /// A stretch of the last file still to be put in the text, with the bytes written after it (the
    /// separators between records): a stretch of unchanged records in a row is handed on as one slice
    /// of the last file, not copied record by record.
    private var pending: (range: Range<Int>, after: [UInt8])?

    /// Where the next byte goes in the whole file.
    private var position: Int { emitted + out.count + (pending.map { $0.range.count + $0.after.count } ?? 0) }

    private mutating func append(_ bytes: [UInt8]) {
        if pending != nil { pending!.after.append(contentsOf: bytes) } else { out.append(contentsOf: bytes) }
    }

    /// The record at `range` of the last file, joined to the stretch before it when only a separator
    /// that is also the last file's lies between them.
    private mutating func appendLast(_ range: Range<Int>) {
        guard let bytes = memo?.last?.bytes else { return }
        if let (before, after) = pending, before.upperBound + after.count == range.lowerBound,
           bytes[before.upperBound..<range.lowerBound].elementsEqual(after) {
            pending = (before.lowerBound..<range.upperBound, [])
            return
        }
        settle()
        pending = (range, [])
    }

    /// Puts the pending stretch of the last file in the text: handed on as a slice of it when the text is
    /// flushed and the stretch is long, copied otherwise.
    private mutating func settle() {
        guard let (range, after) = pending, let bytes = memo?.last?.bytes else { return }
        pending = nil
        if let flush, range.count >= sliceAt {
            if !out.isEmpty { flush(Data(out)) }
            flush(bytes[range])
            emitted += out.count + range.count
            out.removeAll(keepingCapacity: true)
        } else {
            bytes.withUnsafeBytes { raw in out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[range])) }
        }
        out.append(contentsOf: after)
    }

    /// What is left of the text, the whole of it when nothing was flushed.
    mutating func finish() -> Data {
        out.append(contentsOf: Array((fields == 0 ? "}\n" : "\n}\n").utf8))
        return Data(out)
    }

    private mutating func open(_ key: String) {
        if fields > 0 { out.append(0x2C) }
        fields += 1
        out.append(contentsOf: Self.fieldBreak)
        JSON.quote(key, into: &out)
        out.append(contentsOf: Self.colon)
    }

    private static let emptyArray = Array("[]".utf8), itemBreak = Array("\n    ".utf8), arrayEnd = Array("\n  ]".utf8)
    private static let fieldBreak = Array("\n  ".utf8), colon = Array(": ".utf8)
}

/// `data/dossier.json`: sources with their paragraphs, entities with their mentions (UTF-8 byte offsets).
enum DataExport {
    /// `data/dossier.json`, made and written a piece at a time.
    static func dossierJSON(_ dossier: Dossier, memo: JSONRecordMemo? = nil) -> OutputFile {
        OutputFile(path: JSONRecordMemo.path) { emit in
            var failure: Error?
            try withoutActuallyEscaping({ (piece: Data) in
                guard failure == nil else { return }
                do { try emit(piece) } catch { failure = error }
            }) { flush in
                let last = dossierJSON(dossier, flush: flush, memo: memo)
                if failure == nil { try emit(last) }
            }
            if let failure { throw failure }
        }
    }

    /// The text of `data/dossier.json`: handed to `flush` a piece at a time when it is given, and what is
    /// left returned (the whole text when it is not).
    static func dossierJSON(_ dossier: Dossier, flush: ((Data) -> Void)?, memo: JSONRecordMemo? = nil) -> Data {
        let sources: @Sendable (Int, inout JSONWriter) -> Void = { i, w in
            let a = dossier.articles[i]
            w.object()
            w.field("id", a.slug); w.field("file", a.file); w.field("title", a.title)
            w.field("published", a.metadata.published?.description); w.field("outlet", a.metadata.outlet)
            w.field("url", a.metadata.url); w.field("author", a.metadata.author)
            w.key("paragraphs"); w.array()
            for p in a.paragraphs {
                w.object(); w.field("id", p.id); w.field("text", p.text); w.end()
            }
            w.end()
            w.key("captions"); w.array()
            for c in a.captions {
                w.object(); w.field("id", c.id); w.field("text", c.text); w.field("credit", c.credit); w.end()
            }
            w.end()
            w.key("removed"); w.array()
            for r in a.removed {
                w.object(); w.field("kind", r.kind.rawValue); w.field("reason", r.reason); w.field("line", r.line); w.field("text", r.text); w.end()
            }
            w.end()
            w.end()
        }
        let entities: @Sendable (Int, inout JSONWriter) -> Void = { i, w in
            let e = dossier.entities[i]
            w.object()
            w.field("id", e.id); w.field("name", e.name); w.field("kind", e.kind.rawValue)
            w.field("why", e.why); w.field("aliases", strings: e.aliases)
            w.field("roles", strings: e.roles); w.field("note", e.note)
            w.field("annotated", e.annotated)
            w.key("mentions"); w.array()
            for m in e.mentions {
                w.object()
                w.field("source", dossier.articles[m.location.article].slug); w.field("paragraph", m.location.block)
                w.field("start", m.start); w.field("end", m.end); w.field("text", m.text)
                w.end()
            }
            w.end()
            w.end()
        }
        let dates: @Sendable (Int, inout JSONWriter) -> Void = { i, w in
            let d = dossier.dates[i]
            w.object()
            w.field("source", dossier.articles[d.location.article].slug); w.field("paragraph", d.location.block)
            w.field("start", d.start); w.field("end", d.end); w.field("text", d.text); w.field("value", d.value?.timeML)
            w.field("precision", d.precision.rawValue); w.field("rule", d.rule); w.field("resolved", d.resolved); w.field("resolution", d.resolution)
            w.end()
        }
        let events: @Sendable (Int, inout JSONWriter) -> Void = { i, w in
            let e = dossier.events[i]
            w.object()
            w.field("id", e.id); w.field("date", e.value?.timeML); w.field("precision", e.precision.rawValue)
            w.field("as_written", e.date?.text); w.field("title", e.title); w.field("text", e.sentence)
            w.field("sources", strings: e.sources.lazy.map { dossier.articles[$0].slug })
            w.field("paragraph", e.location?.block)
            w.field("entities", strings: e.entities.lazy.map { dossier.entities[$0].id })
            w.field("analyst", e.annotated); w.field("note", e.note)
            if let g = e.group {
                w.field("group", g)
                w.field("discrepancy", dossier.groups[g].discrepancy)
                w.field("reported_with", strings: dossier.groups[g].events.lazy.filter { dossier.events[$0].id != e.id }.map { dossier.events[$0].id })
            } else {
                w.key("group"); w.null()
                w.field("discrepancy", false)
            }
            w.end()
        }
        let quotes: @Sendable (Int, inout JSONWriter) -> Void = { i, w in
            let q = dossier.quotes[i]
            w.object()
            w.field("entity", dossier.entities[q.entity].id); w.field("source", dossier.articles[q.location.article].slug)
            w.field("paragraph", q.location.block); w.field("start", q.start); w.field("end", q.end); w.field("text", q.text)
            w.field("attribution", q.attribution)
            w.end()
        }
        let annotations: @Sendable (Int, inout JSONWriter) -> Void = { i, w in
            let a = dossier.annotations[i]
            w.object()
            w.field("id", a.id); w.field("source", dossier.articles[a.location.article].slug)
            w.field("paragraph", a.location.block); w.field("start", a.start); w.field("end", a.end); w.field("text", a.text)
            w.field("note", a.note); w.field("tags", strings: a.tags)
            w.field("entities", strings: a.entities.lazy.map { dossier.entities[$0].id })
            w.end()
        }
        let related: @Sendable (Int, inout JSONWriter) -> Void = { i, w in
            w.object()
            w.field("source", dossier.articles[i].slug)
            w.key("related"); w.array()
            for r in dossier.related.indices.contains(i) ? dossier.related[i] : [] {
                w.object()
                w.field("source", dossier.articles[r.article].slug)
                w.field("shared", strings: r.shared.lazy.map { dossier.entities[$0].id })
                w.end()
            }
            w.end()
            w.end()
        }
        // Written a record at a time (see `JSONObjectStream`), each straight into its text (`JSONWriter`): the
        // same bytes as one tree of `JSON` values rendered whole.
        var json = JSONObjectStream()
        json.flush = flush
        json.memo = memo
        json.field("title", .string(dossier.title))
        json.field("description", .optional(dossier.description))
        json.records("sources", count: dossier.articles.count, sources)
        json.records("entities", count: dossier.entities.count, entities)
        json.records("dates", count: dossier.dates.count, dates)
        json.records("events", count: dossier.events.count, events)
        json.records("quotes", count: dossier.quotes.count, quotes)
        json.records("annotations", count: dossier.annotations.count, annotations)
        json.records("related", count: dossier.articles.count, related)
        return json.finish()
    }
}

/// `data/annotations.jsonld` (W3C Web Annotation: TextQuoteSelector, the note as a textual body) and
/// `data/entities.csv`.
enum OtherExports {
    static func annotationsJSONLD(_ dossier: Dossier) -> OutputFile {
        let items: [JSON] = dossier.annotations.map { a in
            let article = dossier.articles[a.location.article]
            let text = dossier.text(at: a.location)
            let bytes = Array(text.utf8)
            // The 32 bytes of context on each side, cut at character boundaries, as the selector's prefix/suffix.
            var p = max(0, a.start - 32)
            while p < a.start, bytes[p] & 0xC0 == 0x80 { p += 1 }
            var e = min(bytes.count, a.end + 32)
            while e > a.end, e < bytes.count, bytes[e] & 0xC0 == 0x80 { e -= 1 }
            var selector: [(String, JSON)] = [("type", .string("TextQuoteSelector")), ("exact", .string(a.text))]
            selector.append(("prefix", .string(String(decoding: bytes[p..<a.start], as: UTF8.self))))
            selector.append(("suffix", .string(String(decoding: bytes[a.end..<e], as: UTF8.self))))
            var body: [(String, JSON)] = [("type", .string("TextualBody")), ("value", .string(a.note)), ("format", .string("text/markdown"))]
            body.append(("purpose", .string("commenting")))
            var fields: [(String, JSON)] = [
                ("id", .string("../sources/\(article.slug).html#\(a.id)")), ("type", .string("Annotation")),
                ("motivation", .string("commenting")), ("body", .array([.object(body)] + a.tags.map { tag in
                    .object([("type", .string("TextualBody")), ("value", .string(tag)), ("purpose", .string("tagging"))])
                })),
                ("target", .object([
                    ("source", .string("../sources/\(article.slug).html#\(a.location.block)")),
                    ("selector", .object(selector)),
                ])),
            ]
            fields.append(("dossier:file", .string(article.file)))
            return .object(fields)
        }
        let json = JSON.object([
            ("@context", .array([.string("http://www.w3.org/ns/anno.jsonld"),
                                  .object([("dossier", .string("urn:dossier:"))])])),
            ("id", .string("annotations.jsonld")), ("type", .string("AnnotationCollection")),
            ("label", .string(dossier.title)), ("total", .int(items.count)),
            ("first", .object([("type", .string("AnnotationPage")), ("items", .array(items))])),
        ])
        return OutputFile(path: "data/annotations.jsonld", bytes: json.renderData())
    }

    static func entitiesCSV(_ dossier: Dossier) -> OutputFile {
        func field(_ s: String) -> String {
            // Quoted when needed (RFC 4180); a leading = + - @ is prefixed so spreadsheets do not run it.
            // Looked at as bytes: all the characters that matter are ASCII.
            var v = s
            if let first = v.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@")].contains(first) { v = "'" + v }
            let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            return v.utf8.contains(where: special) ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
        }
        var out = "id,name,kind,aliases,mentions,sources\r\n"
        for e in dossier.entities {
            out += [e.id, e.name, e.kind.rawValue, e.aliases.joined(separator: "; "), String(e.mentions.count), String(e.sourceCount)]
                .map(field).joined(separator: ",") + "\r\n"
        }
        return OutputFile(path: "data/entities.csv", bytes: Data(out.utf8))
    }
}
