/// The entity table of `dossier entities`: for review in a terminal or as JSON for other tools. The entities
/// with the most mentions come first, each with the forms merged into it and how often each is written, so
/// that a bad merge shows at once.
public enum EntityReport {
    /// How many entities the report lists unless told otherwise.
    public static let defaultTop = 50

    /// The `top` entities with the most mentions (all of them when `top` is 0), most mentioned first; ties by
    /// name, then kind.
    public static func ranked(_ dossier: Dossier, top: Int = defaultTop) -> [Entity] {
        let sorted = dossier.entities.sorted { a, b in
            (-a.mentions.count, a.name, a.kind) < (-b.mentions.count, b.name, b.kind)
        }
        return top > 0 ? Array(sorted.prefix(top)) : sorted
    }

    /// The forms an entity is written as in its mentions, with counts, most frequent first (ties by form).
    public static func forms(_ entity: Entity) -> [(form: String, count: Int)] {
        var counts: [String: Int] = [:]
        // A name broken over a line is the same form.
        for m in entity.mentions { counts[m.text.split(whereSeparator: \.isWhitespace).joined(separator: " "), default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    public static func table(_ dossier: Dossier, top: Int = defaultTop) -> String {
        let header = ["NAME", "KIND", "MENTIONS", "SOURCES", "FORMS", "WHY"]
        let listed = ranked(dossier, top: top)
        let rows = listed.map { e in
            [e.name, e.kind.rawValue, String(e.mentions.count), String(e.sourceCount),
             forms(e).map { "\($0.form) ×\($0.count)" }.joined(separator: ", "), e.why]
        }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < 5 { widths[i] = min(i == 4 ? 60 : 40, max(widths[i], cell.count)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                guard i < 5 else { return cell }
                let cut = cell.count > widths[i] ? String(cell.prefix(widths[i] - 1)) + "…" : cell
                let pad = String(repeating: " ", count: widths[i] - cut.count)
                return i == 2 || i == 3 ? pad + cut : cut + pad
            }.joined(separator: "  ")
        }
        var out = line(header) + "\n"
        for row in rows { out += line(row) + "\n" }
        let shown = listed.count < dossier.entities.count ? "the \(listed.count) most mentioned of " : ""
        out += "\n\(shown)\(dossier.entities.count) entities in \(dossier.articles.count) sources.\n"
        for a in dossier.review.ambiguous {
            out += "ambiguous: ‘\(a.form)’ could be \(a.candidates.joined(separator: " or ")); not linked\n"
        }
        for d in dossier.review.possibleDuplicates {
            out += "possible duplicate: \(d.first) / \(d.second) (\(d.reason))\n"
        }
        return out
    }

    public static func json(_ dossier: Dossier, top: Int = defaultTop) -> String {
        JSON.array(ranked(dossier, top: top).map { e in
            .object([
                ("id", .string(e.id)), ("name", .string(e.name)), ("kind", .string(e.kind.rawValue)),
                ("mentions", .int(e.mentions.count)), ("sources", .int(e.sourceCount)),
                ("aliases", .array(e.aliases.map { .string($0) })), ("roles", .array(e.roles.map { .string($0) })),
                ("forms", .array(forms(e).map { .object([("form", .string($0.form)), ("count", .int($0.count))]) })),
                ("why", .string(e.why)),
            ])
        }).render()
    }
}
