import Testing
@testable import Markdown

@Suite("Plain text through cmark nodes")
struct PlainTextTests {
    @Test("Markdown and HTML syntax in a news article stays text")
    func syntaxStaysText() {
        let html = PlainText.render("Use *stars* and _under_ # not a heading <script>alert(1)</script> & [x](y) `code`")
        #expect(html == "<p>Use *stars* and _under_ # not a heading &lt;script&gt;alert(1)&lt;/script&gt; &amp; [x](y) `code`</p>\n")
    }

    @Test("Lines are cut at the byte of \"\\n\" as the split at its character cuts them", arguments: [
        "", "one line", "a\nb", "\n", "\n\n", "a\n\nb\n", "é\n\u{301}x", "\u{1F1EB}\u{1F1F7}\n🙂", "cr\r\nlf\rx\ny",
    ])
    func lines(_ text: String) {
        #expect(PlainText.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test("Line ends inside a paragraph are soft breaks")
    func lineEnds() {
        #expect(PlainText.render("one\ntwo") == "<p>one\ntwo</p>\n")
    }

    @Test("A wrap becomes a link around exactly its bytes, with escaped attributes")
    func linkInjection() {
        let text = "Gen. Qassem Soleimani’s visit"
        let start = text.utf8.count - "Qassem Soleimani’s visit".utf8.count
        let end = start + "Qassem Soleimani".utf8.count
        let html = PlainText.render(text, wraps: [
            InlineWrap(start: start, end: end, element: .link(href: "../entities/q.html", className: "entity kind-person", title: "a \"b\" <c>")),
        ])
        #expect(html == "<p>Gen. <a href=\"../entities/q.html\" class=\"entity kind-person\" title=\"a &quot;b&quot; &lt;c&gt;\">Qassem Soleimani</a>’s visit</p>\n")
    }

    @Test("Spans across a line end, overlapping or off a character boundary are skipped")
    func badWraps() {
        let link = InlineWrap.Element.link(href: "a.html", className: nil, title: nil)
        // "é" is two bytes: 1 is inside it.
        #expect(PlainText.render("é x", wraps: [InlineWrap(start: 1, end: 3, element: link)]) == "<p>é x</p>\n")
        #expect(PlainText.render("ab\ncd", wraps: [InlineWrap(start: 1, end: 4, element: link)]) == "<p>ab\ncd</p>\n")
        let two = PlainText.render("abcdef", wraps: [
            InlineWrap(start: 0, end: 3, element: link), InlineWrap(start: 2, end: 5, element: link),
        ])
        #expect(two == "<p><a href=\"a.html\">abc</a>def</p>\n")
    }

    @Test("Several wraps in one text node, and a mark")
    func severalWraps() {
        let html = PlainText.render("Iran and Russia met", wraps: [
            InlineWrap(start: 9, end: 15, element: .mark(id: "n1", className: nil, title: nil)),
            InlineWrap(start: 0, end: 4, element: .link(href: "iran.html", className: nil, title: nil)),
        ])
        #expect(html == "<p><a href=\"iran.html\">Iran</a> and <mark id=\"n1\">Russia</mark> met</p>\n")
    }

    @Test("javascript: and data: links are never written")
    func unsafeLinks() {
        for href in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd"] {
            let html = PlainText.render("click", wraps: [InlineWrap(start: 0, end: 5, element: .link(href: href, className: nil, title: nil))])
            #expect(html == "<p>click</p>\n", "\(href)")
        }
        #expect(SafeURL.isAllowed("../entities/a.html#p1"))
        #expect(SafeURL.isAllowed("https://example.com/a"))
        #expect(SafeURL.isWebAddress("https://example.com/a"))
        #expect(!SafeURL.isWebAddress("javascript:alert(1)"))
        #expect(!SafeURL.isWebAddress("https:///nohost"))
    }
}

@Suite("Markdown documents")
struct MarkdownDocumentTests {
    @Test("Top-level blocks with plain text, kinds and lines")
    func blocks() {
        let blocks = MarkdownDocument.blocks("# Title\n\nSome *emphasis* and `code` \"quoted\".\n\n- one\n- two\n\n<div>raw</div>\n")
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .list, .htmlBlock])
        #expect(blocks[0].headingLevel == 1)
        #expect(blocks[0].plainText == "Title")
        #expect(blocks[1].plainText == "Some emphasis and code “quoted”.")
        #expect(blocks[1].line == 3)
        #expect(blocks[2].plainText == "one\ntwo")
    }

    @Test("Raw HTML is not executed and javascript: links are dropped")
    func safeMode() {
        let html = MarkdownDocument.renderHTML("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>b</b>")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
    }

    @Test("Wraps go into text, never into an existing link or a code span")
    func injectionRespectsLinksAndCode() {
        let md = "Iran [Iran](https://example.com) `Iran` Iran"
        let text = MarkdownDocument.blocks(md)[0].plainText
        #expect(text == "Iran Iran Iran Iran")
        let link = InlineWrap.Element.link(href: "e.html", className: nil, title: nil)
        let wraps = [0, 5, 10, 15].map { InlineWrap(start: $0, end: $0 + 4, element: link) }
        let html = MarkdownDocument.renderBlocks(md, wraps: [0: wraps])[0]
        #expect(html == "<p><a href=\"e.html\">Iran</a> <a href=\"https://example.com\">Iran</a> <code>Iran</code> <a href=\"e.html\">Iran</a></p>\n")
    }
}

@Suite("Layered wraps")
struct LayeredWrapTests {
    @Test("A highlighted quote keeps the entity links inside it, and its note reference follows it")
    func marksHoldLinks() {
        let text = "He said Iran and Russia met."
        let html = PlainText.render(text, wraps: [
            InlineWrap(start: 8, end: 12, element: .link(href: "iran.html", className: nil, title: nil)),
            InlineWrap(start: 17, end: 23, element: .link(href: "russia.html", className: nil, title: nil)),
            InlineWrap(start: 8, end: 27, element: .mark(id: "a1", className: "annotation", title: nil, noteHref: "#note-a1", noteLabel: "1")),
        ])
        #expect(html == "<p>He said <mark id=\"a1\" class=\"annotation\"><a href=\"iran.html\">Iran</a> and <a href=\"russia.html\">Russia</a> met</mark><a class=\"note-ref\" href=\"#note-a1\"><sup>1</sup></a>.</p>\n")
    }
}
