import Foundation
import Testing
@testable import DossierKit

/// The build path that renders and writes at once: files arrive from many threads into a staging folder.
@Suite("Streaming render and write")
struct StreamingTests {
    @Test("Files written from many threads into folders none of them made first all land, byte for byte")
    func concurrentStaging() throws {
        let f = try Fixture()
        let writer = SiteWriter(output: f.url("Site"))
        let staging = try writer.stage()
        let files = (0..<400).map { i in
            OutputFile(path: "deep/\(i % 7)/more/\(i % 3)/f\(i).html", bytes: Data(String(repeating: "x\(i)", count: i).utf8))
        }
        DispatchQueue.concurrentPerform(iterations: files.count) { i in try! staging.write(files[i]) }
        try writer.commit(staging)
        let tree = try f.tree("Site")
        #expect(tree.count == files.count)
        for file in files { #expect(tree[file.path] == file.bytes) }
    }

    @Test("The streamed build writes what the in-memory render makes, and counts it")
    func streamedEqualsRendered() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/b.txt": seedArticle]).withProjectTemplates()
        let summary = try DossierBuild.build(f.options())
        let rendered = try DossierBuild.render(f.options())
        let tree = try f.tree("Site")
        #expect(tree == Dictionary(uniqueKeysWithValues: rendered.map { ($0.path, $0.bytes) }))
        #expect(summary.files == rendered.count)
        #expect(summary.bytes == rendered.reduce(0) { $0 + $1.bytes.count })
        #expect(summary.stages.map(\.name) == ["load", "parse", "resolve", "templates", "render+write", "swap"])
    }

    @Test("A paragraph's mentions are found by position as a scan over all of them would")
    func mentionWindow() {
        // entity 0 and 2 are people; mentions sorted by start.
        let mentions: [MentionWindow.Item] = [(0, 0, 5), (1, 10, 15), (2, 20, 25), (1, 30, 35), (0, 40, 45)]
        let window = MentionWindow(mentions, isPerson: { $0 != 1 })
        for (lower, upper) in [(0, 50), (5, 30), (11, 36), (45, 60), (0, 0), (21, 24)] {
            let scan = mentions.filter { $0.start >= lower && $0.end <= upper }.map(\.start)
            #expect(window.within(lower, upper).map(\.start) == scan, "\(lower)..<\(upper)")
        }
        for offset in [0, 4, 5, 19, 25, 39, 44, 45, 100] {
            let scan = mentions.last { $0.end <= offset && $0.entity != 1 }?.entity
            #expect(window.lastPerson(endingBy: offset) == scan, "\(offset)")
        }
    }

    func layout(_ title: String, body: String = "<p>x</p>", root: String = "../", current: String? = nil) -> LayoutView {
        let nav = [("Sources", "index.html"), ("Entities", "entities/index.html")]
        return LayoutView(pageTitle: title, siteTitle: "S & T", root: root, kind: "entity", bodyHTML: body,
                          nav: nav.map { NavItem(label: $0.0, href: $0.1, current: $0.1 == current) }, sourceCount: 2, scripts: [])
    }

    @Test("A page put in its reused layout frame is byte for byte the layout rendered whole")
    func framesMatchWholeRender() throws {
        let templates = try TemplateSet.load(from: Project.root.appendingPathComponent("Templates"), displayName: "Templates")
        let frames = LayoutFrames(templates: templates)
        for title in ["Anna Berg", "<script>&amp;", "O'Neil \"Quoted\"", "&\u{301} combining", "", "\u{E000}mark"] {
            for (root, current) in [("../", nil), ("", "index.html"), ("", nil)] as [(String, String?)] {
                let page = layout(title, root: root, current: current)
                #expect(frames.render(page) == templates.render(page, template: "layout"), "\(title) \(root)")
            }
        }
    }

    @Test("A body handed over as bytes gives the page the layout renders whole with that body, marks and emptiness too")
    func framesTakeBodyBytes() throws {
        let templates = try TemplateSet.load(from: Project.root.appendingPathComponent("Templates"), displayName: "Templates")
        let frames = LayoutFrames(templates: templates)
        for body in ["<p>x</p>", "", "<p>\u{E000}dossier-body\u{E001}</p>", "<p>é &amp; \u{1F600}</p>"] {
            for title in ["Anna Berg", "", "\u{E000}mark"] {
                // The view's own text is not read where the bytes are given: a stale one must not show.
                let page = layout(title, body: "<p>stale</p>")
                let expected = templates.render(layout(title, body: body), template: "layout")
                #expect(String(decoding: frames.renderBytes(page, body: Array(body.utf8)), as: UTF8.self) == expected, "\(title) \(body)")
            }
        }
    }

    @Test("The marks' first scalar is found in a page's bytes wherever the scalar walk finds it", arguments: [
        "", "a", "ab", "\u{E000}", "x\u{E000}", "\u{E000}y", "plain text", "\u{E001}\u{E800}\u{EFFF} near misses",
        "é\u{E000}é", "\u{1F600}\u{E000}", String(repeating: "body ", count: 999) + "\u{E000}", "\u{EE}\u{80}\u{80} Latin-1 look-alikes",
    ])
    func markSearch(_ text: String) {
        #expect(LayoutFrames.holdsMark(text) == text.unicodeScalars.contains("\u{E000}"))
    }

    @Test("A layout that does more with the title than print it is rendered whole for every page")
    func framesRefuseTransforms() throws {
        let f = try Fixture().withProjectTemplates()
        // The title printed raw once, then escaped: a frame filled with the escaped title would differ.
        try f.write("Templates/layout.mustache", "<title>{{{pageTitle}}}</title>{{#pageTitle}}[{{pageTitle}}]{{/pageTitle}}<main>{{{bodyHTML}}}</main>")
        let templates = try TemplateSet.load(from: f.url("Templates"), displayName: "Templates")
        let frames = LayoutFrames(templates: templates)
        for title in ["anna", "bert <b>"] {
            let page = layout(title)
            #expect(frames.render(page) == templates.render(page, template: "layout"))
        }
        #expect(frames.render(layout("bert <b>")).hasPrefix("<title>bert <b></title>[bert &lt;b&gt;]"))
        // A title transformed: the same.
        try f.write("Templates/layout.mustache", "<title>{{uppercased(pageTitle)}}</title><main>{{{bodyHTML}}}</main>")
        let shouting = try TemplateSet.load(from: f.url("Templates"), displayName: "Templates")
        #expect(LayoutFrames(templates: shouting).render(layout("bert <b>")) == "<title>BERT &lt;B&gt;</title><main><p>x</p></main>")
    }
}
