import Markdown

/// Entity pages, the entity index and the review pages.
enum EntityPages {
    /// Entities grouped by kind (kinds in their fixed order), each group cut to `limit` when given.
    static func groups(_ counted: [(entity: Int, count: Int)], in dossier: Dossier, limit: Int?) -> [KindGroupView] {
        var byKind: [EntityKind: [(Int, Int)]] = [:]
        for (e, c) in counted { byKind[dossier.entities[e].kind, default: []].append((e, c)) }
        return EntityKind.allCases.compactMap { kind in
            guard var list = byKind[kind], !list.isEmpty else { return nil }
            list.sort { a, b in a.1 != b.1 ? a.1 > b.1 : dossier.entities[a.0].name < dossier.entities[b.0].name }
            if let limit { list = Array(list.prefix(limit)) }
            return KindGroupView(kind: kind.rawValue, label: kind.plural,
                                 entities: list.map { EntityLinkView(dossier.entities[$0.0], count: $0.1) })
        }
    }

    /// What every entity page reads, behind one reference: each page's two closures hold the reference
    /// alone, where holding the model, the index and the tables themselves retained and released every
    /// array and dictionary in them for each of ten thousand pages.
    final class Shared: Sendable {
        let dossier: Dossier
        let index: EntityIndex
        let tables: PageInputTables?
        let paging: TimelinePaging
        let items: [SourceItemView]

        init(dossier: Dossier, index: EntityIndex, tables: PageInputTables?, paging: TimelinePaging) {
            self.dossier = dossier
            self.index = index
            self.tables = tables
            self.paging = paging
            items = dossier.articles.map(SourceItemView.init)
        }
    }

    /// `tables`, when given, let each entity page hash its inputs (see `SiteRenderer.Page.inputs`).
    static func pages(for dossier: Dossier, index: EntityIndex, paging: TimelinePaging, tables: PageInputTables? = nil) -> [SiteRenderer.Page] {
        var pages = EntityIndexPages.pages(for: dossier)
        let shared = Shared(dossier: dossier, index: index, tables: tables, paging: paging)
        for (e, entity) in dossier.entities.enumerated() {
            var inputs: (@Sendable (String, DigestSink) -> Void)?
            if tables != nil {
                inputs = { root, sink in
                    guard let tables = shared.tables else { return }
                    writeInputs(of: e, dossier: shared.dossier, index: shared.index, tables: tables, root: root, to: sink)
                }
            }
            pages.append(SiteRenderer.Page(path: "entities/\(entity.id).html", kind: "entity", title: entity.name, template: "entity",
                                           inputs: inputs) { root in page(of: e, shared, root: root) })
        }
        return pages + ReviewPages.pages(for: dossier)
    }

    /// The view of entity `e`'s page.
    static func page(of e: Int, _ shared: Shared, root: String) -> EntityPageView {
        let dossier = shared.dossier, index = shared.index, entity = dossier.entities[e]
        let sources = mentionsBySource(entity, dossier: dossier, items: shared.items, root: root)
        return EntityPageView(
            root: root, entity: entity, noteHTML: entity.note.map { MarkdownDocument.renderHTML($0) },
            sources: Array(sources.prefix(sourcesListed)),
            related: (index.related[e] ?? []).prefix(relatedListed).map { EntityLinkView(dossier.entities[$0.entity], count: $0.count) },
            events: TimelineHTML.entityEvents(dossier, events: index.events[e] ?? [], root: root, paging: shared.paging),
            quotes: AnnotationHTML.quotes(index.quotes[e] ?? [], dossier: dossier, root: root),
            notes: (index.annotations[e] ?? []).map { a in
                AnnotationHTML.note(dossier.annotations[a], number: 0, dossier: dossier, root: root)
            },
            graph: GraphSVG.neighbourhood(dossier, entity: e, index: index, root: root),
            moreSources: max(0, sources.count - sourcesListed))
    }

    /// How many entities named with it an entity page lists.
    static let relatedListed = 24

    /// Every mention as its sentence with the name highlighted, grouped by source in dossier order.
    /// Above this many mentions an entity page shows a few sentences per source and links to the rest:
    /// the page stays readable (and the site small) for an entity named thousands of times.
    static let fullListLimit = 150
    static let perSourceWhenLong = 1
    /// On a long page, sources past this many are listed by title only...
    static let sourcesWithSentences = 200
    /// ...and past this many not at all (the page says how many more): no page grows past ~300 KB.
    static let sourcesListed = 300

    static func mentionsBySource(_ entity: Entity, dossier: Dossier, items: [SourceItemView], root: String) -> [MentionSourceView] {
        var bySource: [Int: [Mention]] = [:]
        for m in entity.mentions { bySource[m.location.article, default: []].append(m) }
        let long = entity.mentions.count > fullListLimit
        return bySource.keys.sorted().enumerated().map { position, article in
            if long, position >= sourcesWithSentences {
                return MentionSourceView(item: items[article], mentions: [], more: Set(bySource[article]!.map { "\($0.location.block):\($0.sentenceStart)" }).count)
            }
            // Two mentions in one sentence show the sentence once, both names highlighted: the mentions are
            // grouped by sentence first (in order), so a source naming the entity thousands of times stays linear.
            struct SentenceKey: Hashable { var block: String; var start: Int }
            var bySentence: [SentenceKey: [Mention]] = [:]
            var order: [SentenceKey] = []
            for m in bySource[article]! {
                let key = SentenceKey(block: m.location.block, start: m.sentenceStart)
                if bySentence[key] == nil { order.append(key) }
                bySentence[key, default: []].append(m)
            }
            var views: [MentionView] = []
            for key in order {
                if long, views.count >= perSourceWhenLong { break }
                let inSentence = bySentence[key]!
                let m = inSentence[0]
                let sentence = dossier.text(at: m.location).utf8Slice(m.sentenceStart..<m.sentenceEnd)
                let anchor = m.location.block == "title" ? "title" : m.location.block
                views.append(MentionView(
                    block: m.location.block, blockLabel: blockLabel(m.location.block), sentence: sentence,
                    marks: inSentence.map { [$0.start - m.sentenceStart, $0.end - m.sentenceStart] },
                    href: "\(root)sources/\(dossier.articles[article].slug).html#\(anchor)"))
            }
            return MentionSourceView(item: items[article], mentions: views, more: order.count - views.count)
        }
    }

    static func blockLabel(_ block: String) -> String {
        if block == "title" { return "headline" }
        if block.hasPrefix("c") { return "caption \(block.dropFirst())" }
        return "¶\(block.dropFirst())"
    }
}
