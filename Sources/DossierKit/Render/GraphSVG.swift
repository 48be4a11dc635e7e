import Foundation
import Markdown

/// The entity network as SVG, laid out at build time (GraphLayout): entities named in the same sentences
/// are linked, nodes are coloured by kind and sized by mentions (capped), links weighted by shared
/// sentences. No two circles and no two labels overlap; the same dossier gives the same picture.
enum GraphSVG {
    struct Selection {
        var nodes: [Int]
        var edges: [(a: Int, b: Int, weight: Int)]
        var totalNodes: Int
        var totalEdges: Int
        /// The next strongest entities after `nodes`, to list under the drawing.
        var next: [Int]
    }

    static let maxNodes = 45
    static let maxEdges = 110
    static let listedAfter = 60
    static let fontSize = 11
    static let labelLimit = 26

    /// The strongest part of the network: the entities with the most shared sentences, the heaviest links
    /// among them, and each entity's own heaviest link so that none is drawn alone when it has one.
    static func select(_ dossier: Dossier, index: EntityIndex) -> Selection {
        var strength: [Int: Int] = [:]
        var totalEdges = 0
        for (a, list) in index.related {
            for (b, w) in list {
                strength[a, default: 0] += w
                if a < b { totalEdges += 1 }
            }
        }
        // Sorted on keys made once: looking strengths up inside the comparison was most of the graph page.
        let ranked = strength.map { (entity: $0.key, strength: $0.value, mentions: dossier.entities[$0.key].mentions.count) }
            .sorted { x, y in
                if x.strength != y.strength { return x.strength > y.strength }
                return x.mentions != y.mentions ? x.mentions > y.mentions : x.entity < y.entity
            }
            .map(\.entity)
        let nodes = Array(ranked.prefix(maxNodes))
        let chosen = Set(nodes)
        var candidates: [(a: Int, b: Int, weight: Int)] = []
        for a in nodes {
            for (b, w) in index.related[a] ?? [] where a < b && chosen.contains(b) { candidates.append((a, b, w)) }
        }
        candidates.sort { ($0.weight, -$0.a, -$0.b) > ($1.weight, -$1.a, -$1.b) }
        var edges = Array(candidates.prefix(maxEdges))
        var linked = Set(edges.flatMap { [$0.a, $0.b] })
        for e in candidates.dropFirst(maxEdges) where !linked.contains(e.a) || !linked.contains(e.b) {
            edges.append(e)
            linked.insert(e.a); linked.insert(e.b)
        }
        return Selection(nodes: nodes, edges: edges, totalNodes: ranked.count, totalEdges: totalEdges,
                         next: Array(ranked.dropFirst(maxNodes).prefix(listedAfter)))
    }

    /// Radii from 4 to 12 by the square root of mentions, relative to the most mentioned entity drawn.
    static func radius(_ mentions: Int, max top: Int) -> Int {
        Int((4 + 8 * sqrt(Double(mentions) / Double(Swift.max(top, 1)))).rounded())
    }

    /// Short labels keep a graph readable; the full name is in the node's tooltip.
    static func shortLabel(_ name: String, limit: Int) -> String {
        name.count > limit ? String(name.prefix(limit - 1)) + "…" : name
    }

    struct Drawn {
        var entity: Int
        var label: String
        var fontSize: Int
        var central: Bool
    }

    /// Everything one picture is drawn from, small and cheap to make: a page's key hashes it instead of
    /// the SVG, and the SVG is drawn (`svg`) only when the page is rendered.
    struct Picture: Encodable, Sendable, Equatable {
        struct Node: Encodable, Sendable, Equatable {
            var id: String
            var name: String
            var kind: EntityKind
            var mentions: Int
            var label: String
            var fontSize: Int
            var central: Bool
        }
        struct Edge: Encodable, Sendable, Equatable {
            var a: Int
            var b: Int
            var weight: Int
        }
        var nodes: [Node]
        var edges: [Edge]
        var root: String
        var className: String
        var labelledBy: String
        var title: String
        var ego: Bool
    }

