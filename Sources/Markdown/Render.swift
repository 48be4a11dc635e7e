import CCmark

/// Plain text (a scraped article's paragraph, a caption) rendered through cmark without ever being parsed
/// as Markdown: the tree is built from nodes, so `*`, `_`, `#`, `<` and `[x](y)` stay text.
public enum PlainText {
    /// HTML of one paragraph: `<p>…</p>\n`. Line ends in `text` become soft breaks.
    public static func render(_ text: String, wraps: [InlineWrap] = []) -> String {
        let doc = cmark_node_new(CMARK_NODE_DOCUMENT)!
        defer { cmark_node_free(doc) }
        let para = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        cmark_node_append_child(doc, para)
        func line(_ i: Int, _ node: @autoclosure () -> OpaquePointer, empty: Bool) {
            if i > 0 { cmark_node_append_child(para, cmark_node_new(CMARK_NODE_SOFTBREAK)!) }
            if !empty { cmark_node_append_child(para, node()) }
        }
        if text.utf8.contains(0x0D) {
            for (i, text) in lines(of: text).enumerated() { line(i, Cmark.newText(text), empty: text.isEmpty) }
        } else {
            // Cut at the bytes of "\n" (see `lines(of:)`), each line's bytes straight into its node.
            let bytes = Array(text.utf8)
            for (i, text) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                line(i, Cmark.newText(text), empty: text.isEmpty)
            }
        }
        Cmark.injectLayered(wraps, into: para)
        return Cmark.renderHTML(doc, smart: false)
    }

    /// The lines of `text` as a split at the character "\n" gives them, cut at its byte: a "\n" is a
    /// character of its own unless a "\r" comes before it (a CR LF is one character, and no line end
    /// then), so a text without "\r" is cut at its bytes, with no grapheme breaking of every paragraph.
    static func lines(of text: String) -> [String] {
        guard !text.utf8.contains(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}

/// One top-level block of a Markdown document, with the plain text that spans index into.
public struct MarkdownBlock: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case paragraph, heading, list, blockQuote, codeBlock, htmlBlock, thematicBreak, other
    }
    public var kind: Kind
    /// 1 to 6 for headings, 0 otherwise.
    public var headingLevel: Int
    /// Text of the block's inline content (text, code, breaks as `\n`), after smart punctuation.
    public var plainText: String
    /// Line of the block in the Markdown text, from 1.
    public var line: Int
}

/// Markdown parsed by cmark (smart punctuation, safe HTML).
public enum MarkdownDocument {
    /// The top-level blocks of `markdown`, in order.
    public static func blocks(_ markdown: String) -> [MarkdownBlock] {
        let root = Cmark.parse(markdown, smart: true)
        defer { cmark_node_free(root) }
        return Cmark.children(root).map { node in
            var bytes: [UInt8] = []
            var ignored: [(node: OpaquePointer, offset: Int)] = []
            Cmark.collectInlines(node, into: &bytes, textNodes: &ignored, insideLink: false)
            if Cmark.type(node) == CMARK_NODE_CODE_BLOCK { bytes = Array(Cmark.literal(node).utf8) }
            while bytes.last == 0x0A { bytes.removeLast() }
            return MarkdownBlock(
                kind: kind(of: node),
                headingLevel: Cmark.type(node) == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : 0,
                plainText: String(decoding: bytes, as: UTF8.self),
                line: Int(cmark_node_get_start_line(node))
            )
        }
    }

    /// HTML of each top-level block, with `wraps[i]` injected into block `i` (indices as in `blocks`).
    public static func renderBlocks(_ markdown: String, wraps: [Int: [InlineWrap]] = [:]) -> [String] {
        let root = Cmark.parse(markdown, smart: true)
        defer { cmark_node_free(root) }
        return Cmark.children(root).enumerated().map { index, node in
            if let blockWraps = wraps[index], !blockWraps.isEmpty {
                Cmark.injectLayered(blockWraps, into: node)
            }
            return Cmark.renderHTML(node, smart: true)
        }
    }

    /// HTML of a whole Markdown text (an analyst's note, the dossier description).
    public static func renderHTML(_ markdown: String) -> String {
        let root = Cmark.parse(markdown, smart: true)
        defer { cmark_node_free(root) }
        return Cmark.renderHTML(root, smart: true)
    }

    private static func kind(of node: OpaquePointer) -> MarkdownBlock.Kind {
        switch Cmark.type(node) {
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        default: return .other
        }
    }
}
