/// Where each event of the timeline is shown. Up to `threshold` events, all on `timeline.html`; beyond,
/// one page per year (`timeline/2015.html`, `timeline/1990s.html`) and one for the events that could not
/// be placed, with `timeline.html` keeping the overview and the list of years: a dossier of thousands of
/// articles gets pages a browser opens at once instead of one page of tens of megabytes.
struct TimelinePaging: Sendable {
    static let threshold = 1500

    struct Part: Sendable {
        /// `2015`, `1990s`, or `unresolved`.
        var key: String
        var label: String
        var path: String
        var events: [Int]
    }

    let split: Bool
    let parts: [Part]
    /// The page of each event, relative to the site root.
    let pageOf: [String]
    let ids: [String]

    init(_ dossier: Dossier, threshold: Int = TimelinePaging.threshold) {
        split = dossier.events.count > threshold
        var parts: [Part] = []
        var pageOf = [String](repeating: "timeline.html", count: dossier.events.count)
        for (i, e) in dossier.events.enumerated() {
            let key = e.value.map { e.precision == .decade ? "\($0)0s" : String($0.prefix(4)) } ?? "unresolved"
            let path = split ? "timeline/\(key).html" : "timeline.html"
            if parts.last?.key == key {
                parts[parts.count - 1].events.append(i)
            } else {
                parts.append(Part(key: key, label: key == "unresolved" ? "Not placed in time" : key, path: path, events: [i]))
            }
            pageOf[i] = path
        }
        self.parts = parts
        self.pageOf = pageOf
        ids = dossier.events.map(\.id)
    }

    func href(_ event: Int, root: String) -> String {
        "\(root)\(pageOf[event])#\(ids[event])"
    }

    /// A link from a page at `from` to an event: just the anchor when it is on the same page.
    func href(_ event: Int, from page: String, root: String) -> String {
        pageOf[event] == page ? "#\(ids[event])" : href(event, root: root)
    }
}
