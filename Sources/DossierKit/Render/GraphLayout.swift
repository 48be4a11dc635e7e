import Foundation

/// Where the circles and labels of a graph go, computed at build time so that no two circles and no two
/// labels overlap at any size the SVG is drawn: each node and its label make one box, the boxes are
/// pushed apart until none overlaps, and the picture is scaled out where pushing was not enough (scaling
/// the box centres apart never makes two boxes meet). Deterministic: fixed starting positions, fixed
/// rounds, every tie broken by node index, integer output.
enum GraphLayout {
    struct Node {
        /// Circle radius and label size, in SVG units (integers, so the output is exact).
        var radius: Int
        var labelWidth: Int
        var labelHeight: Int
    }

    struct Edge {
        var a: Int
        var b: Int
        var weight: Double
    }

    struct Placed: Equatable {
        /// Circle centre.
        var x: Int
        var y: Int
        /// Label on the left of the circle (text-anchor end) or on its right.
        var labelLeft: Bool
    }

    struct Result {
        var placed: [Placed]
        var width: Int
        var height: Int
    }

    /// Space between a circle and its label, and the least gap between two boxes.
    static let labelGap = 3
    static let boxGap = 3

    /// A box's size and where the circle centre sits in it.
    static func box(_ n: Node, labelLeft: Bool) -> (w: Int, h: Int, circleX: Int, circleY: Int) {
        let w = 2 * n.radius + labelGap + n.labelWidth
        let h = max(2 * n.radius, n.labelHeight)
        return (w, h, labelLeft ? w - n.radius : n.radius, h / 2)
    }

    /// Communities by weighted label propagation: nodes in index order take the label their neighbours'
    /// links weigh most (ties to the smaller label), for a fixed number of rounds. Labels are renumbered
    /// 0, 1, … by their first node.
    static func communities(count: Int, edges: [Edge], rounds: Int = 12) -> [Int] {
        var neighbours = [[(Int, Double)]](repeating: [], count: count)
        for e in edges where e.a != e.b {
            neighbours[e.a].append((e.b, e.weight))
            neighbours[e.b].append((e.a, e.weight))
        }
        var label = Array(0..<count)
        for _ in 0..<rounds {
            var changed = false
            for i in 0..<count where !neighbours[i].isEmpty {
                var weight: [Int: Double] = [:]
                for (j, w) in neighbours[i] { weight[label[j], default: 0] += w }
                let best = weight.keys.min { x, y in weight[x]! != weight[y]! ? weight[x]! > weight[y]! : x < y }!
                if best != label[i] { label[i] = best; changed = true }
            }
            if !changed { break }
        }
        var number: [Int: Int] = [:]
        return label.map { l in
            if let n = number[l] { return n }
            number[l] = number.count
            return number.count - 1
        }
    }