    static func picture(_ dossier: Dossier, drawn: [Drawn], edges: [(a: Int, b: Int, weight: Int)], root: String,
                        className: String, labelledBy: String, title: String, ego: Bool) -> Picture {
        Picture(
            nodes: drawn.map { d in
                let e = dossier.entities[d.entity]
                return Picture.Node(id: e.id, name: e.name, kind: e.kind, mentions: e.mentions.count, label: d.label,
                                    fontSize: d.fontSize, central: d.central)
            },
            edges: edges.map { Picture.Edge(a: $0.a, b: $0.b, weight: $0.weight) },
            root: root, className: className, labelledBy: labelledBy, title: title, ego: ego)
    }

    /// Lays out the picture's nodes with its edges (indices into `nodes`) and writes the SVG.
    static func svg(_ picture: Picture) -> String {
        let drawn = picture.nodes, edges = picture.edges, root = picture.root, className = picture.className
        let labelledBy = picture.labelledBy, title = picture.title, ego = picture.ego
        let top = drawn.map(\.mentions).max() ?? 1
        let nodes = drawn.map { d in
            GraphLayout.Node(radius: radius(d.mentions, max: top),
                             labelWidth: GraphLayout.textWidth(d.label, fontSize: Double(d.fontSize)),
                             labelHeight: Int((Double(d.fontSize) * 1.45).rounded(.up)))
        }
        let links = edges.map { GraphLayout.Edge(a: $0.a, b: $0.b, weight: Double($0.weight)) }
        let layout = ego ? GraphLayout.ring(nodes, edges: links) : GraphLayout.layout(nodes, edges: links)
        let pad = 6
        let (w, h) = (layout.width + 2 * pad, layout.height + 2 * pad)
        // Written as bytes: appending the interpolated strings of every line and circle to a String was
        // half of the picture's time.
        var out: [UInt8] = []
        out.reserveCapacity(512 + 400 * (edges.count + drawn.count))
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        func put(_ n: Int) { JSON.append(n, to: &out) }
        put("<svg class=\""); put(className); put("\" viewBox=\"0 0 "); put(w); put(" "); put(h)
        put("\" width=\""); put(w); put("\" height=\""); put(h); put("\" role=\"img\" aria-labelledby=\""); put(labelledBy); put("\">")
        put("<title id=\""); put(labelledBy); put("\">"); put(HTMLEscape.text(title)); put("</title>")
        let maxWeight = Double(edges.map(\.weight).max() ?? 1)
        put("<g class=\"edges\">")
        for e in edges {
            let (a, b) = (layout.placed[e.a], layout.placed[e.b])
            let width = 0.6 + 3.4 * Double(e.weight) / maxWeight
            put("<line x1=\""); put(a.x + pad); put("\" y1=\""); put(a.y + pad); put("\" x2=\""); put(b.x + pad); put("\" y2=\""); put(b.y + pad)
            put("\" stroke=\"#8b867d\" stroke-opacity=\"0.5\" stroke-width=\""); put(NumberText.oneDecimal(width)); put("\"><title>")
            put(HTMLEscape.text(drawn[e.a].name + " — " + drawn[e.b].name)); put(": "); put(e.weight)
            put(e.weight == 1 ? " shared sentence</title></line>" : " shared sentences</title></line>")
        }
        put("</g><g class=\"nodes\">")
        for (i, d) in drawn.enumerated() {
            let p = layout.placed[i]
            let r = nodes[i].radius
            put("<a href=\""); put(root); put("entities/"); put(d.id); put(".html\" class=\"node kind-"); put(d.kind.rawValue)
            put(d.central ? " central\">" : "\">")
            put("<title>"); put(HTMLEscape.text(d.name)); put(" ("); put(d.kind.rawValue); put(", "); put(d.mentions)
            put(d.mentions == 1 ? " mention)</title>" : " mentions)</title>")
            put("<circle cx=\""); put(p.x + pad); put("\" cy=\""); put(p.y + pad); put("\" r=\""); put(r); put("\"/>")
            let x = p.labelLeft ? p.x + pad - r - GraphLayout.labelGap : p.x + pad + r + GraphLayout.labelGap
            let y = p.y + pad + Int((Double(d.fontSize) * 0.35).rounded())
            // textLength holds the label to the width the layout gave it, whatever font draws it.
            put("<text x=\""); put(x); put("\" y=\""); put(y); put("\" font-size=\""); put(d.fontSize); put("\" textLength=\""); put(nodes[i].labelWidth)
            put(p.labelLeft ? "\" lengthAdjust=\"spacingAndGlyphs\" text-anchor=\"end\">" : "\" lengthAdjust=\"spacingAndGlyphs\">")
            put(HTMLEscape.text(d.label)); put("</text></a>")
        }
        put("</g></svg>")
        return String(decoding: out, as: UTF8.self)
    }

