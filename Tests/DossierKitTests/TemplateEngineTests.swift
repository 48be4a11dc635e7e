import Foundation
import Mustache
import Testing
@testable import DossierKit

/// dossier's template engine, rule by rule, each with its example; and against swift-mustache (the engine it
/// replaced, kept for the tests only) on the same templates and views, the seed dossier's pages included.
@Suite("Template engine")
struct TemplateEngineTests {
    /// A view of named values (a table, not a switch: the names are the test's).
    struct Fields: TemplateView {
        var values: [String: Any]
        init(_ values: [String: Any]) { self.values = values }
        func child(named name: String) -> TemplateValue? { Self.value(values[name]) }

        /// A test's value as the renderer takes it: a list of these views behind references, as views hand
        /// their lists over.
        static func value(_ any: Any?) -> TemplateValue? {
            switch any {
            case nil: nil
            case let value as TemplateValue: value
            case let text as String: .text(text)
            case let number as Int: .number(number)
            case let flag as Bool: .flag(flag)
            case let items as [ViewReference]: .list(items)
            case let items as [String]: .texts(items)
            case let items as [Fields]: .list(items.references)
            case let view as any TemplateView: .view(view)
            default: nil
            }
        }
    }

    /// Hands a view to swift-mustache: every view in it, alone or in a list, is handed over the same way.
    final class Bridge: MustacheParent {
        let view: any TemplateView
        init(_ view: any TemplateView) { self.view = view }

        func child(named name: String) -> Any? { Self.bridged(view.child(named: name)) }

        static func bridged(_ value: TemplateValue?) -> Any? {
            switch value {
            case nil: nil
            case .text(let text)?: text
            case .number(let number)?: number
            case .flag(let flag)?: flag
            case .view(let view)?: Bridge((view as? ViewReference)?.view ?? view)
            case .list(let items)?: items.map { Bridge($0.view) }
            case .texts(let items)?: items
            }
        }
    }

    /// What swift-mustache renders for the same templates and view (its own HTML escaping, which escapes
    /// the same five characters with the same entities).
    static func reference(_ templates: [String: String], _ view: any TemplateView, template: String = "page") throws -> String? {
        var library = MustacheLibrary()
        for (name, text) in templates { library.register(try MustacheTemplate(string: text), named: name) }
        return library.render(Bridge(view), withTemplate: template)
    }

    static func ours(_ templates: [String: String], _ view: any TemplateView, template: String = "page") throws -> String? {
        TemplateRenderer(templates: try templates.mapValues { try TemplateParser.parse($0) }).render(view, template: template)
    }

    static var items: [Fields] {
        [Fields(["name": "A<1>", "href": "a.html", "n": 1, "flag": true]),
                        Fields(["name": "B & C", "href": "b.html", "n": 2, "flag": false]),
                        Fields(["name": "D", "href": "d.html", "n": 3])]
    }
    static var view: Fields {
        Fields([
        "title": "Tom & \"Jerry\" <b>'s", "html": "<p>raw</p>", "root": "../", "count": 3, "zero": 0, "yes": true, "no": false,
        "empty": "", "none": [String](), "words": ["one", "two", "three"], "items": items.references, "plain": items,
        "person": Fields(["name": "Ann", "city": Fields(["name": "Oslo"])]), "multi": "a\nb", "phrase": "tom and jerry",
        ])
    }