    /// Force-directed layout (Fruchterman–Reingold) with a pull towards each community's centre, from
    /// starting points that already group the communities; then the boxes are separated. Nodes with no
    /// edge go in rows under the drawing.
    static func layout(_ nodes: [Node], edges: [Edge], rounds: Int = 260, aspect: Double = 1.5) -> Result {
        let n = nodes.count
        guard n > 0 else { return Result(placed: [], width: 0, height: 0) }
        var degree = [Int](repeating: 0, count: n)
        for e in edges { degree[e.a] += 1; degree[e.b] += 1 }
        let connected = (0..<n).filter { degree[$0] > 0 }
        let slot = Dictionary(uniqueKeysWithValues: connected.enumerated().map { ($1, $0) })
        let sub = edges.compactMap { e -> Edge? in
            guard let a = slot[e.a], let b = slot[e.b] else { return nil }
            return Edge(a: a, b: b, weight: e.weight)
        }
        let community = communities(count: connected.count, edges: sub)
        let subNodes = connected.map { nodes[$0] }
        var centres = forces(subNodes, edges: sub, community: community, rounds: rounds, aspect: aspect)
        // Labels face away from the middle of the drawing.
        let midX = centres.isEmpty ? 0 : centres.map(\.0).reduce(0, +) / Double(centres.count)
        let left = centres.map { $0.0 < midX - 0.5 }
        let boxes = subNodes.indices.map { box(subNodes[$0], labelLeft: left[$0]) }
        // Box centres from circle centres.
        for i in centres.indices {
            centres[i].0 += Double(boxes[i].w) / 2 - Double(boxes[i].circleX)
            centres[i].1 += Double(boxes[i].h) / 2 - Double(boxes[i].circleY)
        }
        let corners = separate(centres, sizes: boxes.map { ($0.w, $0.h) })
        var placed = [Placed?](repeating: nil, count: n)
        var maxX = 0, maxY = 0
        for (i, node) in connected.enumerated() {
            placed[node] = Placed(x: corners[i].0 + boxes[i].circleX, y: corners[i].1 + boxes[i].circleY, labelLeft: left[i])
            maxX = max(maxX, corners[i].0 + boxes[i].w)
            maxY = max(maxY, corners[i].1 + boxes[i].h)
        }
        // Unconnected nodes: rows under the drawing, in index order.
        let alone = (0..<n).filter { degree[$0] == 0 }
        let rowWidth = max(maxX, 480)
        var x = 0, y = connected.isEmpty ? 0 : maxY + 4 * boxGap, rowHeight = 0
        for i in alone {
            let b = box(nodes[i], labelLeft: false)
            if x > 0, x + b.w > rowWidth { x = 0; y += rowHeight + boxGap; rowHeight = 0 }
            placed[i] = Placed(x: x + b.circleX, y: y + b.circleY, labelLeft: false)
            x += b.w + 4 * boxGap
            rowHeight = max(rowHeight, b.h)
            maxX = max(maxX, x)
            maxY = max(maxY, y + b.h)
        }
        return Result(placed: placed.map { $0! }, width: maxX, height: maxY)
    }

    /// An entity and its neighbours: the entity in the middle, the neighbours on a ring around it with each
    /// community of neighbours side by side (label propagation over the links among them), the
    /// strongest group first from the top; then the boxes are separated like any layout's. No
    /// simulation: an entity page's graph costs next to nothing to build. Node 0 is the centre; edges from
    /// it weigh how strongly each neighbour is tied to it.
    static func ring(_ nodes: [Node], edges: [Edge]) -> Result {
        let m = nodes.count - 1
        guard m > 0 else { return layout(nodes, edges: []) }
        var tie = [Double](repeating: 0, count: nodes.count)
        var among: [Edge] = []
        for e in edges {
            if e.a == 0 { tie[e.b] += e.weight } else if e.b == 0 { tie[e.a] += e.weight }
            else { among.append(Edge(a: e.a - 1, b: e.b - 1, weight: e.weight)) }
        }
        let community = communities(count: m, edges: among)
        var groupTie = [Double](repeating: 0, count: m)
        for i in 0..<m { groupTie[community[i]] += tie[i + 1] }
        let order = (1...m).sorted { a, b in
            let (ga, gb) = (community[a - 1], community[b - 1])
            if ga != gb { return groupTie[ga] != groupTie[gb] ? groupTie[ga] > groupTie[gb] : ga < gb }
            return tie[a] != tie[b] ? tie[a] > tie[b] : a < b
        }
        let boxes = nodes.indices.map { box(nodes[$0], labelLeft: false) }
        let tall = Double(boxes.dropFirst().map(\.h).max() ?? 10) + Double(boxGap)
        let wide = Double(boxes.dropFirst().map(\.w).max() ?? 40)
        let ry = max(70, Double(m) * tall / 3.2), rx = max(ry * 1.25, wide * 0.9 + Double(boxes[0].w) / 2)
        var centres = [(Double, Double)](repeating: (0, 0), count: nodes.count)
        for (k, i) in order.enumerated() {
            let angle = -Double.pi / 2 + 2 * Double.pi * (Double(k) + 0.5) / Double(m)
            centres[i] = (rx * cos(angle), ry * sin(angle))
        }
        let left = centres.indices.map { $0 > 0 && centres[$0].0 < -0.5 }
        let sides = nodes.indices.map { box(nodes[$0], labelLeft: left[$0]) }
        for i in centres.indices {
            centres[i].0 += Double(sides[i].w) / 2 - Double(sides[i].circleX)
            centres[i].1 += Double(sides[i].h) / 2 - Double(sides[i].circleY)
        }
        let corners = separate(centres, sizes: sides.map { ($0.w, $0.h) })
        var placed: [Placed] = []
        var maxX = 0, maxY = 0
        for i in nodes.indices {
            placed.append(Placed(x: corners[i].0 + sides[i].circleX, y: corners[i].1 + sides[i].circleY, labelLeft: left[i]))
            maxX = max(maxX, corners[i].0 + sides[i].w)
            maxY = max(maxY, corners[i].1 + sides[i].h)
        }
        return Result(placed: placed, width: maxX, height: maxY)
    }

