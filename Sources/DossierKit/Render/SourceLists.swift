import Foundation

/// The sources in pre-rendered orders, paged (`sources/by-date/page-2.html` …): sortable by date, title,
/// outlet and collection without a server or a script, no page longer than `pageSize` sources however big
/// the dossier. Collections are the seeds folder's sub-folders, the way the user filed the articles.
struct SourceLists: Sendable {
    static let pageSize = 200

    struct Order: Sendable {
        /// `date`, `title`, `outlet`, `collection`: the folder `sources/by-<key>/`.
        var key: String
        var label: String
        /// Article indices in this order.
        var articles: [Int]
        /// The group heading each article falls under in this order (year, outlet, collection, letter).
        var groups: [String]
    }

    let orders: [Order]
    let pageSize: Int
    /// Collection of each article: its first folder under seeds/, or nil at the top level.
    let collections: [String?]

    init(_ dossier: Dossier, pageSize: Int = SourceLists.pageSize) {
        self.pageSize = pageSize
        let a = dossier.articles
        collections = a.map { article in
            let parts = article.file.split(separator: "/")
            return parts.count > 1 ? String(parts[0]) : nil
        }
        let titleKey = a.map { Self.sortKey($0.title) }
        // Newest first, the undated last; ties by title, then file (unique).
        func byDate(_ x: Int, _ y: Int) -> Bool {
            switch (a[x].metadata.published, a[y].metadata.published) {
            case let (dx?, dy?) where dx != dy: return dx > dy
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (titleKey[x], a[x].file) < (titleKey[y], a[y].file)
            }
        }
        let all = Array(a.indices)
        let date = all.sorted(by: byDate)
        let title = all.sorted { (titleKey[$0], a[$0].file) < (titleKey[$1], a[$1].file) }
        let outletKey = a.map { $0.metadata.outlet.map(Self.sortKey) }
        let outlet = all.sorted { x, y in
            switch (outletKey[x], outletKey[y]) {
            case let (ox?, oy?) where ox != oy: return ox < oy
            case (.some, nil): return true
            case (nil, .some): return false
            default: return byDate(x, y)
            }
        }
        let collection = all.sorted { [collections] x, y in
            switch (collections[x], collections[y]) {
            case let (cx?, cy?) where cx != cy: return cx < cy
            case (nil, .some): return true
            case (.some, nil): return false
            default: return byDate(x, y)
            }
        }
        let collections = self.collections
        orders = [
            Order(key: "date", label: "date", articles: date,
                  groups: date.map { a[$0].metadata.published.map { String($0.year) } ?? "Date not given" }),
            Order(key: "title", label: "title", articles: title,
                  groups: title.map { Self.letter(a[$0].title) }),
            Order(key: "outlet", label: "outlet", articles: outlet,
                  groups: outlet.map { a[$0].metadata.outlet ?? "Outlet not given" }),
            Order(key: "collection", label: "collection", articles: collection,
                  groups: collection.map { collections[$0] ?? "Top folder" }),
        ]
    }

    /// Case- and accent-insensitive key for sorting names; the original breaks ties elsewhere.
    static func sortKey(_ s: String) -> String {
        Slug.asciiFolded(s).lowercased()
    }

    /// A–Z by the first letter (accents folded), `#` for anything else.
    static func letter(_ s: String) -> String {
        guard let c = Slug.asciiFolded(s).uppercased().unicodeScalars.first(where: { CharacterSet.alphanumerics.contains($0) }),
              c.value >= 65, c.value <= 90 else { return "#" }
        return String(c)
    }

    func pageCount(_ order: Order) -> Int { max(1, (order.articles.count + pageSize - 1) / pageSize) }

    static func path(_ order: String, page: Int) -> String { "sources/by-\(order)/page-\(page).html" }

    /// Where each group of an order starts: its label, size and the first page that holds it.
    func groupStarts(_ order: Order) -> [(label: String, count: Int, page: Int)] {
        var out: [(label: String, count: Int, page: Int)] = []
        for (position, g) in order.groups.enumerated() {
            if out.last?.label == g { out[out.count - 1].count += 1 } else { out.append((g, 1, position / pageSize + 1)) }
        }
        return out
    }

