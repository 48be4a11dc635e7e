import Foundation
import Markdown

/// The overview above the timeline: every placed event on one axis, drawn over the stretch of time its
/// date covers (a day as a dot, a month or a year as a bar), laid out at build time with no library.
enum TimelineSVG {
    static let width = 720.0
    static let left = 16.0
    static let right = 16.0
    static let laneHeight = 14.0
    static let axisHeight = 22.0
    static let maxLanes = 8

    /// Fractional year where a date begins and ends.
    static func span(_ value: DateValue) -> (Double, Double) {
        // Days since 1970 as fractional years: a quarter or a season is a bar like a month.
        func years(_ n: Int) -> Double { 1970 + Double(n) / 365.2425 }
        return (years(value.firstDay ?? 0), years(value.endDay ?? 0))
    }

    static func render(_ dossier: Dossier, paging: TimelinePaging, root: String) -> String {
        let placed = dossier.events.enumerated().compactMap { i, e -> (Int, Double, Double)? in
            guard let v = e.value, v.isPlaced else { return nil }
            let (a, b) = span(v)
            return (i, a, b)
        }
        guard let first = placed.map(\.1).min(), let last = placed.map(\.2).max() else { return "" }
        let startYear = floor(first), endYear = max(ceil(last), startYear + 1)
        let plot = width - left - right
        func x(_ t: Double) -> Double { left + (t - startYear) / (endYear - startYear) * plot }

        // Lanes: each mark takes the first lane where it does not touch the one before.
        var laneEnds = [Double](repeating: -1, count: maxLanes)
        var marks: [(index: Int, x0: Double, x1: Double, lane: Int)] = []
        for (i, a, b) in placed.sorted(by: { ($0.1, $0.2) < ($1.1, $1.2) }) {
            let x0 = x(a), x1 = max(x(b), x0 + 6)
            let lane = laneEnds.firstIndex { $0 + 2 <= x0 } ?? (laneEnds.indices.min { laneEnds[$0] < laneEnds[$1] } ?? 0)
            laneEnds[lane] = x1
            marks.append((i, x0, x1, lane))
        }
        let lanes = (marks.map(\.lane).max() ?? 0) + 1
        let height = Double(lanes) * laneHeight + axisHeight + 8
        var svg = "<svg class=\"overview\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"overview-title\">"
        svg += "<title id=\"overview-title\">Overview: \(placed.count) dated events from \(Int(startYear)) to \(Int(endYear) - 1)</title>"
        // Axis and ticks, at most about a dozen labels.
        let years = endYear - startYear
        let step = [1.0, 2, 5, 10, 20, 50, 100, 200, 500].first { years / $0 <= 12 } ?? 1000
        let axisY = Double(lanes) * laneHeight + 8
        svg += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(axisY))\" x2=\"\(fmt(width - right))\" y2=\"\(fmt(axisY))\" stroke=\"#8b867d\"/>"
        var tick = (startYear / step).rounded(.up) * step
        while tick <= endYear {
            let tx = x(tick)
            svg += "<line class=\"tick\" x1=\"\(fmt(tx))\" y1=\"\(fmt(axisY))\" x2=\"\(fmt(tx))\" y2=\"\(fmt(axisY + 4))\" stroke=\"#8b867d\"/>"
            if tick < endYear || step == 1 && years == 1 {
                let labelX = step == 1 ? x(tick + 0.5) : tx
                svg += "<text x=\"\(fmt(labelX))\" y=\"\(fmt(axisY + 16))\" text-anchor=\"middle\" font-size=\"11\">\(Int(tick))</text>"
            }
            tick += step
        }
        for m in marks {
            let e = dossier.events[m.index]
            let y = Double(m.lane) * laneHeight + 4
            var classes = "ev ev-\(e.precision.rawValue)"
            if e.annotated { classes += " ev-analyst" }
            if let g = e.group, dossier.groups[g].discrepancy { classes += " ev-discrepancy" }
            let label = e.value!.label
            let text = e.title ?? e.sentence ?? ""
            let tip = HTMLEscape.text(label + ": " + (text.count > 140 ? String(text.prefix(139)) + "…" : text))
            svg += "<a href=\"\(paging.href(m.index, from: "timeline.html", root: root))\" class=\"\(classes)\"><title>\(tip)</title>"
            if e.precision == .day {
                svg += "<circle cx=\"\(fmt(m.x0 + 3))\" cy=\"\(fmt(y + 5))\" r=\"4\" fill=\"#9b2a2c\"/>"
            } else {
                svg += "<rect x=\"\(fmt(m.x0))\" y=\"\(fmt(y + 2))\" width=\"\(fmt(m.x1 - m.x0))\" height=\"6\" rx=\"2\" fill=\"#9b2a2c\" fill-opacity=\"0.45\"/>"
            }
            svg += "</a>"
        }
        return svg + "</svg>"
    }

    static func fmt(_ v: Double) -> String {
        String(format: "%.1f", v)
    }
}