    /// Circle centres from a force simulation, in units where the boxes have their real sizes.
    static func forces(_ nodes: [Node], edges: [Edge], community: [Int], rounds: Int, aspect: Double) -> [(Double, Double)] {
        let n = nodes.count
        guard n > 1 else { return n == 1 ? [(0, 0)] : [] }
        let area = nodes.reduce(0.0) { sum, node in
            let b = box(node, labelLeft: false)
            return sum + Double((b.w + 2 * boxGap) * (b.h + 2 * boxGap))
        }
        let k = sqrt(3.2 * area / Double(n))
        let groups = (community.max() ?? 0) + 1
        var groupSize = [Int](repeating: 0, count: groups)
        for c in community { groupSize[c] += 1 }
        // Start: each community around its own point of a golden-angle spiral, largest first.
        let order = (0..<groups).sorted { groupSize[$0] != groupSize[$1] ? groupSize[$0] > groupSize[$1] : $0 < $1 }
        var rank = [Int](repeating: 0, count: groups)
        for (r, g) in order.enumerated() { rank[g] = r }
        var seen = [Int](repeating: 0, count: groups)
        var pos: [(Double, Double)] = (0..<n).map { i in
            let g = community[i]
            let ga = Double(rank[g]) * 2.399963, gr = k * 1.6 * sqrt(Double(rank[g]))
            let m = seen[g]; seen[g] += 1
            let a = Double(m) * 2.399963, r = k * 0.5 * sqrt(Double(m))
            return (gr * cos(ga) * aspect.squareRoot() + r * cos(a), gr * sin(ga) / aspect.squareRoot() + r * sin(a))
        }
        let maxWeight = edges.map(\.weight).max() ?? 1
        var temperature = k * 2
        for _ in 0..<rounds {
            var disp = [(Double, Double)](repeating: (0, 0), count: n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var dx = pos[i].0 - pos[j].0, dy = pos[i].1 - pos[j].1
                    if abs(dx) < 0.01, abs(dy) < 0.01 { dx = 0.01 * Double(j - i); dy = 0.01 }
                    // Distances measured with x shrunk: labels make boxes wide, so they need room sideways.
                    let d2 = dx * dx / (aspect * aspect) + dy * dy
                    let f = k * k / d2
                    disp[i].0 += dx * f; disp[i].1 += dy * f
                    disp[j].0 -= dx * f; disp[j].1 -= dy * f
                }
            }
            for e in edges {
                let dx = pos[e.a].0 - pos[e.b].0, dy = pos[e.a].1 - pos[e.b].1
                let d = max(sqrt(dx * dx + dy * dy), 0.01)
                let f = d / k * (0.6 + 0.8 * e.weight / maxWeight)
                disp[e.a].0 -= dx * f; disp[e.a].1 -= dy * f
                disp[e.b].0 += dx * f; disp[e.b].1 += dy * f
            }
            // Communities hold together; a faint pull to the middle keeps loose parts close.
            var cx = [Double](repeating: 0, count: groups), cy = cx
            for i in 0..<n { cx[community[i]] += pos[i].0; cy[community[i]] += pos[i].1 }
            for i in 0..<n {
                let g = community[i], size = Double(groupSize[g])
                disp[i].0 += (cx[g] / size - pos[i].0) * 0.15 - pos[i].0 * 0.04
                disp[i].1 += (cy[g] / size - pos[i].1) * 0.15 - pos[i].1 * 0.06
                let d = max(sqrt(disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1), 0.01)
                pos[i].0 += disp[i].0 / d * min(d, temperature)
                pos[i].1 += disp[i].1 / d * min(d, temperature)
            }
            temperature = max(temperature * 0.975, k * 0.02)
        }
        return pos
    }

    /// Top-left corners (integers, the drawing starting at 0, 0) of boxes of `sizes` centred near
    /// `centres`, no two closer than `boxGap`.
    static func separate(_ centres: [(Double, Double)], sizes: [(Int, Int)], rounds: Int = 120) -> [(Int, Int)] {
        let n = centres.count
        guard n > 0 else { return [] }
        var c = centres
        let gap = Double(boxGap)
        func overlap(_ i: Int, _ j: Int) -> (Double, Double) {
            let ox = Double(sizes[i].0 + sizes[j].0) / 2 + gap - abs(c[i].0 - c[j].0)
            let oy = Double(sizes[i].1 + sizes[j].1) / 2 + gap - abs(c[i].1 - c[j].1)
            return (ox, oy)
        }
        for _ in 0..<rounds {
            var moved = false
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let (ox, oy) = overlap(i, j)
                    guard ox > 0, oy > 0 else { continue }
                    moved = true
                    // Push apart along the axis that needs the smaller move, half each.
                    if ox * 0.5 <= oy {
                        let s = c[i].0 < c[j].0 || (c[i].0 == c[j].0 && i < j) ? -1.0 : 1.0
                        c[i].0 += s * (ox / 2 + 0.25); c[j].0 -= s * (ox / 2 + 0.25)
                    } else {
                        let s = c[i].1 < c[j].1 || (c[i].1 == c[j].1 && i < j) ? -1.0 : 1.0
                        c[i].1 += s * (oy / 2 + 0.25); c[j].1 -= s * (oy / 2 + 0.25)
                    }
                }
            }
            if !moved { break }
        }
        // What pushing left: scale the centres apart, which can only widen every gap, then round.
        for _ in 0..<8 {
            var scale = 1.0
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let (ox, oy) = overlap(i, j)
                    guard ox > -1, oy > -1 else { continue }  // -1: room for rounding
                    let dx = abs(c[i].0 - c[j].0), dy = abs(c[i].1 - c[j].1)
                    let needX = dx > 0.5 ? (dx + ox + 1) / dx : .infinity
                    let needY = dy > 0.5 ? (dy + oy + 1) / dy : .infinity
                    var need = min(needX, needY)
                    if need == .infinity { c[j].0 += 1; need = 1 }  // the same centre: split them first
                    scale = max(scale, need)
                }
            }
            if scale == 1 { break }
            for i in 0..<n { c[i].0 *= scale; c[i].1 *= scale }
        }
        let minX = (0..<n).map { c[$0].0 - Double(sizes[$0].0) / 2 }.min()!
        let minY = (0..<n).map { c[$0].1 - Double(sizes[$0].1) / 2 }.min()!
        return (0..<n).map { i in
            (Int((c[i].0 - Double(sizes[i].0) / 2 - minX).rounded()), Int((c[i].1 - Double(sizes[i].1) / 2 - minY).rounded()))
        }
    }

    /// Whether two placed boxes overlap (for tests and for checking a layout).
    static func overlapping(_ a: (x: Int, y: Int, w: Int, h: Int), _ b: (x: Int, y: Int, w: Int, h: Int)) -> Bool {
        a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
    }

    /// An estimate of a label's width in a sans-serif face, a little generous; the SVG then fixes the
    /// text to exactly this width (`textLength`), so the box holds it whatever font the reader has.
    static func textWidth(_ text: String, fontSize: Double) -> Int {
        var em = 0.0
        // Most labels are ASCII: a byte is then a character (a CR LF pair, one character, is left to the
        // slow path), and a table answers for it without comparing `Character`s: the same sums in the same order.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            for b in text.utf8 { em += asciiWidth[Int(b)] }
        } else {
            for ch in text { em += width(of: ch) }
        }
        return Int((em * fontSize).rounded(.up)) + 1
    }

    /// One character's width in ems.
    static func width(of ch: Character) -> Double {
        switch ch {
        case "i", "j", "l", "I", ".", ",", "'", "’", "!", "|", ":", ";": 0.3
        case "f", "t", "r", " ", "(", ")", "-": 0.38
        case "m", "w", "M", "W": 0.9
        case _ where ch.isUppercase: 0.7
        case _ where ch.isNumber: 0.58
        default: 0.56
        }
    }

    /// `width(of:)` of the 128 ASCII characters.
    static let asciiWidth: [Double] = (0..<128).map { width(of: Character(UnicodeScalar(UInt8($0)))) }
}
