import Foundation
import Testing
@testable import DossierKit

@Suite("Annotations, quotes, related sources, search, graph")
struct CrossLinkTests {
    let article = """
        Talks In Oslo

        Anna Berg met Lars Dahl in Oslo. Berg said the talks in Oslo went well.

        “We have a deal,” said Anna Berg. “It will hold for years,” she added. Dahl said: “Not so fast, it isn't signed.”

        The Harbour Authority said it would not comment, according to the Oslo Post.
        """

    func build(_ yml: String, extra: [String: String] = [:]) throws -> (Fixture, [String]) {
        var files = ["seeds/a.txt": article, "seeds/dossier.yml": yml]
        for (k, v) in extra { files[k] = v }
        let f = try Fixture(files).withProjectTemplates()
        return (f, buildErrors(f.options()))
    }

    @Test("An annotation anchors to its exact words, chosen by prefix among repeats, and shows as mark and note")
    func anchoring() throws {
        let (f, errors) = try build("""
            annotations:
              - source: a.txt
                quote: "talks in Oslo"
                prefix: "said the "
                note: "Only *one* source says so."
                tags: [claim]
              - source: a.txt
                quote: "it isn't signed"
                note: Straight and curly apostrophes match.
            """)
        #expect(errors.isEmpty, "\(errors)")
        let page = try f.read("Site/sources/a.html")
        #expect(page.contains("<mark id=\"a1\" class=\"annotation\" title=\"Only *one* source says so.\">talks in <a href=\"../entities/oslo.html\""))
        #expect(page.contains("<a class=\"note-ref\" href=\"#note-a1\"><sup>1</sup></a>"))
        #expect(page.contains("id=\"note-a1\""))
        #expect(page.contains("Only <em>one</em> source says so."))
        let list = try f.read("Site/annotations.html")
        #expect(list.contains("Straight and curly apostrophes match."))
        #expect(try f.read("Site/entities/oslo.html").contains("Only <em>one</em> source says so."))
        let ld = try JSONSerialization.jsonObject(with: Data(contentsOf: f.url("Site/data/annotations.jsonld"))) as? [String: Any]
        let items = try #require((ld?["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let selector = try #require((items[0]["target"] as? [String: Any])?["selector"] as? [String: Any])
        #expect(selector["type"] as? String == "TextQuoteSelector")
        #expect(selector["exact"] as? String == "talks in Oslo")
        #expect((selector["prefix"] as? String)?.hasSuffix("said the ") == true)
    }

    @Test("A quote found nowhere, or in several places, is an error with its line")
    func anchoringErrors() throws {
        let (_, missing) = try build("annotations:\n  - source: a.txt\n    quote: not in the text\n    note: n\n")
        #expect(missing == ["seeds/dossier.yml:2: error: annotation: the quote “not in the text” is not in a.txt"])
        let (_, twice) = try build("annotations:\n  - source: a.txt\n    quote: in Oslo\n    note: n\n")
        #expect(twice == ["seeds/dossier.yml:2: error: annotation: the quote “in Oslo” is in a.txt 2 times; add prefix: or suffix: to say which"])
        let (_, wrongPrefix) = try build("annotations:\n  - source: a.txt\n    quote: talks in Oslo\n    prefix: nobody\n    note: n\n")
        #expect(wrongPrefix.first?.contains("but not with that prefix/suffix") == true)
        let (_, noSource) = try build("annotations:\n  - source: zz.txt\n    quote: x\n    note: n\n")
        #expect(noSource == ["seeds/dossier.yml:2: error: annotation: no source file 'zz.txt'"])
        let (_, noNote) = try build("annotations:\n  - source: a.txt\n    quote: x\n")
        #expect(noNote.first?.contains("seeds/dossier.yml:2: error: an annotation needs note:") == true)
    }

    /// Where quotations are, as (inner text, word count): curly pairs, straight pairs, a curly opener that a
    /// straight mark closes, and an opener never closed.
    @Test("Quotation marks: curly pairs, straight pairs, one never closed", arguments: [
        ("He said “we will stay” and left.", [("we will stay", 3)]),
        ("\"Yes,\" she said. \"No.\"", [("Yes,", 1), ("No.", 1)]),
        ("“Mixed marks\" end there.", [("Mixed marks", 2)]),
        ("An “open mark never closes.", []),
        ("Héllo “ünïcode wörds” ok “two”", [("ünïcode wörds", 2), ("two", 1)]),
    ])
    func quotationSpans(text: String, expected: [(String, Int)]) {
        let spans = QuoteStage.quotations(in: text)
        let bytes = Array(text.utf8)
        #expect(spans.map { String(decoding: bytes[$0.innerStart..<$0.innerEnd], as: UTF8.self) } == expected.map(\.0))
        #expect(spans.map(\.wordCount) == expected.map(\.1))
    }

    @Test("Quotations go to their speakers: “…,” said X; X said: “…”; a pronoun; according to")
    func quotes() throws {
        let (f, errors) = try build("title: T\n")
        #expect(errors.isEmpty)
        let dossier = try DossierBuild.model(f.options())
        let byName = Dictionary(grouping: dossier.quotes) { dossier.entities[$0.entity].name }
        #expect(byName["Anna Berg"]?.map(\.text) == ["We have a deal,", "It will hold for years,"])
        #expect(byName["Lars Dahl"]?.map(\.text) == ["Not so fast, it isn't signed."])
        let page = try f.read("Site/entities/anna-berg.html")
        #expect(page.contains("Quoted"))
        #expect(page.contains("“We have a deal,”"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: f.url("Site/data/dossier.json"))) as? [String: Any]
        let quotes = try #require(json?["quotes"] as? [[String: Any]])
        #expect(quotes.contains { $0["entity"] as? String == "lars-dahl" && $0["paragraph"] as? String == "p2" })
    }

