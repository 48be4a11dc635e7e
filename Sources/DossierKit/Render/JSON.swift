import Foundation

/// A JSON value with ordered keys, written deterministically (the same bytes on every machine).
indirect enum JSON: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    static func optional(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    func render(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, indent: pretty ? 0 : nil)
        return out + (pretty ? "\n" : "")
    }

    private func write(to out: inout String, indent: Int?) {
        func newline(_ level: Int) {
            if let _ = indent { out += "\n" + String(repeating: "  ", count: level) }
        }
        switch self {
        case let .string(s): JSON.quote(s, into: &out)
        case let .int(n): out += String(n)
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if let indent { newline(indent + 1) }
                item.write(to: &out, indent: indent.map { $0 + 1 })
            }
            if let indent { newline(indent) }
            out += "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                if let indent { newline(indent + 1) }
                JSON.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: indent.map { $0 + 1 })
            }
            if let indent { newline(indent) }
            out += "}"
        }
    }

    /// JSON string escaping; `<`, `>` and `&` are escaped too so the text is safe inside a `<script>`.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// `data/dossier.json`: sources with their paragraphs, entities with their mentions (UTF-8 byte offsets).
enum DataExport {
    static func dossierJSON(_ dossier: Dossier) -> OutputFile {
        let sources: [JSON] = dossier.articles.map { a in
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
        let entities: [JSON] = dossier.entities.map { e in
            .object([
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
        let dates: [JSON] = dossier.dates.map { d in
            .object([
                ("source", .string(dossier.articles[d.location.article].slug)), ("paragraph", .string(d.location.block)),
                ("start", .int(d.start)), ("end", .int(d.end)), ("text", .string(d.text)), ("value", .optional(d.value)),
                ("precision", .string(d.precision.rawValue)), ("resolved", .bool(d.resolved)), ("resolution", .string(d.resolution)),
            ])
        }
        let events: [JSON] = dossier.events.map { e in
            var fields: [(String, JSON)] = [
                ("id", .string(e.id)), ("date", .optional(e.value)), ("precision", .string(e.precision.rawValue)),
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
        let json = JSON.object([
            ("title", .string(dossier.title)), ("description", .optional(dossier.description)),
            ("sources", .array(sources)), ("entities", .array(entities)), ("dates", .array(dates)), ("events", .array(events)),
        ])
        return OutputFile(path: "data/dossier.json", bytes: Data(json.render().utf8))
    }
}
