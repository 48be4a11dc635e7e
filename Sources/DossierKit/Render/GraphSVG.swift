import Foundation
import Markdown

/// The entity network as SVG, laid out at build time: entities named in the same sentences are linked,
/// nodes are coloured by kind and sized by mentions, links weighted by shared sentences. Deterministic:
/// the same dossier gives the same picture.
enum GraphSVG {
    static let kindColors: [EntityKind: String] = [
        .person: "#b0573d", .organization: "#3d6a9e", .place: "#4b8458", .document: "#a0812b",
        .event: "#7b5b9e", .work: "#2e8582", .other: "#8b867d",
    ]

    struct Selection {
        var nodes: [Int]
        var edges: [(a: Int, b: Int, weight: Int)]
        var totalNodes: Int
        var totalEdges: Int
    }

    static let maxNodes = 60
    static let maxEdges = 160

    /// The strongest part of the network: the entities with the most shared sentences, and the heaviest
    /// links among them.
    static func select(_ dossier: Dossier, index: EntityIndex) -> Selection {
        var strength: [Int: Int] = [:]
        var allEdges: [(a: Int, b: Int, weight: Int)] = []
        for (a, list) in index.related {
            for (b, w) in list {
                strength[a, default: 0] += w
                if a < b { allEdges.append((a, b, w)) }
            }
        }
        let ranked = strength.keys.sorted { x, y in
            let (sx, sy) = (strength[x]!, strength[y]!)
            if sx != sy { return sx > sy }
            let (mx, my) = (dossier.entities[x].mentions.count, dossier.entities[y].mentions.count)
            return mx != my ? mx > my : x < y
        }
        let nodes = Array(ranked.prefix(maxNodes))
        let chosen = Set(nodes)
        let edges = allEdges.filter { chosen.contains($0.a) && chosen.contains($0.b) }
            .sorted { ($0.weight, -$0.a, -$0.b) > ($1.weight, -$1.a, -$1.b) }
            .prefix(maxEdges)
        return Selection(nodes: nodes, edges: Array(edges), totalNodes: ranked.count, totalEdges: allEdges.count)
    }

    /// Force-directed layout (Fruchterman–Reingold) from a fixed start on a circle, the most connected
    /// entity pinned at the centre, a fixed number of rounds: no randomness.
    static func layout(count: Int, edges: [(Int, Int, Double)], width: Double, height: Double) -> [(Double, Double)] {
        guard count > 0 else { return [] }
        let cx = width / 2, cy = height / 2
        var pos: [(Double, Double)] = (0..<count).map { i in
            if i == 0 { return (cx, cy) }
            let angle = Double(i) * 2.399963  // golden angle: spread without symmetry traps
            let r = min(width, height) * 0.42 * sqrt(Double(i) / Double(count))
            return (cx + r * cos(angle), cy + r * sin(angle))
        }
        let k = sqrt(width * height / Double(count)) * 1.05
        var temperature = width / 8
        for _ in 0..<300 {
            var disp = [(Double, Double)](repeating: (0, 0), count: count)
            for i in 0..<count {
                for j in (i + 1)..<max(i + 1, count) {
                    var dx = pos[i].0 - pos[j].0, dy = pos[i].1 - pos[j].1
                    var d = sqrt(dx * dx + dy * dy)
                    if d < 0.01 { dx = 0.01 * Double(i - j); dy = 0.01; d = 0.015 }
                    let f = k * k / d
                    disp[i].0 += dx / d * f; disp[i].1 += dy / d * f
                    disp[j].0 -= dx / d * f; disp[j].1 -= dy / d * f
                }
            }
            for (a, b, w) in edges {
                let dx = pos[a].0 - pos[b].0, dy = pos[a].1 - pos[b].1
                let d = max(sqrt(dx * dx + dy * dy), 0.01)
                let f = d * d / k * (1 + log(w))
                disp[a].0 -= dx / d * f; disp[a].1 -= dy / d * f
                disp[b].0 += dx / d * f; disp[b].1 += dy / d * f
            }
            for i in 1..<max(1, count) {
                // A gentle pull to the middle keeps loosely connected entities on the page.
                disp[i].0 += (cx - pos[i].0) * 0.01 * k / 10
                disp[i].1 += (cy - pos[i].1) * 0.012 * k / 10
                let d = max(sqrt(disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1), 0.01)
                pos[i].0 += disp[i].0 / d * min(d, temperature)
                pos[i].1 += disp[i].1 / d * min(d, temperature)
            }
            temperature *= 0.985
        }
        // Fit the drawing to the box (room for labels on the right), keeping the centre entity central.
        let xs = pos.map(\.0), ys = pos.map(\.1)
        let spanX = max(max(xs.max()! - cx, cx - xs.min()!), 1), spanY = max(max(ys.max()! - cy, cy - ys.min()!), 1)
        let fitX = (width / 2 - 110) / spanX, fitY = (height / 2 - 24) / spanY
        return pos.map { (cx + ($0.0 - cx) * fitX, cy + ($0.1 - cy) * fitY) }
    }

    static func radius(_ mentions: Int) -> Double {
        min(22, 4 + 2.2 * sqrt(Double(mentions)))
    }