    @Test("Related sources are ranked by shared entities, rare ones weighing more")
    func related() throws {
        let f = try Fixture([
            "seeds/a.txt": "A\n\nAnna Berg met Lars Dahl in Oslo and Paris.\n",
            "seeds/b.txt": "B\n\nAnna Berg and Lars Dahl spoke.\n",
            "seeds/c.txt": "C\n\nOslo and Paris were busy.\n",
            "seeds/d.txt": "D\n\nParis was quiet; Oslo too.\n",
        ]).withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        let a = try #require(dossier.articles.firstIndex { $0.file == "a.txt" })
        let first = try #require(dossier.related[a].first)
        // b shares two people found only in a and b; c and d share two places found in three sources.
        #expect(dossier.articles[first.article].file == "b.txt")
        #expect(Set(first.shared.map { dossier.entities[$0].name }) == ["Anna Berg", "Lars Dahl"])
        try DossierBuild.build(f.options())
        #expect(try f.read("Site/sources/a.html").contains("Related sources"))
    }

    @Test("Related sources are, for every article, what the plain definition gives: each score summed from nothing")
    func relatedByDefinition() throws {
        // Enough articles that each run of the computation scores several in one table, which must start
        // empty for each of them.
        var files = ["seeds/dossier.yml": "title: Related\n"]
        for (path, text) in GeneratedCorpus.files(generated: 140, withProjectCorpora: false) { files["seeds/" + path] = text }
        let f = try Fixture(files)
        let dossier = try DossierBuild.model(f.options())
        let n = dossier.articles.count
        #expect(n > RelatedSources.runCount * 3)
        let sourcesOf = dossier.entities.map { Set($0.mentions.map(\.location.article)).sorted() }
        var byArticle = [[Int]](repeating: [], count: n)
        for (e, list) in sourcesOf.enumerated() { for a in list { byArticle[a].append(e) } }
        let idf = sourcesOf.map { log(1 + Double(n) / Double(max($0.count, 1))) }
        var nonEmpty = 0
        for a in 0..<n {
            var score: [Int: Double] = [:]
            for e in byArticle[a] where sourcesOf[e].count <= RelatedSources.commonCap {
                for b in sourcesOf[e] where b != a { score[b, default: 0] += idf[e] }
            }
            let expected = score.map { (b: $0.key, rank: RelatedSources.rounded($0.value)) }
                .sorted { $0.rank != $1.rank ? $0.rank > $1.rank : $0.b < $1.b }.prefix(RelatedSources.limit).map(\.b)
            #expect(dossier.related[a].map(\.article) == expected, "article \(a)")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > n / 2)
    }

    @Test("The search index: entities with aliases, words to sources, sentences in shards, safe inside a script")
    func search() throws {
        let f = try Fixture([
            "seeds/a.txt": "Headline\n\nThe U.N. and the United Nations met Anna Berg. </script><script>alert(1)</script>\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let index = try f.read("Site/search/index.js")
        #expect(index.hasPrefix("window.DOSSIER_INDEX={"))
        #expect(index.contains("[\"United Nations\",\"united-nations\",\"organization\",[\"U.N.\"]"))
        #expect(index.contains("[\"berg\",\"1\"]"))
        let shard = try f.read("Site/search/s0.js")
        #expect(shard.hasPrefix("dossierShard(0,"))
        #expect(!shard.contains("</script>"))
        #expect(shard.contains("\\u003c/script\\u003e"))
        let page = try f.read("Site/search.html")
        #expect(page.contains("<script src=\"search/index.js\" defer></script>"))
        #expect(page.contains("id=\"search-page\""))
        #expect(try f.read("Site/index.html").contains("<form class=\"site-search\" role=\"search\" action=\"search.html\" data-root=\"\">"))
    }

    @Test("The graph: every node links to its entity page, the most connected in the middle")
    func graph() throws {
        let (f, _) = try build("title: T\n")
        let page = try f.read("Site/graph.html")
        #expect(page.contains("<svg class=\"graph\""))
        #expect(page.contains("href=\"entities/anna-berg.html\" class=\"node kind-person"))
        #expect(page.contains("Showing "))
        #expect(try f.read("Site/entities/anna-berg.html").contains("<svg class=\"graph ego\""))
    }

    @Test("entities.csv quotes fields and defuses spreadsheet formulas")
    func csv() throws {
        let f = try Fixture([
            "seeds/a.txt": "Headline\n\nThe Smith, Jones and Co. firm met Anna Berg.\n",
            "seeds/dossier.yml": "entities:\n  - name: \"=HYPERLINK(1)\"\n    kind: other\n    aliases: [Anna Berg]\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let csv = try f.read("Site/data/entities.csv")
        #expect(csv.hasPrefix("id,name,kind,aliases,mentions,sources\r\n"))
        #expect(csv.contains(",'=HYPERLINK(1),other,"))
    }
}
