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
        #expect(LayoutFrames.escape(input) == expected)
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

/// JSON strings in the data exports: valid JSON that a browser may also read inside a script element.
@Suite("JSON strings")
struct JSONQuoteTests {
    @Test("Quotes, backslashes, controls, markup and line separators are escaped; all else is kept", arguments: [
        ("plain", "\"plain\""),
        ("", "\"\""),
        ("say \"hi\" \\ now", "\"say \\\"hi\\\" \\\\ now\""),
        ("a\nb\tc\r", "\"a\\nb\\tc\\r\""),
        ("\u{1}\u{1f}", "\"\\u0001\\u001f\""),
        ("</script><b>&", "\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\""),
        ("line\u{2028}para\u{2029}end", "\"line\\u2028para\\u2029end\""),
        ("Zürich — 日本 🙂 \u{2027}", "\"Zürich — 日本 🙂 \u{2027}\""),
    ])
    func quotes(_ input: String, _ expected: String) throws {
        var out = ""
        JSON.quote(input, into: &out)
        #expect(out == expected)
        let decoded = try JSONDecoder().decode(String.self, from: Data(out.utf8))
        #expect(decoded == input)
    }
}

/// The search index's words, read a scalar at a time, are the words the whole-text fold gives.
@Suite("Search words")
struct SearchWordTests {
    /// The definition: fold the whole text, lower-case it, split at anything but ASCII letters and digits.
    func reference(_ text: String) -> [String] {
        Slug.asciiFolded(text).lowercased()
            .split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
            .map(String.init)
            .filter { $0.count >= 2 || $0.allSatisfy(\.isNumber) }
    }

    @Test("Folded, lower-cased and split like the whole-text definition", arguments: [
        "Plain ASCII words, a b 7 and 1996.",
        "“Curly” quotes — dashes… and ‘apostrophes’ don't join words",
        "Zürich, Ærøskøbing, Łódź, straße, İstanbul, Œuvre, Þingvellir, ı",
        "Café de Flore, naïve, résumé, e\u{301}le\u{300}ve",
        "Москва 北京 2019年 مصر",
        "The K (Kelvin) and Å (Ångström) signs",
        "Four-byte scalars: 🙂 smiles, 𝔄𝔟𝔠 letters, 𠜎 and ﬁne ligatures",
        "",
    ])
    func words(_ text: String) {
        #expect(SearchWords.words(text) == reference(text))
    }

    @Test("An article's search words are its blocks' distinct words, each once, in the order they first appear")
    func articleWords() throws {
        let text = "Café Talks Resume\n\nThe talks in Zürich resumed on 4 May; the TALKS ended.\n\nA café, a 7 and talks again.\n"
        let article = try #require(ArticleParser(display: { $0 }).parse(SourceFile(path: "a.txt", bytes: Data(text.utf8)), settings: nil, fallback: nil).article)
        var expected: [String] = []
        for (_, block) in EntityStage.blocks(of: article) {
            for word in SearchWords.words(block) where !expected.contains(word) { expected.append(word) }
        }
        var cut: [String] = []
        try #require(article.searchWords).forEach { cut.append(String(decoding: $0, as: UTF8.self)) }
        #expect(cut == expected)
        #expect(Array(cut.prefix(4)) == ["cafe", "talks", "resume", "the"])
        #expect(SearchWords(article).bytes == article.searchWords?.bytes)
    }

    @Test("The search index is the same from the words cut at parse time as from the text")
    func indexFromParsedWords() throws {
        let dossier = try DossierResolver.resolve(
            [("a.txt", "Talks Resume\n\nTalks in Geneva resumed with Maria Lopez.\n"), ("b.txt", "Geneva Notes\n\nLopez left Geneva on Monday.\n")].map {
                try #require(ArticleParser(display: { $0 }).parse(SourceFile(path: $0.0, bytes: Data($0.1.utf8)), settings: nil, fallback: nil).article)
            }, config: DossierConfig(), warnings: [])
        var cut = dossier
        for i in cut.articles.indices { cut.articles[i].searchWords = nil }
        let paging = TimelinePaging(dossier)
        let parsed = SearchIndex.files(dossier, paging: paging), fresh = SearchIndex.files(cut, paging: paging)
        #expect(parsed.map(\.path) == fresh.map(\.path))
        #expect(parsed.map(\.bytes) == fresh.map(\.bytes))
        #expect(String(decoding: parsed[0].bytes, as: UTF8.self).contains("[\"geneva\",\"1,1\"]"))
    }

