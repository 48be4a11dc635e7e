import Foundation
import Markdown

/// The overview above the timeline, laid out at build time with no library: the axis spans the years that
/// hold nearly all events (the few far before or after are counted and linked at its ends), a histogram
/// shows how many events each year (or month, over a short span) holds, and, while there are few enough
/// to tell apart, every event is a mark drawn over the time its date covers (a dot for a day, a bar for a
/// month or a year).
enum TimelineSVG {
    static let width = 720.0
    static let edge = 16.0
    /// Room at an end of the axis for the count of events outside it.
    static let outlierRoom = 92.0
    static let laneHeight = 14.0
    static let axisHeight = 22.0
    static let histogramHeight = 44.0
    static let maxLanes = 8
    /// Above this many events the marks would be a blur: the histogram alone shows them.
    static let maxMarks = 400
    /// The axis keeps the shortest run of years holding this share of the events (the rest are counted at
    /// its ends and stay one click away in the year list)...
    static let focusShare = 0.8
    /// ...when the whole span is more than this many times as long.
    static let focusWhenWider = 1.5

    /// Fractional year where a date begins and ends.
    static func span(_ value: DateValue) -> (Double, Double) {
        // Days since 1970 as fractional years: a quarter or a season is a bar like a month.
        func years(_ n: Int) -> Double { 1970 + Double(n) / 365.2425 }
        return (years(value.firstDay ?? 0), years(value.endDay ?? 0))
    }

    /// The whole years the axis shows: the shortest run of years that holds `focusShare` of the events'
    /// starts, or every year when that is not much shorter. `starts` sorted.
    static func focus(_ starts: [Double], ends: [Double]) -> (Double, Double) {
        let all = (floor(starts.first!), max(ceil(ends.max()!), floor(starts.first!) + 1))
        guard starts.count >= 20 else { return all }
        let m = Int((Double(starts.count) * focusShare).rounded(.up))
        var best = 0
        for i in 0...(starts.count - m) where starts[i + m - 1] - starts[i] < starts[best + m - 1] - starts[best] { best = i }
        let dense = (floor(starts[best]), floor(starts[best + m - 1]) + 1)
        return all.1 - all.0 > focusWhenWider * (dense.1 - dense.0) ? dense : all
    }

