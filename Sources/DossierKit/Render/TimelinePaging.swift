/// Where each event of the timeline is shown. Up to `threshold` events (and `pageBytes` of them), all on
/// `timeline.html`; beyond,
/// one page per year (`timeline/2015.html`, `timeline/1990s.html`) and one for the events that could not
/// be placed, with `timeline.html` keeping the overview and the list of years: a dossier of thousands of
/// articles gets pages a browser opens at once instead of one page of tens of megabytes.
struct TimelinePaging: Sendable {
    static let threshold = 250
    /// A page also ends when its events' HTML would pass about this many bytes (long sentences dense with
    /// links make an event several kilobytes): no page of the timeline grows past ~300 KB.
    static let pageBytes = 240_000

    /// What an event's HTML weighs, roughly: the markup around it and its sentence, links and all.
    static func estimatedBytes(_ e: TimelineEvent) -> Int {
        // A grouped event links up to 8 others that tell it.
        900 + 3 * (e.sentence?.utf8.count ?? 0) + 2 * (e.note?.utf8.count ?? 0) + (e.group == nil ? 0 : 1_300)
    }

    struct Part: Sendable {
        /// `2015`, `1990s`, `20th-century`, or `unresolved`.
        var key: String
        var label: String
        var path: String
        var events: [Int]
        /// The period the part belongs to (`2015` for `2015-2`), and the label of the whole period.
        var period: String
        var periodLabel: String
    }

    let split: Bool
    let parts: [Part]
    /// The page of each event, relative to the site root.
    let pageOf: [String]
    let ids: [String]

    init(_ dossier: Dossier, threshold: Int = TimelinePaging.threshold) {
        let weights = dossier.events.map(Self.estimatedBytes)
        split = dossier.events.count > threshold || weights.reduce(0, +) > Self.pageBytes
        var bytes = 0
        var parts: [Part] = []
        var pageOf = [String](repeating: "timeline.html", count: dossier.events.count)
        for (i, e) in dossier.events.enumerated() {
            let period = e.value?.period
            let key = period?.key ?? "unresolved"
            let label = period?.label ?? "Not placed in time"
            if let last = parts.last, last.period == key,
               !split || (last.events.count < threshold && bytes + weights[i] <= Self.pageBytes) {
                parts[parts.count - 1].events.append(i)
                bytes += weights[i]
            } else {
                bytes = weights[i]
                // A year with more events than a page holds continues on `2015-2.html`, `2015-3.html`…
                let same = parts.filter { $0.period == key }.count
                let partKey = same == 0 ? key : "\(key)-\(same + 1)"
                parts.append(Part(key: partKey, label: same == 0 ? label : "\(label) (\(same + 1))",
                                  path: split ? "timeline/\(partKey).html" : "timeline.html", events: [i],
                                  period: key, periodLabel: label))
            }
            pageOf[i] = parts[parts.count - 1].path
        }
        self.parts = parts
        self.pageOf = pageOf
        ids = dossier.events.map(\.id)
    }

    /// The parts period by period, in order: a period's parts are next to each other.
    var periods: [[Part]] {
        var periods: [[Part]] = []
        for p in parts {
            if periods.last?.last?.period == p.period { periods[periods.count - 1].append(p) } else { periods.append([p]) }
        }
        return periods
    }

    func href(_ event: Int, root: String) -> String {
        "\(root)\(pageOf[event])#\(ids[event])"
    }

    /// A link from a page at `from` to an event: just the anchor when it is on the same page.
    func href(_ event: Int, from page: String, root: String) -> String {
        pageOf[event] == page ? "#\(ids[event])" : href(event, root: root)
    }
}
