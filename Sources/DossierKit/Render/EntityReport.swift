/// The entity table of `dossier entities`: for review in a terminal or as JSON for other tools.
public enum EntityReport {
    public static func table(_ dossier: Dossier) -> String {
        let header = ["NAME", "KIND", "MENTIONS", "SOURCES", "ALIASES", "WHY"]
        let rows = dossier.entities.map { e in
            [e.name, e.kind.rawValue, String(e.mentions.count), String(e.sourceCount), e.aliases.joined(separator: ", "), e.why]
        }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < 5 { widths[i] = min(40, max(widths[i], cell.count)) } }
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
        out += "\n\(dossier.entities.count) entities in \(dossier.articles.count) sources.\n"
        for a in dossier.review.ambiguous {
            out += "ambiguous: ‘\(a.form)’ could be \(a.candidates.joined(separator: " or ")); not linked\n"
        }
        for d in dossier.review.possibleDuplicates {
            out += "possible duplicate: \(d.first) / \(d.second) (\(d.reason))\n"
        }
        return out
    }

    public static func json(_ dossier: Dossier) -> String {
        JSON.array(dossier.entities.map { e in
            .object([
                ("id", .string(e.id)), ("name", .string(e.name)), ("kind", .string(e.kind.rawValue)),
                ("mentions", .int(e.mentions.count)), ("sources", .int(e.sourceCount)),
                ("aliases", .array(e.aliases.map { .string($0) })), ("roles", .array(e.roles.map { .string($0) })),
                ("why", .string(e.why)),
            ])
        }).render()
    }
}
