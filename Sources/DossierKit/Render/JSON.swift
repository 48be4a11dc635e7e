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

    mutating func field(_ key: String, _ value: JSON) {
        open(key)
        value.write(to: &out, indent: 1, depth: 4)
    }

    /// An array field whose items are made by `item(i)` for `i` in `0..<count`, each written and dropped.
    /// Items are made and written a window at a time on all cores, each core a run of them into bytes of
    /// its own, joined in order: the same bytes as one after another. `data/dossier.json` was the last job
    /// of a rebuild, 0.15 s on one core while the other had nothing left to do.
    mutating func array(_ key: String, count: Int, _ item: @Sendable (Int) -> JSON) {
        open(key)
        guard count > 0 else { out.append(contentsOf: Self.emptyArray); return }
        out.append(0x5B)
        var start = 0
        while start < count {
            let end = min(count, start + max(1, window))
            for bytes in concurrentMap(runs(of: start..<end, length: run), { range -> [UInt8] in
                var bytes: [UInt8] = []
                for i in range {
                    if i > 0 { bytes.append(0x2C) }
                    bytes.append(contentsOf: Self.itemBreak)
                    item(i).write(to: &bytes, indent: 2, depth: 4)
                }
                return bytes
            }) {
                out.append(contentsOf: bytes)
            }
            start = end
            if let flush, out.count >= flushAt {
                flush(Data(out))
                out.removeAll(keepingCapacity: true)
            }
        }
        out.append(contentsOf: Self.arrayEnd)
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
    static func dossierJSON(_ dossier: Dossier) -> OutputFile {
        OutputFile(path: "data/dossier.json") { emit in
            var failure: Error?
            try withoutActuallyEscaping({ (piece: Data) in
                guard failure == nil else { return }
                do { try emit(piece) } catch { failure = error }
            }) { flush in
                let last = dossierJSON(dossier, flush: flush)
                if failure == nil { try emit(last) }
            }
            if let failure { throw failure }
        }
    }

    /// The text of `data/dossier.json`: handed to `flush` a piece at a time when it is given, and what is
    /// left returned (the whole text when it is not).
    static func dossierJSON(_ dossier: Dossier, flush: ((Data) -> Void)?) -> Data {
        let sources: @Sendable (Int) -> JSON = { i in
            let a = dossier.articles[i]
            var paragraphs: [JSON] = a.paragraphs.map { .object([("id", .string($0.id)), ("text", .string($0.text))]) }
            paragraphs.reserveCapacity(a.paragraphs.count)
            let captions: [JSON] = a.captions.map {
                .object([("id", .string($0.id)), ("text", .string($0.text)), ("credit", .optional($0.credit))])
            }
            return .object([
                ("id", .string(a.slug)), ("file", .string(a.file)), ("title", .string(a.title)),
                ("published", .optional(a.metadata.published?.description)), ("outlet", .optional(a.metadata.outlet)),
                ("url", .optional(a.metadata.url)), ("author", .optional(a.metadata.author)),
                ("paragraphs", .array(paragraphs)), ("captions", .array(captions)),
                ("removed", .array(a.removed.map {
                    .object([("kind", .string($0.kind.rawValue)), ("reason", .string($0.reason)), ("line", .int($0.line)), ("text", .string($0.text))])
                })),
            ])
        }
        let entities: @Sendable (Int) -> JSON = { i in
            let e = dossier.entities[i]
            return .object([
                ("id", .string(e.id)), ("name", .string(e.name)), ("kind", .string(e.kind.rawValue)),
                ("why", .string(e.why)), ("aliases", .array(e.aliases.map { .string($0) })),
                ("roles", .array(e.roles.map { .string($0) })), ("note", .optional(e.note)),
                ("annotated", .bool(e.annotated)),
                ("mentions", .array(e.mentions.map { m in
                    .object([
                        ("source", .string(dossier.articles[m.location.article].slug)), ("paragraph", .string(m.location.block)),
                        ("start", .int(m.start)), ("end", .int(m.end)), ("text", .string(m.text)),
                    ])
                })),
            ])
        }
        let dates: @Sendable (Int) -> JSON = { i in
            let d = dossier.dates[i]
            return .object([
                ("source", .string(dossier.articles[d.location.article].slug)), ("paragraph", .string(d.location.block)),
                ("start", .int(d.start)), ("end", .int(d.end)), ("text", .string(d.text)), ("value", .optional(d.value?.timeML)),
                ("precision", .string(d.precision.rawValue)), ("rule", .string(d.rule)), ("resolved", .bool(d.resolved)), ("resolution", .string(d.resolution)),
            ])
        }
        let events: @Sendable (Int) -> JSON = { i in
            let e = dossier.events[i]
            var fields: [(String, JSON)] = [
                ("id", .string(e.id)), ("date", .optional(e.value?.timeML)), ("precision", .string(e.precision.rawValue)),
                ("as_written", .optional(e.date?.text)), ("title", .optional(e.title)), ("text", .optional(e.sentence)),
                ("sources", .array(e.sources.map { .string(dossier.articles[$0].slug) })),
                ("paragraph", .optional(e.location?.block)),
                ("entities", .array(e.entities.map { .string(dossier.entities[$0].id) })),
                ("analyst", .bool(e.annotated)), ("note", .optional(e.note)),
            ]
            if let g = e.group {
                fields.append(("group", .int(g)))
                fields.append(("discrepancy", .bool(dossier.groups[g].discrepancy)))
                fields.append(("reported_with", .array(dossier.groups[g].events.filter { dossier.events[$0].id != e.id }.map { .string(dossier.events[$0].id) })))
            } else {
                fields.append(("group", .null))
                fields.append(("discrepancy", .bool(false)))
            }
            return .object(fields)
        }
        let quotes: @Sendable (Int) -> JSON = { i in
            let q = dossier.quotes[i]
            return .object([
                ("entity", .string(dossier.entities[q.entity].id)), ("source", .string(dossier.articles[q.location.article].slug)),
                ("paragraph", .string(q.location.block)), ("start", .int(q.start)), ("end", .int(q.end)), ("text", .string(q.text)),
                ("attribution", .string(q.attribution)),
            ])
        }
        let annotations: @Sendable (Int) -> JSON = { i in
            let a = dossier.annotations[i]
            return .object([
                ("id", .string(a.id)), ("source", .string(dossier.articles[a.location.article].slug)),
                ("paragraph", .string(a.location.block)), ("start", .int(a.start)), ("end", .int(a.end)), ("text", .string(a.text)),
                ("note", .string(a.note)), ("tags", .array(a.tags.map { .string($0) })),
                ("entities", .array(a.entities.map { .string(dossier.entities[$0].id) })),
            ])
        }
        let related: @Sendable (Int) -> JSON = { i in
            .object([
                ("source", .string(dossier.articles[i].slug)),
                ("related", .array((dossier.related.indices.contains(i) ? dossier.related[i] : []).map { r in
                    .object([("source", .string(dossier.articles[r.article].slug)),
                             ("shared", .array(r.shared.map { .string(dossier.entities[$0].id) }))])
                })),
            ])
        }
        // Written a record at a time (see `JSONObjectStream`): the same bytes as one tree rendered whole.
        var json = JSONObjectStream()
        json.flush = flush
        json.field("title", .string(dossier.title))
        json.field("description", .optional(dossier.description))
        json.array("sources", count: dossier.articles.count, sources)
        json.array("entities", count: dossier.entities.count, entities)
        json.array("dates", count: dossier.dates.count, dates)
        json.array("events", count: dossier.events.count, events)
        json.array("quotes", count: dossier.quotes.count, quotes)
        json.array("annotations", count: dossier.annotations.count, annotations)
        json.array("related", count: dossier.articles.count, related)
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