    static func render(_ dossier: Dossier, paging: TimelinePaging, root: String) -> String {
        let placed = dossier.events.enumerated().compactMap { i, e -> (index: Int, a: Double, b: Double)? in
            guard let v = e.value, v.isPlaced else { return nil }
            let (a, b) = span(v)
            return (i, a, b)
        }.sorted { ($0.a, $0.b, $0.index) < ($1.a, $1.b, $1.index) }
        guard !placed.isEmpty else { return "" }
        let (startYear, endYear) = focus(placed.map(\.a), ends: placed.map(\.b))
        let before = placed.filter { $0.a < startYear }, after = placed.filter { $0.a >= endYear }
        let inside = placed.filter { $0.a >= startYear && $0.a < endYear }
        let left = before.isEmpty ? edge : outlierRoom, right = after.isEmpty ? edge : outlierRoom
        let plot = width - left - right
        func x(_ t: Double) -> Double { left + (min(t, endYear) - startYear) / (endYear - startYear) * plot }
        let years = endYear - startYear

        // Histogram: a bar per year, or per month when the axis spans three years or less.
        let perMonth = years <= 3
        let binsPerYear = perMonth ? 12.0 : 1.0
        let binCount = Int(years * binsPerYear)
        var bins = [[Int]](repeating: [], count: binCount)
        for p in inside { bins[min(binCount - 1, Int((p.a - startYear) * binsPerYear + 1e-9))].append(p.index) }
        let tallest = Double(bins.map(\.count).max() ?? 1)

        // Lanes: each mark takes the first lane where it does not touch the one before.
        let drawMarks = inside.count <= maxMarks
        var laneEnds = [Double](repeating: -1, count: maxLanes)
        var marks: [(index: Int, x0: Double, x1: Double, lane: Int)] = []
        if drawMarks {
            for p in inside {
                let x0 = x(p.a), x1 = max(x(p.b), x0 + 6)
                let lane = laneEnds.firstIndex { $0 + 2 <= x0 } ?? (laneEnds.indices.min { laneEnds[$0] < laneEnds[$1] } ?? 0)
                laneEnds[lane] = x1
                marks.append((p.index, x0, x1, lane))
            }
        }
        let lanes = drawMarks ? (marks.map(\.lane).max() ?? 0) + 1 : 0
        let histogramTop = 4.0
        let lanesTop = histogramTop + histogramHeight + 6
        let axisY = lanesTop + Double(lanes) * laneHeight + 4
        let height = axisY + axisHeight
        var svg = "<svg class=\"overview\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"overview-title\">"
        var title = "Overview: \(placed.count) dated events, \(inside.count) from \(Int(startYear)) to \(Int(endYear) - 1)"
        if !before.isEmpty { title += ", \(before.count) earlier" }
        if !after.isEmpty { title += ", \(after.count) later" }
        svg += "<title id=\"overview-title\">\(title)</title>"

        svg += "<g class=\"histogram\">"
        let binWidth = plot / Double(binCount)
        for (b, events) in bins.enumerated() where !events.isEmpty {
            let h = max(2, (histogramHeight * Double(events.count) / tallest).rounded())
            let year = Int(startYear) + (perMonth ? b / 12 : b)
            let label = perMonth ? String(format: "%04d-%02d", year, b % 12 + 1) : String(year)
            svg += "<a href=\"\(paging.href(events[0], from: "timeline.html", root: root))\"><title>\(label): \(events.count) event\(events.count == 1 ? "" : "s")</title>"
            svg += "<rect x=\"\(fmt(left + Double(b) * binWidth + 0.5))\" y=\"\(fmt(histogramTop + histogramHeight - h))\" width=\"\(fmt(max(1, binWidth - 1)))\" height=\"\(fmt(h))\"/></a>"
        }
        svg += "</g>"

        // Axis and ticks, at most about a dozen labels.
        let step = [1.0, 2, 5, 10, 20, 50, 100, 200, 500].first { years / $0 <= 12 } ?? 1000
        svg += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(axisY))\" x2=\"\(fmt(width - right))\" y2=\"\(fmt(axisY))\" stroke=\"#8b867d\"/>"
        var tick = (startYear / step).rounded(.up) * step
        while tick <= endYear {
            let tx = x(tick)
            svg += "<line class=\"tick\" x1=\"\(fmt(tx))\" y1=\"\(fmt(axisY))\" x2=\"\(fmt(tx))\" y2=\"\(fmt(axisY + 4))\" stroke=\"#8b867d\"/>"
            if tick < endYear {
                let labelX = step == 1 ? x(tick + 0.5) : tx
                svg += "<text x=\"\(fmt(labelX))\" y=\"\(fmt(axisY + 16))\" text-anchor=\"middle\" font-size=\"11\">\(Int(tick))</text>"
            }
            tick += step
        }
        // The events outside the axis: counted at its ends, linked to the first of them.
        if let first = before.first {
            let span = Int(floor(first.a)) == Int(startYear) - 1 ? "\(Int(startYear) - 1)" : "\(Int(floor(first.a)))–\(Int(startYear) - 1)"
            svg += "<a class=\"outliers\" href=\"\(paging.href(first.index, from: "timeline.html", root: root))\"><title>\(before.count) earlier event\(before.count == 1 ? "" : "s"), \(span)</title>"
            svg += "<text x=\"\(fmt(edge))\" y=\"\(fmt(axisY + 4))\" font-size=\"11\">◂ \(before.count) earlier</text>"
            svg += "<text x=\"\(fmt(edge))\" y=\"\(fmt(axisY + 17))\" font-size=\"10\">\(span)</text></a>"
        }
        if let first = after.first {
            let last = Int(floor(after.last!.a))
            let span = last == Int(endYear) ? "\(last)" : "\(Int(endYear))–\(last)"
            svg += "<a class=\"outliers\" href=\"\(paging.href(first.index, from: "timeline.html", root: root))\"><title>\(after.count) later event\(after.count == 1 ? "" : "s"), \(span)</title>"
            svg += "<text x=\"\(fmt(width - edge))\" y=\"\(fmt(axisY + 4))\" font-size=\"11\" text-anchor=\"end\">\(after.count) later ▸</text>"
            svg += "<text x=\"\(fmt(width - edge))\" y=\"\(fmt(axisY + 17))\" font-size=\"10\" text-anchor=\"end\">\(span)</text></a>"
        }
        for m in marks {
            let e = dossier.events[m.index]
            let y = lanesTop + Double(m.lane) * laneHeight
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

    /// The year list under the overview: each year (or part) with its count drawn as a bar.
    /// On a timeline of one page the links go to the year's heading.
    /// One row per period with its total count, linking to its first page; a period split over several
    /// pages links each of them too (`1 2 3`).
    static func yearBars(_ paging: TimelinePaging, root: String) -> [ListLinkView] {
        let rows = paging.periods.map { parts in
            let first = parts[0]
            let anchor = first.period == "unresolved" ? "#unresolved" : "#y" + first.period
            var row = ListLinkView(label: first.periodLabel, href: paging.split ? root + first.path : anchor,
                                   count: parts.reduce(0) { $0 + $1.events.count })
            if parts.count > 1 {
                row.pages = parts.enumerated().map { n, p in
                    ListLinkView(label: String(n + 1), href: root + p.path, count: p.events.count)
                }
            }
            return row
        }
        return ListLinkView.withBars(rows)
    }

    static func fmt(_ v: Double) -> String {
        NumberText.oneDecimal(v)
    }
}