    /// Each rule: a name, a template, and what it renders with `view`.
    static let rules: [(String, String, String)] = [
        ("a value is escaped", "<h1>{{title}}</h1>", "<h1>Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s</h1>"),
        ("triple and ampersand are not", "{{{html}}}|{{&html}}|{{& html }}", "<p>raw</p>|<p>raw</p>|<p>raw</p>"),
        ("spaces inside a tag", "[{{ title }}][{{{ html }}}]", "[Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s][<p>raw</p>]"),
        ("integers, true and false print", "{{count}} {{zero}} {{yes}} {{no}}", "3 0 true false"),
        ("a missing name prints nothing", "[{{missing}}][{{{missing}}}]", "[][]"),
        ("true renders once, false and nil never", "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#missing}}M{{/missing}}", "Y"),
        ("inverted: false, nil and an empty list", "{{^no}}1{{/no}}{{^missing}}2{{/missing}}{{^none}}3{{/none}}{{^yes}}4{{/yes}}{{^words}}5{{/words}}", "123"),
        ("an empty string and zero still render their section", "{{#empty}}E{{/empty}}{{#zero}}Z{{.}}{{/zero}}{{^empty}}x{{/empty}}", "EZ0"),
        ("a list renders once per item, names looked up in it first", "{{#items}}<a href=\"{{root}}{{href}}\">{{name}}</a>{{/items}}",
         "<a href=\"../a.html\">A&lt;1&gt;</a><a href=\"../b.html\">B &amp; C</a><a href=\"../d.html\">D</a>"),
        ("a list of values is the same as one of references", "{{#plain}}{{n}}{{/plain}}", "123"),
        ("strings in a list are the item", "{{#words}}<{{.}}>{{/words}}", "<one><two><three>"),
        ("list positions", "{{#words}}{{.}}{{^last()}}, {{/last()}}{{/words}}|{{#items}}{{index()}}{{#first()}}f{{/first()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{/items}}",
         "one, two, three|0fe1o2e"),
        ("a position is kept through a true section and gone in a value's", "{{#words}}{{#yes}}{{index()}}{{/yes}}{{#person}}[{{index()}}]{{/person}}{{/words}}", "0[]1[]2[]"),
        ("outside a list there is no position", "{{index()}}{{#last()}}L{{/last()}}{{^last()}}N{{/last()}}", "N"),
        ("a section on a view looks names up in it, then outside", "{{#person}}{{name}} of {{title}}{{/person}}", "Ann of Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s"),
        ("dotted names", "{{person.name}} in {{person.city.name}}; {{person.nope.name}}{{#person.city}}[{{name}}]{{/person.city}}", "Ann in Oslo; [Oslo]"),
        ("a dotted name does not climb out", "{{#person}}{{city.title}}{{/person}}", ""),
        ("a leading dot stays in the innermost object", "{{#person}}{{.name}}[{{.title}}]{{/person}}", "Ann[]"),
        ("a flag in a list item shadows nothing outside", "{{#items}}{{#flag}}*{{/flag}}{{^flag}}-{{/flag}}{{/items}}", "*--"),
        ("comments render nothing", "a{{! a comment }}b{{!\nspans lines\n}}c", "abc"),
        ("standalone lines go, newline and all", "<ul>\n  {{#words}}\n  <li>{{.}}</li>\n  {{/words}}\n</ul>\n", "<ul>\n  <li>one</li>\n  <li>two</li>\n  <li>three</li>\n</ul>\n"),
        ("a standalone comment and an inverted section", "a\n  {{! note }}\n{{^none}}\nb\n{{/none}}\nc", "a\nb\nc"),
        ("a tag with text beside it is not standalone", "  {{#yes}}x\n  {{/yes}} y\n", "  x\n   y\n"),
        ("two tags on a line are not standalone", "{{#yes}}{{/yes}}\nz", "\nz"),
        ("a standalone last line without a newline", "x\n{{#yes}}\ny\n  {{/yes}}", "x\ny\n"),
        ("carriage return and line feed", "{{#yes}}\r\nA\r\n{{/yes}}\r\nB", "A\r\nB"),
        ("set delimiters", "{{=<% %>=}}<% title %>{{title}}<%={{ }}=%>{{count}}", "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s{{title}}3"),
        ("a standalone set-delimiter line goes", "a\n{{=| |=}}\n|count|\n", "a\n3\n"),
        ("a partial sees the same names", "{{#items}}{{> item}}{{/items}}", "(A&lt;1&gt;)(B &amp; C)(D)"),
        ("a standalone partial is indented line by line, values not inside", "<div>\n  {{> lines}}\n</div>\n", "<div>\n  <p>\n  a\nb\n  </p>\n</div>\n"),
        ("a value with newlines stays as it is", "[{{multi}}]", "[a\nb]"),
        ("functions on text", "{{uppercased(title)}}|{{lowercased(person.name)}}|{{capitalized(phrase)}}|{{reversed(person.name)}}|{{#empty(empty)}}E{{/empty(empty)}}{{^empty(title)}}T{{/empty(title)}}",
         "TOM &amp; &quot;JERRY&quot; &lt;B&gt;&#39;S|ann|Tom And Jerry|nnA|ET"),
        ("functions on numbers", "{{plusone(count)}} {{minusone(count)}} {{#equalzero(zero)}}z{{/equalzero(zero)}}{{#odd(count)}}o{{/odd(count)}}{{#even(count)}}e{{/even(count)}}",
         "4 2 zo"),
        ("functions on lists", "{{count(words)}} {{#first(items)}}{{name}}{{/first(items)}} {{last(words)}} {{#reversed(words)}}{{.}}{{/reversed(words)}} {{#sorted(words)}}{{.}},{{/sorted(words)}}{{^empty(words)}}!{{/empty(words)}}{{#empty(none)}}?{{/empty(none)}}",
         "3 A&lt;1&gt; three threetwoone one,three,two,!?"),
        ("functions of a list position", "{{#words}}{{plusone(index())}}{{#odd(index())}}o{{/odd(index())}}{{/words}}", "12o3"),
        ("a function the value has not gives nothing", "[{{uppercased(count)}}][{{plusone(title)}}][{{count(title)}}][{{sorted(items)}}][{{uppercased(missing)}}]", "[][][][][]"),
        ("non-ASCII text and values", "Zürich — {{title}} — 日本\n", "Zürich — Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s — 日本\n"),
    ]

