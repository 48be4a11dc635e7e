
/// `entities/index.html` and the long tail behind it: per kind, the entities named in the most sources
/// first, and every entity of the kind on pages by first letter (`entities/by-letter/person-s.html`, a long
/// letter continued on `person-s-2.html`), so that no page grows with the dossier.
enum EntityIndexPages {
    static let topPerKind = 50
    static let letterPageSize = 500

    struct LetterPart {
        var letter: String
        var label: String
        var path: String
        var entities: [Int]
    }

    /// The most important first: sources, then mentions, then name, then order found.
    static func ranked(_ list: [Int], in dossier: Dossier) -> [Int] {
        let e = dossier.entities
        return list.sorted { a, b in
            if e[a].sourceCount != e[b].sourceCount { return e[a].sourceCount > e[b].sourceCount }
            if e[a].mentions.count != e[b].mentions.count { return e[a].mentions.count > e[b].mentions.count }
            return e[a].name != e[b].name ? e[a].name < e[b].name : a < b
        }
    }

    /// A kind's entities by first letter and name, cut into pages of `letterPageSize`.
    static func letterParts(_ kind: EntityKind, _ list: [Int], in dossier: Dossier, pageSize: Int = letterPageSize) -> [LetterPart] {
        let e = dossier.entities
        // Each name's letter and sort key on all cores, the name itself in the key: a rebuild lays these pages
        // out on its one busy thread.
        let keyed = concurrentMap(list) { (letter: SourceLists.letter(e[$0].name), key: SourceLists.sortKey(e[$0].name), name: e[$0].name, entity: $0) }
            .sorted { ($0.letter, $0.key, $0.name, $0.entity) < ($1.letter, $1.key, $1.name, $1.entity) }
        var parts: [LetterPart] = []
        for (letter, _, _, entity) in keyed {
            if let last = parts.last, last.letter == letter, last.entities.count < pageSize {
                parts[parts.count - 1].entities.append(entity)
                continue
            }
            let same = parts.filter { $0.letter == letter }.count
            let file = "\(kind.rawValue)-\(letter == "#" ? "other" : letter.lowercased())\(same == 0 ? "" : "-\(same + 1)")"
            parts.append(LetterPart(letter: letter, label: same == 0 ? letter : "\(letter) \(same + 1)",
                                    path: "entities/by-letter/\(file).html", entities: [entity]))
        }
        return parts
    }

    static func pages(for dossier: Dossier, top topCount: Int = topPerKind, pageSize: Int = letterPageSize) -> [SiteRenderer.Page] {
        var grouped: [EntityKind: [Int]] = [:]
        for (i, e) in dossier.entities.enumerated() { grouped[e.kind, default: []].append(i) }
        let byKind = grouped
        let kinds = EntityKind.allCases.filter { byKind[$0] != nil }
        let parts = Dictionary(uniqueKeysWithValues: kinds.map { kind in
            (kind, byKind[kind]!.count > topCount ? letterParts(kind, byKind[kind]!, in: dossier, pageSize: pageSize) : [])
        })
        @Sendable func letters(_ kind: EntityKind, root: String, current: String?) -> [ListLinkView] {
            parts[kind]!.map { ListLinkView(label: $0.label, href: root + $0.path, count: $0.entities.count, current: $0.path == current) }
        }
        var pages: [SiteRenderer.Page] = []
        pages.append(SiteRenderer.Page(path: "entities/index.html", kind: "entities", title: "Entities", template: "entities",
                                       scripts: ["assets/filter.js"]) { root in
            EntityIndexView(root: root, total: dossier.entities.count, groups: kinds.map { kind in
                let top = ranked(byKind[kind]!, in: dossier).prefix(topCount)
                return EntityKindIndexView(kind: kind.rawValue, label: kind.plural, count: byKind[kind]!.count,
                                           entities: top.map { EntityLinkView(dossier.entities[$0]) },
                                           letters: letters(kind, root: root, current: nil))
            })
        })
        for kind in kinds {
            for part in parts[kind]! {
                pages.append(SiteRenderer.Page(path: part.path, kind: "entities", title: "\(kind.plural): \(part.label)",
                                               template: "entity-list", scripts: ["assets/filter.js"]) { root in
                    EntityLetterView(root: root, kind: kind.rawValue, label: kind.plural, letter: part.label,
                                     total: byKind[kind]!.count,
                                     entities: part.entities.map { EntityLinkView(dossier.entities[$0]) },
                                     letters: letters(kind, root: root, current: part.path))
                })
            }
        }
        return pages
    }
}

struct EntityKindIndexView: PageBody {
    var kind: String
    var label: String
    var count: Int
    var entities: [EntityLinkView]
    var letters: [ListLinkView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "kind": TemplateValue(kind)
        case "label", "kindLabel": TemplateValue(label)
        case "count": TemplateValue(count)
        case "shown": TemplateValue(entities.count)
        case "entities": TemplateValue(entities.references)
        case "letters": TemplateValue(letters.references)
        case "hasLetters": TemplateValue(!letters.isEmpty)
        default: nil
        }
    }
}

struct EntityLetterView: PageBody {
    var root: String
    var kind: String
    var label: String
    var letter: String
    var total: Int
    var entities: [EntityLinkView]
    var letters: [ListLinkView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "root": TemplateValue(root)
        case "kind": TemplateValue(kind)
        case "label": TemplateValue(label)
        case "kindLabel": TemplateValue(label.lowercased())
        case "letter": TemplateValue(letter)
        case "total": TemplateValue(total)
        case "count": TemplateValue(entities.count)
        case "entities": TemplateValue(entities.references)
        case "letters": TemplateValue(letters.references)
        default: nil
        }
    }
}

struct EntityIndexView: PageBody {
    var root: String
    var total: Int
    var groups: [EntityKindIndexView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "root": TemplateValue(root)
        case "groups": TemplateValue(groups.references)
        case "hasGroups": TemplateValue(!groups.isEmpty)
        case "total": TemplateValue(total)
        default: nil
        }
    }
}
