import Foundation
import Testing
@testable import DossierKit

/// The boxes a layout gives each node: circle and label, as drawn.
private func boxes(_ nodes: [GraphLayout.Node], _ r: GraphLayout.Result) -> [(circle: (x: Int, y: Int, r: Int), label: (x: Int, y: Int, w: Int, h: Int))] {
    nodes.indices.map { i in
        let n = nodes[i], p = r.placed[i]
        let lx = p.labelLeft ? p.x - n.radius - GraphLayout.labelGap - n.labelWidth : p.x + n.radius + GraphLayout.labelGap
        return ((p.x, p.y, n.radius), (lx, p.y - n.labelHeight / 2, n.labelWidth, n.labelHeight))
    }
}

private func overlaps(_ nodes: [GraphLayout.Node], _ r: GraphLayout.Result) -> (circles: Int, labels: Int) {
    let b = boxes(nodes, r)
    var circles = 0, labels = 0
    for i in b.indices {
        for j in (i + 1)..<b.count {
            let dx = Double(b[i].circle.x - b[j].circle.x), dy = Double(b[i].circle.y - b[j].circle.y)
            if (dx * dx + dy * dy).squareRoot() < Double(b[i].circle.r + b[j].circle.r) { circles += 1 }
            if GraphLayout.overlapping(b[i].label, b[j].label) { labels += 1 }
        }
    }
    return (circles, labels)
}

/// A dense network: a few tight communities, one hub, long labels, big circles: what made the old graph a heap.
private func denseNetwork(_ n: Int) -> ([GraphLayout.Node], [GraphLayout.Edge]) {
    let nodes = (0..<n).map { i in
        GraphLayout.Node(radius: 4 + (i * 7) % 9, labelWidth: GraphLayout.textWidth(String(repeating: "Wide Name ", count: 1 + i % 3), fontSize: 11), labelHeight: 16)
    }
    var edges: [GraphLayout.Edge] = []
    for i in 1..<n { edges.append(.init(a: 0, b: i, weight: Double(1 + i % 5))) }
    for i in 1..<n { for j in (i + 1)..<n where i % 4 == j % 4 { edges.append(.init(a: i, b: j, weight: 2)) } }
    return (nodes, edges)
}

/// Three sources of 30 events each, every sentence about 1,000 characters, opened by `opening(i)`.
private func longEvents(_ opening: (Int) -> String) -> [String: String] {
    let filler = String(repeating: "the committee heard evidence about the harbour works ", count: 19)
    let paragraph = (0..<30).map { "\(opening($0))\(filler)ended." }.joined(separator: " ")
    return ["seeds/a.txt": "One\n\n\(paragraph)\n", "seeds/b.txt": "Two\n\n\(paragraph)\n", "seeds/c.txt": "Three\n\n\(paragraph)\n"]
}

@Suite("Readable at scale")
struct ReadableAtScaleTests {
    @Test("No two circles and no two labels of a dense graph overlap, and the layout is the same every time")
    func graphWithoutOverlaps() {
        for n in [2, 13, 45, 60] {
            let (nodes, edges) = denseNetwork(n)
            let r = GraphLayout.layout(nodes, edges: edges)
            let o = overlaps(nodes, r)
            #expect(o.circles == 0 && o.labels == 0, "\(n) nodes: \(o)")
            #expect(GraphLayout.layout(nodes, edges: edges).placed == r.placed)
            // Every mark inside the drawing.
            for b in boxes(nodes, r) {
                #expect(b.label.x >= 0 && b.label.x + b.label.w <= r.width && b.circle.y - b.circle.r >= 0 && b.circle.y + b.circle.r <= r.height)
            }
            let ring = GraphLayout.ring(nodes, edges: edges)
            let oRing = overlaps(nodes, ring)
            #expect(oRing.circles == 0 && oRing.labels == 0, "ring of \(n): \(oRing)")
        }
    }

