import Foundation

/// What the front page says about the dossier's shape: its collections, outlets and span of dates with
/// counts, the latest and the most connected sources, and the ways into the full lists.
enum FrontPage {
    /// Up to this many sources the front page lists them all, as filed.
    static let fullListLimit = 60
    static let shortList = 10
    static let outletsShown = 12

    static func view(_ dossier: Dossier, lists: SourceLists, index: EntityIndex, items: [SourceItemView],
                     descriptionHTML: String?, top: [KindGroupView], root: String) -> IndexView {
        let a = dossier.articles
        let byDate = lists.orders[0], byOutlet = lists.orders[2], byCollection = lists.orders[3]
        let dated = byDate.articles.compactMap { a[$0].metadata.published }
        let span: String? = dated.isEmpty ? nil
            : dated.first! == dated.last! ? dated.first!.longForm : "\(dated.last!.longForm) – \(dated.first!.longForm)"
        let collectionCount = Set(lists.collections.compactMap { $0 }).count
        let outletCount = Set(a.compactMap(\.metadata.outlet)).count
        // Connected: how many of the entities a source names other sources name too.
        let shared = a.indices.map { i in (index.byArticle[i] ?? []).filter { dossier.entities[$0.entity].sourceCount > 1 }.count }
        let position = Dictionary(uniqueKeysWithValues: byDate.articles.enumerated().map { ($1, $0) })
        let connected = a.indices.filter { shared[$0] > 0 }
            .sorted { shared[$0] != shared[$1] ? shared[$0] > shared[$1] : position[$0]! < position[$1]! }
            .prefix(shortList)
            .map { ConnectedSourceView(item: items[$0], shared: shared[$0]) }
        let small = a.count <= fullListLimit
        return IndexView(
            root: root, title: dossier.title, descriptionHTML: descriptionHTML, sources: small ? items : [],
            paragraphCount: dossier.paragraphCount, topEntities: top, entityCount: dossier.entities.count,
            sourceCount: a.count, span: span, outletCount: outletCount, collectionCount: collectionCount,
            collections: collectionCount > 0 ? ListLinkView.withBars(lists.groupLinks(byCollection, root: root)) : [],
            outlets: outletCount > 0 ? ListLinkView.withBars(lists.groupLinks(byOutlet, root: root, limit: outletsShown)) : [],
            moreOutlets: outletCount > outletsShown ? root + SourceLists.path("outlet", page: 1) : nil,
            years: dated.isEmpty ? [] : ListLinkView.withBars(lists.groupLinks(byDate, root: root)),
            recent: small ? [] : byDate.articles.prefix(shortList).filter { a[$0].metadata.published != nil }.map { items[$0] },
            connected: small ? [] : Array(connected),
            orders: lists.orders.map { ListLinkView(label: $0.label, href: root + SourceLists.path($0.key, page: 1)) })
    }
}

struct ConnectedSourceView: PageBody {
    var item: SourceItemView
    var shared: Int

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "shared": TemplateValue(shared)
        default: item.child(named: name)
        }
    }
}