    static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }

    /// graph.html's picture, with a sentence saying what was left out.
    static func full(_ dossier: Dossier, index: EntityIndex, root: String) -> (svg: String, caption: String) {
        let s = select(dossier, index: index)
        guard !s.nodes.isEmpty else { return ("", "No two entities are named in the same sentence yet.") }
        let width = 900.0, height = 640.0
        let slot = Dictionary(uniqueKeysWithValues: s.nodes.enumerated().map { ($1, $0) })
        let pos = layout(count: s.nodes.count, edges: s.edges.map { (slot[$0.a]!, slot[$0.b]!, Double($0.weight)) },
                         width: width, height: height)
        var svg = "<svg class=\"graph\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"graph-title\">"
        svg += "<title id=\"graph-title\">Entities named in the same sentences</title>"
        let maxWeight = Double(s.edges.map(\.weight).max() ?? 1)
        svg += "<g class=\"edges\">"
        for e in s.edges {
            let (a, b) = (pos[slot[e.a]!], pos[slot[e.b]!])
            let w = 0.6 + 3.4 * Double(e.weight) / maxWeight
            svg += "<line x1=\"\(fmt(a.0))\" y1=\"\(fmt(a.1))\" x2=\"\(fmt(b.0))\" y2=\"\(fmt(b.1))\" stroke=\"#8b867d\" stroke-opacity=\"0.5\" stroke-width=\"\(fmt(w))\"><title>\(HTMLEscape.text(dossier.entities[e.a].name)) — \(HTMLEscape.text(dossier.entities[e.b].name)): \(e.weight) shared sentence\(e.weight == 1 ? "" : "s")</title></line>"
        }
        svg += "</g><g class=\"nodes\">"
        for (i, e) in s.nodes.enumerated() {
            svg += node(dossier.entities[e], at: pos[i], root: root, central: i == 0, labelLeft: pos[i].0 > width * 0.72)
        }
        svg += "</g></svg>"
        var caption = "Showing \(s.nodes.count) of \(s.totalNodes) connected entities and \(s.edges.count) of \(s.totalEdges) links"
        caption += s.nodes.count < s.totalNodes || s.edges.count < s.totalEdges
            ? ": the entities named together most often, and the heaviest links among them. The rest are on the entity pages."
            : ": the whole network."
        return (svg, caption)
    }

    /// Short labels keep a small graph readable; the full name is in the node's tooltip.
    static func shortLabel(_ name: String, limit: Int) -> String {
        name.count > limit ? String(name.prefix(limit - 1)) + "…" : name
    }

    static func node(_ entity: Entity, at p: (Double, Double), root: String, central: Bool, labelLeft: Bool = false,
                     labelBelow: Bool = false, labelLimit: Int = 60) -> String {
        let r = radius(entity.mentions.count)
        let color = kindColors[entity.kind] ?? "#8b867d"
        var out = "<a href=\"\(root)entities/\(entity.id).html\" class=\"node kind-\(entity.kind.rawValue)\(central ? " central" : "")\">"
        out += "<title>\(HTMLEscape.text(entity.name)) (\(entity.kind.rawValue), \(entity.mentions.count) mention\(entity.mentions.count == 1 ? "" : "s"))</title>"
        out += "<circle cx=\"\(fmt(p.0))\" cy=\"\(fmt(p.1))\" r=\"\(fmt(r))\" fill=\"\(color)\"/>"
        let label = HTMLEscape.text(shortLabel(entity.name, limit: labelLimit))
        if labelBelow {
            out += "<text x=\"\(fmt(p.0))\" y=\"\(fmt(p.1 + r + 14))\" font-size=\"\(central ? 13 : 11)\" text-anchor=\"middle\">\(label)</text>"
        } else {
            let x = labelLeft ? p.0 - r - 3 : p.0 + r + 3
            out += "<text x=\"\(fmt(x))\" y=\"\(fmt(p.1 + 4))\" font-size=\"\(central ? 13 : 11)\"\(labelLeft ? " text-anchor=\"end\"" : "")>\(label)</text>"
        }
        return out + "</a>"
    }

    /// A small picture of one entity and the entities named with it most often.
    static func neighbourhood(_ dossier: Dossier, entity: Int, index: EntityIndex, root: String) -> String {
        let neighbours = Array((index.related[entity] ?? []).prefix(12))
        guard !neighbours.isEmpty else { return "" }
        let width = 420.0, height = 310.0
        let cx = width / 2, cy = height / 2
        let maxWeight = Double(neighbours.map(\.count).max() ?? 1)
        var pos: [(Double, Double)] = [(cx, cy)]
        for i in neighbours.indices {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(neighbours.count)
            pos.append((cx + 95 * cos(angle), cy + 105 * sin(angle)))
        }
        var svg = "<svg class=\"graph ego\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(HTMLEscape.attribute(dossier.entities[entity].name)) and the entities named with it\">"
        for (i, n) in neighbours.enumerated() {
            let w = 0.8 + 3.2 * Double(n.count) / maxWeight
            svg += "<line x1=\"\(fmt(cx))\" y1=\"\(fmt(cy))\" x2=\"\(fmt(pos[i + 1].0))\" y2=\"\(fmt(pos[i + 1].1))\" stroke=\"#8b867d\" stroke-opacity=\"0.55\" stroke-width=\"\(fmt(w))\"/>"
        }
        svg += node(dossier.entities[entity], at: pos[0], root: root, central: true, labelBelow: true, labelLimit: 24)
        for (i, n) in neighbours.enumerated() {
            let p = pos[i + 1]
            svg += node(dossier.entities[n.entity], at: p, root: root, central: false, labelLeft: p.0 < cx - 1,
                        labelBelow: abs(p.0 - cx) < 1, labelLimit: 16)
        }
        return svg + "</svg>"
    }
}