    /// graph.html's picture, with a sentence saying what was left out and the entities that come next.
    static func full(_ dossier: Dossier, index: EntityIndex, root: String) -> (svg: String, caption: String, more: [Int]) {
        let s = select(dossier, index: index)
        guard !s.nodes.isEmpty else { return ("", "No two entities are named in the same sentence yet.", []) }
        let slot = Dictionary(uniqueKeysWithValues: s.nodes.enumerated().map { ($1, $0) })
        let drawn = s.nodes.enumerated().map { i, e in
            Drawn(entity: e, label: shortLabel(dossier.entities[e].name, limit: labelLimit), fontSize: fontSize, central: i == 0)
        }
        let svg = svg(picture(dossier, drawn: drawn, edges: s.edges.map { (slot[$0.a]!, slot[$0.b]!, $0.weight) }, root: root,
                              className: "graph", labelledBy: "graph-title", title: "Entities named in the same sentences", ego: false))
        var caption = "Showing \(s.nodes.count) of \(s.totalNodes) connected entities and \(s.edges.count) of \(s.totalEdges) links"
        caption += s.nodes.count < s.totalNodes || s.edges.count < s.totalEdges
            ? ": the entities named together most often, and the heaviest links among them. Groups named together are drawn together. Every entity page has the graph of its own neighbours."
            : ": the whole network."
        return (svg, caption, s.next)
    }

    static let egoNeighbours = 12
    static let egoLinksAmong = 16

    /// A small picture of one entity, the entities named with it most often, and the links among them.
    static func neighbourhood(_ dossier: Dossier, entity: Int, index: EntityIndex, root: String) -> Picture? {
        let neighbours = Array((index.related[entity] ?? []).prefix(egoNeighbours))
        guard !neighbours.isEmpty else { return nil }
        let members = [entity] + neighbours.map(\.entity)
        let edges: [(a: Int, b: Int, weight: Int)] = neighbours.enumerated().map { (0, $0 + 1, $1.count) }
        var among: [(a: Int, b: Int, weight: Int)] = []
        for i in 1..<members.count {
            guard let weights = index.sharedSentences[members[i]] else { continue }
            for j in (i + 1)..<max(i + 1, members.count) {
                if let w = weights[members[j]] { among.append((i, j, w)) }
            }
        }
        // The heaviest links among the neighbours: they group the ring; all of them would be a hairball.
        among.sort { ($0.weight, -$0.a, -$0.b) > ($1.weight, -$1.a, -$1.b) }
        let drawn = members.enumerated().map { i, e in
            Drawn(entity: e, label: shortLabel(dossier.entities[e].name, limit: i == 0 ? 32 : 22), fontSize: i == 0 ? 13 : fontSize, central: i == 0)
        }
        let name = dossier.entities[entity].name
        return picture(dossier, drawn: drawn, edges: edges + among.prefix(egoLinksAmong), root: root, className: "graph ego",
                       labelledBy: "ego-title", title: "\(name) and the entities named with it", ego: true)
    }
}