    static let partials = ["item": "({{name}})", "lines": "<p>\n{{multi}}\n</p>\n"]

    @Test("Each rule renders its example, as swift-mustache does", arguments: rules.indices)
    func rule(_ i: Int) throws {
        let (name, template, expected) = Self.rules[i]
        let templates = Self.partials.merging(["page": template]) { a, _ in a }
        let ours = try Self.ours(templates, Self.view)
        #expect(ours == expected, "\(name): \(String(describing: ours).debugDescription)")
        #expect(try Self.reference(templates, Self.view) == expected, "swift-mustache: \(name)")
    }

    /// Each bad template: the line of the tag at fault and a words of the message.
    static let errors: [(String, Int, String)] = [
        ("a\n{{#open}}\nb\n", 2, "{{#open}} is never closed"),
        ("a\n{{#a}}\n{{/b}}\n", 3, "{{/b}} closes {{#a}} of line 2"),
        ("x\n\n{{/a}}", 3, "never opened"),
        ("a {{title\nb\n", 1, "a tag is not closed"),
        ("{{! a comment\nthat never ends", 1, "a tag is not closed"),
        ("ok\n{{{html}}\n", 2, "a tag is not closed"),
        ("{{<layout}}{{/layout}}", 1, "inheritance"),
        ("{{$block}}x{{/block}}", 1, "inheritance"),
        ("{{%PRAGMA}}", 1, "pragmas"),
        ("a\nb {{shout(title)}}", 2, "no function shout(…)"),
        ("{{uppercased(title}}", 1, "unbalanced brackets"),
        ("{{uppercased()}}", 1, "needs a name"),
        ("{{index(items)}}", 1, "takes no name"),
        ("{{uppercased(a b)}}", 1, "a name may hold only"),
        ("{{}}", 1, "without a name"),
        ("<h1>{{title}}</h1>\n<p>{{title}</p>\n{{/x}}\n", 2, "a tag is not closed on its line"),
        ("{{a b}}", 1, "a name may hold only"),
        ("{{=<% %>}}", 1, "set-delimiter"),
        ("{{= a b c =}}", 1, "set-delimiter"),
        ("{{=<% #%>=}}<%#%>", 1, "without a name"),
    ]

    @Test("A bad template is refused with the line of the tag at fault", arguments: errors.indices)
    func refused(_ i: Int) {
        let (template, line, words) = Self.errors[i]
        do {
            _ = try TemplateParser.parse(template)
            Issue.record("\(template.debugDescription) must be refused")
        } catch {
            #expect(error.line == line, "\(template.debugDescription): \(error)")
            #expect(error.message.contains(words) || error.excerpt.contains(words), "\(template.debugDescription): \(error)")
            // The tag as written, or its line from where it opens: never empty, never more than one line.
            #expect(!error.excerpt.isEmpty && !error.excerpt.contains("\n"), "\(template.debugDescription): \(error)")
        }
    }

    @Test("Any text of tag characters either parses and renders or is refused with a line in it: never a crash")
    func anyText() {
        // Texts made of the characters that matter to the parser, from a fixed seed (SplitMix64).
        let alphabet = Array("{{}}#^/!>&=<%$()._ ab\n\r\t{}=".utf8)
        var random = SplitMix(seed: 0x2545_F491_4F6C_DD1D)
        func next() -> UInt64 { random.next() }
        var parsed = 0
        for _ in 0..<20_000 {
            let length = Int(next() % 24)
            let text = String(decoding: (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }, as: UTF8.self)
            do {
                let nodes = try TemplateParser.parse(text)
                parsed += 1
                let renderer = TemplateRenderer(templates: ["page": nodes, "a": nodes, "a.b": nodes])
                _ = renderer.render(Self.view, template: "page")
            } catch {
                let lines = text.utf8.filter { $0 == 0x0A }.count + 1
                #expect((1...lines).contains(error.line), "\(text.debugDescription): \(error)")
            }
        }
        #expect(parsed > 1_000)
    }

