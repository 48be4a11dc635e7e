import Foundation
import Testing
@testable import DossierKit

@Suite("Entity pages and exports")
struct EntityPageTests {
    let files = [
        "seeds/dossier.yml": """
            title: T
            entities:
              - name: Rafael Ortega
                kind: person
                note: notes/ortega.md
            """,
        "seeds/notes/ortega.md": "Commander of the *brigade*.\n",
        "seeds/a.txt": "Ortega Visits Lisbon\n\nGen. Rafael Ortega arrived in Lisbon on Tuesday with the Harbour Authority.\n\nOrtega said the Harbour Authority agreed.\n",
        "seeds/b.md": "# Second\n\nRafael Ortega met `Lisbon` officials and [Lisbon](https://example.com) guests in Lisbon.\n",
    ]

    @Test("Entity pages, inline links, the index, the review page and the JSON export")
    func pages() throws {
        let f = try Fixture(files).withProjectTemplates()
        try DossierBuild.build(f.options())
        // The note file is a note, not an article.
        #expect(!f.exists("Site/sources/notes-ortega.html"))
        let page = try f.read("Site/entities/rafael-ortega.html")
        #expect(page.contains("<h1 id=\"title\">Rafael Ortega</h1>"))
        #expect(page.contains("Commander of the <em>brigade</em>."))
        #expect(page.contains("<mark>Rafael Ortega</mark> arrived in Lisbon on Tuesday"))
        #expect(page.contains("href=\"../sources/a.html#p1\""))
        #expect(page.contains("href=\"../sources/a.html#title\""))
        #expect(page.contains("Gen."))  // the role
        #expect(page.contains("href=\"../entities/lisbon.html\""))  // named in the same sentence

        let source = try f.read("Site/sources/a.html")
        #expect(source.contains("<a href=\"../entities/rafael-ortega.html\" class=\"entity kind-person\" title=\"Rafael Ortega (person)\">Rafael Ortega</a>"))
        #expect(source.contains("<h1 id=\"title\"><a href=\"../entities/rafael-ortega.html\""))
        // Markdown: no link inside a code span or inside an existing link.
        let md = try f.read("Site/sources/b.html")
        #expect(md.contains("<code>Lisbon</code>"))
        #expect(md.contains("<a href=\"https://example.com\">Lisbon</a>"))
        #expect(md.contains("guests in <a href=\"../entities/lisbon.html\""))

        let index = try f.read("Site/entities/index.html")
        #expect(index.contains("href=\"../entities/harbour-authority.html\""))
        #expect(try f.read("Site/index.html").contains("Most mentioned"))

        // JSON: offsets are UTF-8 bytes into the paragraph text.
        let data = try Data(contentsOf: f.url("Site/data/dossier.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["title"] as? String == "T")
        let sources = try #require(json["sources"] as? [[String: Any]])
        var texts: [String: String] = [:]
        for s in sources {
            for p in s["paragraphs"] as? [[String: Any]] ?? [] { texts["\(s["id"]!)#\(p["id"]!)"] = p["text"] as? String }
            texts["\(s["id"]!)#title"] = s["title"] as? String
        }
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(!entities.isEmpty)
        for e in entities {
            for m in e["mentions"] as? [[String: Any]] ?? [] {
                let text = try #require(texts["\(m["source"]!)#\(m["paragraph"]!)"])
                let bytes = Array(text.utf8)
                let start = m["start"] as! Int, end = m["end"] as! Int
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == m["text"] as? String)
            }
        }
    }

    @Test("Ambiguous short forms are listed on the review page")
    func review() throws {
        let f = try Fixture([
            "seeds/a.txt": "Headline\n\nAnna Berg and Lars Berg spoke.\n\nLater, Berg said nothing.\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let review = try f.read("Site/review.html")
        #expect(review.contains("Ambiguous short forms"))
        #expect(review.contains("<td>Berg</td><td>Anna Berg · Lars Berg</td>"))
    }

    @Test("A missing note file is an error naming dossier.yml and the line")
    func missingNote() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/dossier.yml": "entities:\n  - name: X\n    note: notes/x.md\n"]).withProjectTemplates()
        #expect(buildErrors(f.options()) == ["seeds/dossier.yml:2: error: note file 'notes/x.md' for 'X' not found in seeds"])
        let g = try Fixture(["seeds/a.txt": seedArticle, "seeds/dossier.yml": "entities:\n  - name: X\n    note: ../secret.md\n"]).withProjectTemplates()
        #expect(buildErrors(g.options()).first?.contains("seeds/dossier.yml:3: error: note path '../secret.md' must be a relative path inside the seeds folder") == true)
    }

    @Test("An entity named like a page of the site cannot overwrite it")
    func reservedSlug() throws {
        let f = try Fixture(["seeds/a.txt": "Headline\n\nThe Index Committee met. Index said no.\n",
                             "seeds/dossier.yml": "entities:\n  - name: Index\n    kind: organization\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        #expect(try f.read("Site/entities/index.html").contains("<h1>Entities</h1>"))
        #expect(f.exists("Site/entities/index-2.html"))
    }

    @Test("dossier entities prints the table and JSON")
    func command() throws {
        let f = try Fixture(files)
        let dossier = try DossierBuild.model(f.options())
        let table = EntityReport.table(dossier)
        #expect(table.hasPrefix("NAME"))
        #expect(table.contains("Rafael Ortega"))
        #expect(table.contains("set in dossier.yml"))
        let json = try JSONSerialization.jsonObject(with: Data(EntityReport.json(dossier).utf8)) as? [[String: Any]]
        let ortega = try #require(json?.first { $0["name"] as? String == "Rafael Ortega" })
        #expect((ortega["forms"] as? [[String: Any]])?.isEmpty == false)
        // Most mentioned first, each with the forms merged into it and their counts.
        let counts = json?.compactMap { $0["mentions"] as? Int } ?? []
        #expect(counts == counts.sorted(by: >))
        let ranked = EntityReport.ranked(dossier)
        let forms = EntityReport.forms(ranked[0])
        #expect(forms.map(\.count).reduce(0, +) == ranked[0].mentions.count)
        #expect(table.contains("×"))
    }
}