    @Test("A label's width is the sum of its characters' widths, by the ASCII table as by the characters", arguments: [
        "Anna Berg", "i.l!", "mmWW (ft-r)", "UN 1945", "", "A\r\nB", "Łódź Café", "e\u{301}l\u{300}", "İstanbul’s", "O'Neil; ok: |x|", "日本 2019",
    ])
    func labelWidths(_ label: String) {
        let slow = label.reduce(0.0) { $0 + GraphLayout.width(of: $1) }
        #expect(GraphLayout.textWidth(label, fontSize: 11) == Int((slow * 11).rounded(.up)) + 1, "\(label.debugDescription)")
        #expect(GraphLayout.textWidth(label, fontSize: 13) == Int((slow * 13).rounded(.up)) + 1)
        // Every ASCII character alone and in a row, against the rules by character.
        for b in UInt8(0)..<128 where b != 0x0D {
            let text = String(repeating: String(UnicodeScalar(b)), count: 7)
            let sum = text.reduce(0.0) { $0 + GraphLayout.width(of: $1) }
            #expect(GraphLayout.textWidth(text, fontSize: 11) == Int((sum * 11).rounded(.up)) + 1)
        }
    }

    @Test("Nodes with no link are set apart in a row under the drawing")
    func unconnectedInARow() {
        let nodes = (0..<6).map { _ in GraphLayout.Node(radius: 6, labelWidth: 40, labelHeight: 16) }
        let r = GraphLayout.layout(nodes, edges: [.init(a: 0, b: 1, weight: 1), .init(a: 1, b: 2, weight: 1)])
        let connectedBottom = (0...2).map { r.placed[$0].y + 8 }.max()!
        for i in 3...5 { #expect(r.placed[i].y > connectedBottom) }
        #expect(Set((3...5).map { r.placed[$0].y }).count == 1)
    }

    @Test("Communities come from the links: two cliques joined by one link are two groups")
    func communities() {
        var edges: [GraphLayout.Edge] = []
        for (a, b) in [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5)] { edges.append(.init(a: a, b: b, weight: 3)) }
        edges.append(.init(a: 2, b: 3, weight: 1))
        let c = GraphLayout.communities(count: 6, edges: edges)
        #expect(c[0] == c[1] && c[1] == c[2] && c[3] == c[4] && c[4] == c[5] && c[0] != c[3])
    }

    @Test("The timeline's axis keeps the dense years and leaves far outliers to its ends")
    func timelineFocus() {
        let starts = [1030.0, 1500] + (0..<100).map { 2019 + Double($0) / 200 } + [2115]
        let focus = TimelineSVG.focus(starts.sorted(), ends: starts.map { $0 + 0.01 })
        #expect(focus == (2019, 2020))
        // Spread evenly: every year stays.
        let even = (0..<40).map { 2000 + Double($0) / 2 }
        #expect(TimelineSVG.focus(even, ends: even.map { $0 + 0.01 }) == (2000, 2020))
    }

    @Test("Sources are listed by date, title, outlet and collection, paged, with the collections on the front page")
    func sourceLists() throws {
        let f = try Fixture([
            "seeds/dossier.yml": "sources:\n  sport/a.txt:\n    published: 2021-03-04\n    outlet: The Courier\n  sport/b.txt:\n    published: 2022-01-02\n    outlet: Daily Post\n  business/c.txt:\n    outlet: The Courier\n",
            "seeds/sport/a.txt": "Zebra crossing opens\n\nText about a road.\n",
            "seeds/sport/b.txt": "Apple harvest begins\n\nText about fruit.\n",
            "seeds/business/c.txt": "Market falls\n\nText about money.\n",
        ]).withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        let lists = SourceLists(dossier, pageSize: 2)
        func files(_ order: Int) -> [String] { lists.orders[order].articles.map { dossier.articles[$0].file } }
        #expect(files(0) == ["sport/b.txt", "sport/a.txt", "business/c.txt"])  // newest first, undated last
        #expect(files(1) == ["sport/b.txt", "business/c.txt", "sport/a.txt"])  // by title
        #expect(files(2) == ["sport/b.txt", "sport/a.txt", "business/c.txt"])  // Daily Post, then The Courier by date
        #expect(files(3) == ["business/c.txt", "sport/b.txt", "sport/a.txt"])
        #expect(lists.pages(dossier, items: dossier.articles.map(SourceItemView.init)).map(\.path).filter { $0.contains("by-date") }
                == ["sources/by-date/page-1.html", "sources/by-date/page-2.html"])