    /// On random texts of tags, names and text that both engines accept, they render the same, but for
    /// one difference on purpose: swift-mustache drops a last line of only spaces or tabs, which the spec
    /// (and dossier) keeps. (Where they differ in accepting: dossier refuses an unclosed `{{` at the end,
    /// swift-mustache refuses a text that ends with a lone `{`.)
    @Test("Random templates render as swift-mustache renders them")
    func randomAgainstReference() throws {
        let alphabet = Array("{{}}{{}}#^/!>&=.  ab\nyes words items name".utf8)
        var random = SplitMix(seed: 7)
        func next() -> UInt64 { random.next() }
        func trimmed(_ s: String) -> String {
            var s = s
            while s.hasSuffix(" ") || s.hasSuffix("\t") { s.removeLast() }
            return s
        }
        var compared = 0
        for _ in 0..<10_000 {
            let length = Int(next() % 30)
            let text = String(decoding: (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }, as: UTF8.self)
            guard let ours = try? Self.ours(["page": text, "a": "[A]"], Self.view),
                  let theirs = try? Self.reference(["page": text, "a": "[A]"], Self.view) else { continue }
            compared += 1
            #expect(trimmed(ours) == trimmed(theirs), "\(text.debugDescription)")
        }
        #expect(compared > 7_000)
    }

    @Test("A partial that includes itself: refused when nothing can end it, cut off where data cannot")
    func recursivePartials() throws {
        let f = try Fixture().withProjectTemplates()
        try f.write("Templates/partials/a.mustache", "<a>{{> partials/b}}</a>")
        try f.write("Templates/partials/b.mustache", "x\n{{> partials/a}}\n")
        try f.write("Templates/partials/self.mustache", "{{> partials/self}}")
        do {
            _ = try TemplateSet.load(from: f.url("Templates"), displayName: "Templates")
            Issue.record("a loop of partials must be refused")
        } catch let failure as BuildFailure {
            let loops = failure.errors.filter { $0.message.contains("includes itself") }
            #expect(loops.count == 2, "\(failure.errors)")
            #expect(loops.contains { $0.file == "Templates/partials/a.mustache" && $0.line == 1 && $0.message.contains("partials/a → partials/b → partials/a") })
            #expect(loops.contains { $0.file == "Templates/partials/self.mustache" && $0.line == 1 })
        }
        // Inside a section the loop may end with the data (a tree), and is rendered; one whose section is
        // always true stops at the depth limit instead of exhausting the stack.
        let tree = Fields(["name": "root", "children": [Fields(["name": "leaf", "children": [Fields]()])].references])
        let templates = ["page": "{{> node}}", "node": "{{name}}({{#children}}{{> node}}{{/children}})", "forever": "[{{#yes}}{{> forever}}{{/yes}}]"]
        #expect(try Self.ours(templates, tree) == "root(leaf())")
        #expect(try Self.reference(templates, tree) == "root(leaf())")
        let forever = try #require(try Self.ours(templates, Fields(["yes": true]), template: "forever"))
        #expect(forever.hasPrefix("[[[") && forever.hasSuffix("]]]") && forever.count == 2 * (TemplateRenderer.deepest + 1))
    }

    @Test("Every page of the seed dossier renders as swift-mustache renders it, body and layout")
    func seedPages() throws {
        let root = Project.root
        var options = BuildOptions(seeds: root.path + "/seeds", templates: root.path + "/Templates", output: root.path + "/Site")
        options.cacheFolder = nil
        let dossier = try DossierBuild.model(options)
        let templates = try TemplateSet.load(from: root.appendingPathComponent("Templates"), displayName: "Templates")
        let renderer = SiteRenderer(templates: templates)
        let index = EntityIndex(dossier)
        let paging = TimelinePaging(dossier, threshold: renderer.timelineThreshold)
        let pages = renderer.pages(for: dossier, index: index, paging: paging) + EntityPages.pages(for: dossier, index: index, paging: paging)
        var texts: [String: String] = [:]
        let folder = root.appendingPathComponent("Templates")
        for relative in try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() where relative.hasSuffix(".mustache") {
            texts[String(relative.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
        }
        var library = MustacheLibrary()
        for (name, text) in texts { library.register(try MustacheTemplate(string: text), named: name) }
        #expect(pages.count > 40)
        var kinds = Set<String>()
        for page in pages {
            let view = page.makeView(SiteRenderer.root(for: page.path)).prepared()
            let body = templates.render(view, template: page.template)
            #expect(body == library.render(Bridge(view), withTemplate: page.template), "\(page.path)")
            let layout = LayoutView(pageTitle: page.title, siteTitle: "S & T", root: SiteRenderer.root(for: page.path), kind: page.kind,
                                    bodyHTML: body, nav: [NavItem(label: "Home", href: "index.html", current: page.path == "index.html")],
                                    sourceCount: dossier.articles.count, scripts: page.scripts)
            #expect(templates.render(layout, template: "layout") == library.render(Bridge(layout), withTemplate: "layout"), "\(page.path)")
            kinds.insert(page.template)
        }
        #expect(kinds.isSuperset(of: ["index", "source", "entity", "entities", "timeline", "graph", "annotations", "search", "review"]), "\(kinds.sorted())")
    }
}

/// Numbers from a fixed seed (SplitMix64), so that a failure is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
