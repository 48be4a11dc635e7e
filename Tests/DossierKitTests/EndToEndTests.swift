import Foundation
import Testing
@testable import DossierKit

@Suite("Whole builds")
struct EndToEndTests {
    @Test("A fixture seeds folder becomes an index and a page per source")
    func buildsFixture() throws {
        let f = try Fixture([
            "seeds/dossier.yml": "title: Port deal\ndescription: Reports on the *port* deal.\nsources:\n  a.txt:\n    published: 2021-03-04\n    outlet: The Courier\n    url: https://example.com/a\n",
            "seeds/a.txt": seedArticle,
            "seeds/wire/b.md": "---\ntitle: Second report\nauthor: J. Doe\n---\n\nBody with **bold** text.\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let files = try f.tree("Site").keys.sorted()
        for page in ["index.html", "sources/a.html", "sources/wire-b.html", "entities/index.html", "review.html",
                     "timeline.html", "data/dossier.json", "data/timeline.json", "assets/style.css", "assets/timeline.js"] {
            #expect(files.contains(page), "\(page)")
        }
        let index = try f.read("Site/index.html")
        #expect(index.contains("<h1>Port deal</h1>"))
        #expect(index.contains("<em>port</em>"))
        #expect(index.contains("href=\"sources/a.html\">Minister Resigns Over Port Deal</a>"))
        #expect(index.contains("<time datetime=\"2021-03-04\">4 March 2021</time>"))
        #expect(index.contains("The Courier"))
        // Dated sources first.
        let a = try #require(index.range(of: "sources/a.html")), b = try #require(index.range(of: "sources/wire-b.html"))
        #expect(a.lowerBound < b.lowerBound)

        let page = try f.read("Site/sources/a.html")
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        #expect(page.contains("id=\"p1\""))
        #expect(page.contains("href=\"#p2\""))
        #expect(page.contains("A second paragraph with *stars* and &lt;b&gt;tags&lt;/b&gt;."))
        #expect(page.contains("href=\"https://example.com/a\""))
        let md = try f.read("Site/sources/wire-b.html")
        #expect(md.contains("<strong>bold</strong>"))
        #expect(md.contains("J. Doe"))
    }

    @Test("An article containing a script tag shows it literally")
    func scriptIsText() throws {
        let f = try Fixture([
            "seeds/x.txt": "Headline <script>alert(1)</script>\n\nBody <script>alert(1)</script> & more.\n",
            "seeds/y.md": "# Title\n\n<script>alert(2)</script>\n\nText <img src=x onerror=alert(3)>\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let page = try f.read("Site/sources/x.html")
        #expect(!page.contains("<script>"))
        #expect(page.contains("Body &lt;script&gt;alert(1)&lt;/script&gt; &amp; more."))
        #expect(page.contains("Headline &lt;script&gt;alert(1)&lt;/script&gt;"))
        let md = try f.read("Site/sources/y.html")
        #expect(!md.contains("<script>"))
        #expect(!md.contains("onerror"))
    }

    @Test("Two builds give identical bytes")
    func deterministic() throws {
        let f = try Fixture([
            "seeds/b.txt": seedArticle, "seeds/a.txt": seedArticle, "seeds/A.md": "# Same slug base\n\nText.\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options(output: "one"))
        try DossierBuild.build(f.options(output: "two"))
        #expect(try f.tree("one") == f.tree("two"))
        // "A.md" and "a.txt" both want the slug "a": the clash is settled by path order, the same every run.
        #expect(f.exists("one/sources/a.html") && f.exists("one/sources/a-2.html"))
        #expect(try f.read("one/sources/a.html").contains("Same slug base"))
    }

    @Test("The committed Site/ equals a fresh build of seeds/")
    func committedSiteIsFresh() throws {
        let root = Project.root
        let fresh = try DossierBuild.render(BuildOptions(seeds: "seeds", templates: "Templates", output: "Site", relativeTo: root))
        let committed = try Project.tree(root.appendingPathComponent("Site"))
        let built = Dictionary(uniqueKeysWithValues: fresh.map { ($0.path, $0.bytes) })
        let missing = Set(built.keys).subtracting(committed.keys).sorted()
        let extra = Set(committed.keys).subtracting(built.keys).sorted()
        let changed = built.keys.filter { committed[$0] != nil && committed[$0] != built[$0] }.sorted()
        #expect(missing.isEmpty && extra.isEmpty && changed.isEmpty,
                "Site/ is not a fresh build (run `make site` and commit Site/): missing \(missing), extra \(extra), changed \(changed)")
    }

    @Test("The seed articles read cleanly: caption as a caption, furniture listed as removed")
    func seedsReadCleanly() throws {
        let dossier = try DossierBuild.model(BuildOptions(seeds: "seeds", templates: "Templates", output: "Site", relativeTo: Project.root))
        #expect(dossier.articles.count == 2)
        let a = try #require(dossier.articles.first { $0.file.hasPrefix("000_") })
        let b = try #require(dossier.articles.first { $0.file.hasPrefix("001_") })
        #expect(a.title == "Iranian General Visits Russia Again, in Violation of UN Travel Ban")
        #expect(a.removed.map(\.kind) == [.credit])
        #expect(a.paragraphs.allSatisfy { !$0.text.contains("[Photo:") })
        #expect(b.captions.count == 1)
        #expect(b.captions.first?.credit == "Office of the Iranian Supreme Leader via AP")
        #expect(b.paragraphs.first?.text.hasPrefix("Major General Qassem Soleimani") == true)
        #expect(b.removed.contains { $0.kind == .boilerplate && $0.text.contains("commenting") })
        #expect(b.paragraphs.allSatisfy { !$0.text.contains("commenting") })
    }
}