        try DossierBuild.build(f.options())
        let front = try f.read("Site/index.html")
        #expect(front.contains("2 collections"))
        #expect(front.contains("<span class=\"bar-label\">sport</span>"))
        #expect(front.contains("href=\"sources/by-title/page-1.html\""))
        let page = try f.read("Site/sources/by-outlet/page-1.html")
        #expect(page.contains("<h2 id=\"g-daily-post-h\">Daily Post</h2>"))
        #expect(page.contains("href=\"../../sources/sport-b.html\""))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
    }

    @Test("The entity index shows the most named first and every entity on a page by letter")
    func entityIndex() throws {
        let f = try Fixture([
            "seeds/a.txt": "Headline\n\nAnna Berg met Lars Dahl in Oslo. Anna Berg and Bo Alm spoke in Bergen.\n",
            "seeds/b.txt": "Other\n\nAnna Berg visited Oslo.\n",
        ]).withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        let people = dossier.entities.indices.filter { dossier.entities[$0].kind == .person }
        #expect(dossier.entities[EntityIndexPages.ranked(people, in: dossier)[0]].name == "Anna Berg")
        let pages = EntityIndexPages.pages(for: dossier, top: 1, pageSize: 1)
        let paths = pages.map(\.path)
        // One entity a page: Anna Berg on the first page of A, each other person on a page of their own.
        #expect(paths.contains("entities/by-letter/person-a.html"))
        #expect(paths.filter { $0.hasPrefix("entities/by-letter/person-") }.count == people.count)
        #expect(paths.contains("entities/by-letter/place-o.html"))

        try DossierBuild.build(f.options())
        let index = try f.read("Site/entities/index.html")
        #expect(index.contains("<form class=\"list-filter\" id=\"list-filter\" role=\"search\" hidden>"))
        #expect(index.contains("assets/filter.js"))
        #expect(index.contains("data-filter=\"Anna Berg"))
    }

    @Test("A timeline of long sentences is split by weight before it reaches the count threshold")
    func timelineSplitByBytes() throws {
        // 90 events of about 1,000 characters: far fewer than the threshold, far more than a page's bytes.
        let f = try Fixture(longEvents { "In \(1990 + $0), " }).withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        #expect(dossier.events.count < TimelinePaging.threshold)
        let paging = TimelinePaging(dossier)
        #expect(paging.split)
        for part in paging.parts {
            #expect(part.events.map { TimelinePaging.estimatedBytes(dossier.events[$0]) }.reduce(0, +) <= TimelinePaging.pageBytes)
        }
    }

    @Test("A long review section shows its first items and count on review.html and the full list on pages of its own")
    func reviewPaged() throws {
        var files: [String: String] = [:]
        for i in 0..<60 { files["seeds/s\(i).txt"] = "Report \(i)\n\nOn Tuesday the council met.\n" }
        let f = try Fixture(files).withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        let paths = ReviewPages.pages(for: dossier, shown: 2, pageSize: 25).map(\.path)
        #expect(paths == ["review.html", "review/undated-1.html", "review/undated-2.html", "review/undated-3.html"])

        try DossierBuild.build(f.options())
        let review = try f.read("Site/review.html")
        func items(_ page: String) -> Int { page.components(separatedBy: "relative date(s)").count - 1 }
        #expect(items(review) == ReviewPages.shownOnReview)
        #expect(review.contains("50 of 60 shown"))
        #expect(review.contains("<a href=\"review/undated-1.html\" title=\"60\">1</a>"))
        let full = try f.read("Site/review/undated-1.html")
        #expect(items(full) == 60)
        #expect(full.contains("href=\"../sources/s59.html\""))
        #expect(full.contains("<strong aria-current=\"page\">1</strong>"))
        #expect(full.contains("<a href=\"../review.html\">back to the review</a>"))
    }

    @Test("A dated sentence added to one year rewrites that year's page of a split timeline, and a new year its neighbours")
    func timelinePartsIndependent() throws {
        // Ten years of 30 long events each: over 250 events, so one page per year under timeline/.
        let filler = String(repeating: "the committee heard evidence about the harbour works ", count: 19)
        var files: [String: String] = [:]
        for year in 1990..<2000 {
            files["seeds/y\(year).txt"] = "Year \(year)\n\n" + (0..<30).map { "In March \(year), item \($0) of \(filler)ended." }.joined(separator: " ") + "\n"
        }
        let f = try Fixture(files).withProjectTemplates()
        try DossierBuild.build(f.options())
        let before = try f.tree("Site/timeline")
        #expect(before.keys.sorted() == (1990..<2000).map { "\($0).html" } + ["periods.js"])
        let page = try f.read("Site/timeline/1993.html")
        #expect(page.contains("<a href=\"../timeline/1992.html\" rel=\"prev\">← 1992</a>"))
        #expect(page.contains("<a href=\"../timeline/1994.html\" rel=\"next\">1994 →</a>"))
        #expect(page.contains("<a href=\"../timeline.html\">all years</a>"))
        #expect(page.contains("data-root=\"../\" data-current=\"timeline/1993.html\""))
        #expect(page.contains("<script src=\"../timeline/periods.js\" defer></script>"))
        #expect(page.contains("30 events from dated sentences on this page"))
        #expect(!page.contains("class=\"bars\""), "the bars and counts of every year are on timeline.html only")
        #expect(try f.read("Site/timeline/periods.js").contains("[\"1993\",[\"timeline/1993.html\"]]"))
        #expect(try f.read("Site/timeline.html").contains("<span class=\"count\">30</span>"))

        try f.write("seeds/y1995.txt", files["seeds/y1995.txt"]! + "\nIn June 1995, the works stopped.\n")
        try DossierBuild.build(f.options())
        let after = try f.tree("Site/timeline")
        #expect(after.keys.sorted().filter { after[$0] != before[$0] } == ["1995.html"])
        #expect(try f.read("Site/timeline/1995.html").contains("31 events from dated sentences on this page"))
        #expect(try f.read("Site/timeline.html").contains("<span class=\"count\">31</span>"))

        // A year no event had: its page, the pages beside it and the list of periods, nothing else.
        try f.write("seeds/y1990.txt", files["seeds/y1990.txt"]! + "\nIn June 1985, the plans were drawn.\n")
        try DossierBuild.build(f.options())
        let added = try f.tree("Site/timeline")
        #expect(added.keys.sorted().filter { added[$0] != after[$0] } == ["1985.html", "1990.html", "periods.js"])
        #expect(try f.read("Site/timeline/1990.html").contains("rel=\"prev\">← 1985</a>"))
    }

    @Test("A year split over several timeline pages is one row of the year list, with its total and its pages")
    func timelineYearOneRow() throws {
        // 90 long events, all in 1995: more than a page's bytes, so 1995 continues on 1995-2.html.
        var files = longEvents { "In March 1995, item \($0) of " }
        files["seeds/d.txt"] = "Four\n\nIn 1996, the works ended.\n"
        let f = try Fixture(files).withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        let paging = TimelinePaging(dossier)
        #expect(paging.parts.filter { $0.period == "1995" }.count >= 2)
        let rows = TimelineSVG.yearBars(paging, root: "")
        #expect(rows.map(\.label) == ["1995", "1996"])
        #expect(rows[0].count == dossier.events.count - 1 && rows[0].href == "timeline/1995.html")
        #expect(rows[0].pages.map(\.href).prefix(2) == ["timeline/1995.html", "timeline/1995-2.html"])
        #expect(rows[1].pages.isEmpty)

        try DossierBuild.build(f.options())
        let page = try f.read("Site/timeline.html")
        #expect(!page.contains("1995 (2)"))
        #expect(page.contains("<span class=\"bar-label\">1995</span>"))
        #expect(page.contains("<a href=\"timeline/1995-2.html\" title=\""))
    }

    @Test("Every entity kind has its colour: in text, in the graph's circles, in the legend, light and dark")
    func everyKindColoured() throws {
        let css = try String(contentsOf: Project.root.appendingPathComponent("Templates/assets/style.css"), encoding: .utf8)
        let graph = try String(contentsOf: Project.root.appendingPathComponent("Templates/graph.mustache"), encoding: .utf8)
        for kind in EntityKind.allCases.map(\.rawValue) {
            #expect(css.components(separatedBy: "--k-\(kind): #").count - 1 == 2, "\(kind): a light and a dark colour")
            #expect(css.contains(".kind-\(kind) { --kind: var(--k-\(kind)); }"), "\(kind) in text")
            #expect(css.contains("svg.graph .kind-\(kind) circle { fill: var(--k-\(kind)); }"), "\(kind) in the graph")
            #expect(graph.contains("<span class=\"chip kind-\(kind)\">"), "\(kind) in the legend")
        }
    }
}