    @Test("The words' table gives every word its sources, in order and once each, as a dictionary of strings does")
    func termPostings() {
        // 60 sources over 9,000 words (the table grows from 4,096 slots several times), some repeated.
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        let vocabulary = (0..<9_000).map { "w\(String($0 * 7_919, radix: 36))" } + ["a", "7", "the", "x1", "zürich", "Éclair"]
        let texts = (0..<60).map { _ in (0..<400).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ") }
        var table = TermPostings()
        var reference: [String: [Int32]] = [:]
        for (n, text) in texts.enumerated() {
            SearchWords.each(text) { table.post($0, source: n) }
            for w in SearchWords.words(text) where reference[w]?.last != Int32(n) { reference[w, default: []].append(Int32(n)) }
        }
        let sorted = table.sorted()
        #expect(sorted.map(\.word) == reference.keys.sorted())
        #expect(sorted.allSatisfy { reference[$0.word] == $0.sources })
        #expect(table.count == reference.count && table.count > 5_000)
    }

    @Test("Posting gaps in base 36 are the digits the search script parses", arguments: [0, 1, 9, 10, 35, 36, 37, 1295, 1296, 46_655, 46_656, 1_000_000])
    func base36(_ value: Int) {
        var out: [UInt8] = Array("x,".utf8)
        SearchIndex.base36(value, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x," + String(value, radix: 36))
    }
}

@Suite("Letter tests")
struct ScalarClassTests {
    @Test("The ASCII shortcut answers as the Unicode tables do, for every ASCII and many other scalars")
    func sameAnswers() {
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + "ªºÀàßÆæĲĳΣσςДдİı日ǅ".unicodeScalars
        for s in scalars {
            #expect(s.isAlphabeticFast == s.properties.isAlphabetic, "\(s)")
            #expect(s.isUppercaseFast == s.properties.isUppercase, "\(s)")
            #expect(s.isLowercaseFast == s.properties.isLowercase, "\(s)")
        }
    }
}

@Suite("Streamed JSON")
struct JSONObjectStreamTests {
    @Test("Numbers are written as Swift prints them, the extremes too")
    func numbers() {
        for n in [0, 7, -7, 10, 1_000_000, Int.max, Int.min] {
            #expect(JSON.int(n).render(pretty: false) == String(n))
        }
        #expect(JSON.array([.int(-1), .bool(true), .bool(false), .null]).render(pretty: false) == "[-1,true,false,null]")
    }

    @Test("An object streamed a record at a time is the bytes of the same tree rendered whole")
    func sameBytes() {
        let records: [JSON] = [
            .object([("id", .string("a")), ("list", .array([.int(1), .object([("deep", .array([.null]))])]))]),
            .object([]), .array([]), .string("x<y"),
        ]
        var stream = JSONObjectStream()
        stream.field("title", .string("T"))
        stream.field("description", .null)
        stream.array("records", count: records.count) { records[$0] }
        stream.array("empty", count: 0) { _ in .null }
        let tree = JSON.object([("title", .string("T")), ("description", .null), ("records", .array(records)), ("empty", .array([]))])
        #expect(stream.finish() == tree.renderData())
        var empty = JSONObjectStream()
        #expect(empty.finish() == JSON.object([]).renderData())
        // Flushed every few bytes: the pieces joined are the same text, and no piece is the whole.
        var pieces: [Data] = []
        var flushed = JSONObjectStream()
        flushed.flushAt = 8
        (flushed.window, flushed.run) = (1, 1)
        flushed.flush = { pieces.append($0) }
        flushed.field("title", .string("T"))
        flushed.field("description", .null)
        flushed.array("records", count: records.count) { records[$0] }
        flushed.array("empty", count: 0) { _ in .null }
        let rest = flushed.finish()
        #expect(pieces.count >= records.count - 1)
        #expect(pieces.reduce(Data(), +) + rest == tree.renderData())
        // Made on all cores a window at a time, in runs of every size: the same bytes in the same order.
        let many: [JSON] = (0..<23).map { i in .object([("n", .int(i)), ("s", .string(String(repeating: "é<", count: i)))]) }
        let whole = JSON.object([("many", .array(many))]).renderData()
        for (window, run) in [(1, 1), (3, 2), (5, 5), (7, 3), (64, 4), (512, 64)] {
            var windowed = JSONObjectStream()
            (windowed.window, windowed.run) = (window, run)
            windowed.array("many", count: many.count) { many[$0] }
            #expect(windowed.finish() == whole, "window \(window), run \(run)")
        }
    }

    @Test("Work is cut into runs of a fixed length, the last one shorter, covering the range once")
    func runsOfWork() {
        #expect(runs(of: 0..<10, length: 4) == [0..<4, 4..<8, 8..<10])
        #expect(runs(of: 5..<7, length: 64) == [5..<7])
        #expect(runs(of: 3..<3, length: 4).isEmpty)
        #expect(runs(of: 0..<3, length: 0) == [0..<1, 1..<2, 2..<3])
    }

    @Test("data/dossier.json is written in pieces that make the same file")
    func dossierJSONPieces() throws {
        let f = try Fixture(["seeds/a.txt": seedArticle, "seeds/dossier.yml": "title: T\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let dossier = try DossierBuild.model(f.options())
        let file = DataExport.dossierJSON(dossier)
        #expect(file.pieces != nil && file.bytes.isEmpty)
        #expect(file.whole.bytes == DataExport.dossierJSON(dossier, flush: nil))
        #expect(try Data(contentsOf: f.url("Site/data/dossier.json")) == DataExport.dossierJSON(dossier, flush: nil))
    }
}

@Suite("Numbers in pictures")
struct NumberTextTests {
    @Test("One decimal is printf's %.1f byte for byte: halves, near halves, zero, signs and extremes")
    func oneDecimal() {
        var values: [Double] = [0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 0.75, 1.25, 2.25, 3.75, 4, 0.6, 3.4, 9.95, 99.95, 1e14, 1e16,
                                -0.25, -3.4, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        for v in values { values += [v.nextUp, v.nextDown] }
        for k in 0...40_000 { values.append(Double(k) / 1000) }
        // The stroke widths of the neighbourhood pictures: 0.6 + 3.4 · weight / heaviest.
        for m in 1...60 { for w in 1...m { values.append(0.6 + 3.4 * Double(w) / Double(m)) } }
        // Spread values from a fixed seed (SplitMix64), so a failure is the same on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            values.append(Double(z ^ (z >> 31)) / Double(UInt64.max) * 5_000)
        }
        for v in values {
            #expect(NumberText.oneDecimal(v) == String(format: "%.1f", v), "\(v)")
        }
    }
}
