import Foundation
import Testing
@testable import DossierKit

@Suite("Reading sources")
struct ParsingTests {
    let parser = ArticleParser()

    func parse(_ path: String, _ text: String, settings: DossierConfig.SourceSettings? = nil) -> ArticleParser.Output {
        parser.parse(SourceFile(path: path, bytes: Data(text.utf8)), settings: settings, fallback: nil)
    }

    @Test("The .txt convention: first non-empty line is the headline, blank lines separate paragraphs")
    func textConvention() throws {
        let out = parse("a.txt", "\n\n  Headline  here \nFirst line\nsecond line\n\n\n  Second para \n")
        let a = try #require(out.article)
        #expect(a.title == "Headline here")
        #expect(a.paragraphs.map(\.text) == ["First line\nsecond line", "Second para"])
        #expect(a.paragraphs.map(\.id) == ["p1", "p2"])
        #expect(a.paragraphs.map(\.line) == [4, 8])
    }

    @Test("CRLF and CR line ends, a BOM, and decomposed accents are normalized")
    func normalization() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data("Caf\u{65}\u{301} news\r\n\r\nLine one\rline two\r\n".utf8)
        let a = try #require(parser.parse(SourceFile(path: "a.txt", bytes: bytes), settings: nil, fallback: nil).article)
        #expect(a.title == "Café news")
        #expect(a.title.unicodeScalars.count == 9)  // NFC: é is one scalar
        #expect(a.paragraphs.map(\.text) == ["Line one\nline two"])
    }

    @Test("Windows-1252 is read only when declared, and then with a warning")
    func declaredEncoding() throws {
        let bytes = Data("Caf".utf8) + Data([0xE9, 0x20, 0x93, 0x71, 0x94]) + Data("\n\nBody".utf8)
        let undeclared = parser.parse(SourceFile(path: "w.txt", bytes: bytes), settings: nil, fallback: nil)
        #expect(undeclared.article == nil)
        #expect(undeclared.errors.first?.message.contains("offset 3") == true)
        let declared = parser.parse(SourceFile(path: "w.txt", bytes: bytes), settings: nil, fallback: .windows1252)
        #expect(declared.article?.title == "Café “q”")
        #expect(declared.warnings.count == 1)
    }

    @Test("Markdown: front matter, title from the first heading, raw HTML blocks removed")
    func markdown() throws {
        let out = parse("b.md", "---\npublished: 2020-02-29\noutlet: Wire\nurl: https://example.com/b\n---\n\n# The *title*\n\nFirst \"para\".\n\n<div>chrome</div>\n\n## Sub\n")
        let a = try #require(out.article)
        #expect(a.title == "The title")
        #expect(a.metadata.published?.description == "2020-02-29")
        #expect(a.metadata.outlet == "Wire")
        #expect(a.paragraphs.map(\.text) == ["First “para”.", "Sub"])
        #expect(a.paragraphs.map(\.line) == [9, 13])
        #expect(a.removed.map(\.reason) == ["raw HTML block, not rendered"])
    }

    @Test("Front matter title wins over the heading; dossier.yml wins over both")
    func precedence() throws {
        let md = "---\ntitle: From front matter\noutlet: A\n---\n# Heading\n\nText\n"
        #expect(parse("b.md", md).article?.title == "From front matter")
        #expect(parse("b.md", md).article?.paragraphs.first?.text == "Heading")
        let settings = DossierConfig.SourceSettings(metadata: SourceMetadata(title: "Analyst's title", outlet: "B"), encoding: nil, line: 1)
        let a = try #require(parse("b.md", md, settings: settings).article)
        #expect(a.title == "Analyst's title")
        #expect(a.metadata.outlet == "B")
    }

    @Test("A Markdown source with no title is an error with the file")
    func markdownWithoutTitle() {
        let out = parse("b.md", "Just text.\n")
        #expect(out.article == nil)
        #expect(out.errors.first?.message.contains("no title") == true)
    }

    @Test("Slugs: lowercase ASCII, never empty, never a path")
    func slugs() {
        #expect(Slug.make("Qassem Soleimani") == "qassem-soleimani")
        #expect(Slug.make("Iran’s Café Ærø") == "irans-cafe-aero")
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("...") == "item")
        #expect(Slug.make("الجزيرة") == "item")
        #expect(Slug.unique(["a", "a", "b", "a"]) == ["a", "a-2", "b", "a-3"])
    }

    @Test("dossier.yml: keys, sources and encodings decode; errors carry lines")
    func config() throws {
        let config = try DossierConfig.decode(
            "title: T\ndescription: D\nfallback_encoding: cp1252\nsources:\n  a.txt:\n    published: 2017-04-13\n    encoding: latin1\n",
            file: "dossier.yml")
        #expect(config.title == "T")
        #expect(config.fallbackEncoding == .windows1252)
        #expect(config.sources["a.txt"]?.encoding == .latin1)
        #expect(config.sources["a.txt"]?.line == 5)
        #expect(throws: BuildFailure.self) { try DossierConfig.decode("fallback_encoding: ebcdic\n", file: "d.yml") }
        #expect(try DossierConfig.decode("", file: "d.yml").title == DossierConfig.defaultTitle)
    }
}
