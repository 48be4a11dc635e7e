import Foundation
import Markdown
import Testing
@testable import DossierKit

/// `{{…}}` escaping through the project's content type: the same entities as swift-mustache's own HTML
/// escaping, for every kind of text.
@Suite("Template escaping")
struct TemplateEscapeTests {
    @Test("The five characters become the entities swift-mustache writes; everything else is kept", arguments: [
        ("plain text", "plain text"),
        ("", ""),
        ("Tom & Jerry <b>", "Tom &amp; Jerry &lt;b&gt;"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("Zürich — “Straße” <日本>", "Zürich — “Straße” &lt;日本&gt;"),
        ("e\u{301}<", "e\u{301}&lt;"),
        ("&amp;", "&amp;amp;"),
    ])
    func escapes(_ input: String, _ expected: String) {
        #expect(EscapeContentType().escapeText(input) == expected)
        #expect(HTMLEscape.escape(input, quotes: false) == expected.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'"))
    }

    @Test("Templates escape with it, and a syntax error still names the author's line")
    func templatesUseIt() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle]).withProjectTemplates()
        try f.write("seeds/b.txt", "Tom & \"Jerry\" <script>x</script>\n\nA paragraph about 'quotes'.\n")
        try DossierBuild.build(f.options())
        let page = try f.read("Site/sources/b.html")
        #expect(page.contains("<title>Tom &amp; &quot;Jerry&quot; &lt;script&gt;x&lt;/script&gt;"))
        #expect(!page.contains("<script>x"))
        try f.write("Templates/search.mustache", "<p>ok</p>\n<p>{{#a}}{{/b}}</p>\n<p>end</p>\n")
        do {
            _ = try TemplateSet.load(from: f.url("Templates"), displayName: "Templates")
            Issue.record("an unclosed section must fail")
        } catch let failure as BuildFailure {
            #expect(failure.errors.contains { $0.file == "Templates/search.mustache" && $0.line == 2 }, "\(failure.errors)")
        }
    }
}