    /// The groups of an order, most sources first (then by label), with links to where each starts.
    func groupLinks(_ order: Order, root: String, limit: Int? = nil) -> [ListLinkView] {
        var groups = groupStarts(order)
        if order.key != "date" {
            groups.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        }
        if let limit { groups = Array(groups.prefix(limit)) }
        return groups.map { ListLinkView(label: $0.label, href: "\(root)\(Self.path(order.key, page: $0.page))#\(Self.anchor($0.label))", count: $0.count) }
    }

    static func anchor(_ group: String) -> String { "g-" + Slug.make(group) }

    /// Every page of every order.
    func pages(_ dossier: Dossier, items: [SourceItemView]) -> [SiteRenderer.Page] {
        var pages: [SiteRenderer.Page] = []
        for order in orders {
            let count = pageCount(order)
            for page in 1...count {
                let range = ((page - 1) * pageSize)..<min(page * pageSize, order.articles.count)
                let path = Self.path(order.key, page: page)
                pages.append(SiteRenderer.Page(path: path, kind: "sources", title: "Sources by \(order.label), page \(page)",
                                               template: "sources") { [orders] root in
                    var groups: [SourceGroupView] = []
                    for position in range {
                        let label = order.groups[position]
                        let item = items[order.articles[position]]
                        if groups.last?.label == label { groups[groups.count - 1].sources.append(item) }
                        else { groups.append(SourceGroupView(label: label, anchor: Self.anchor(label), sources: [item])) }
                    }
                    return SourceListView(
                        root: root, orderLabel: order.label, groups: groups,
                        first: range.lowerBound + 1, last: range.upperBound, total: order.articles.count,
                        orders: orders.map { ListLinkView(label: $0.label, href: root + Self.path($0.key, page: 1), current: $0.key == order.key) },
                        pager: (1...count).map { ListLinkView(label: String($0), href: root + Self.path(order.key, page: $0), current: $0 == page) },
                        previous: page > 1 ? root + Self.path(order.key, page: page - 1) : nil,
                        next: page < count ? root + Self.path(order.key, page: page + 1) : nil)
                })
            }
        }
        return pages
    }
}

struct SourceGroupView: PageBody {
    var label: String
    var anchor: String
    var sources: [SourceItemView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "anchor": TemplateValue(anchor)
        case "sources": TemplateValue(sources.references)
        case "count": TemplateValue(sources.count)
        default: nil
        }
    }
}

struct SourceListView: PageBody {
    var root: String
    var orderLabel: String
    var groups: [SourceGroupView]
    var first: Int
    var last: Int
    var total: Int
    var orders: [ListLinkView]
    var pager: [ListLinkView]
    var previous: String?
    var next: String?

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "root": TemplateValue(root)
        case "orderLabel": TemplateValue(orderLabel)
        case "groups": TemplateValue(groups.references)
        case "first": TemplateValue(first)
        case "counterStart": TemplateValue(first - 1)
        case "last": TemplateValue(last)
        case "total": TemplateValue(total)
        case "orders": TemplateValue(orders)
        case "pager": TemplateValue(pager)
        case "hasPager": TemplateValue(pager.count > 1)
        case "previous": TemplateValue(previous)
        case "next": TemplateValue(next)
        default: nil
        }
    }
}

/// A link in a list of pages, groups or years: the current one marked, with a count and a bar when given.
struct ListLinkView: PageBody {
    var label: String
    var href: String
    var count: Int? = nil
    var current = false
    /// Width of the count's bar, 0–100, relative to the largest in the list.
    var barPercent: Int? = nil
    /// The pages a row spans (a timeline year split over several pages), when more than one.
    var pages: [ListLinkView] = []

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "pages": TemplateValue(pages.references)
        case "hasPages": TemplateValue(!pages.isEmpty)
        case "label": TemplateValue(label)
        case "href": TemplateValue(href)
        case "count": TemplateValue(count)
        case "current": TemplateValue(current)
        case "barPercent": TemplateValue(barPercent)
        default: nil
        }
    }

    /// Bars for a list of counted links, relative to the largest.
    static func withBars(_ links: [ListLinkView]) -> [ListLinkView] {
        let top = max(links.compactMap(\.count).max() ?? 1, 1)
        return links.map { l in
            var l = l
            l.barPercent = l.count.map { max(2, Int((100 * Double($0) / Double(top)).rounded())) }
            return l
        }
    }
}
