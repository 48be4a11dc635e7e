import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Helpers over raw cmark nodes. Nothing here escapes the Markdown module: callers get Strings and values.
enum Cmark {
    static let safeHTML: Int32 = CMARK_OPT_DEFAULT
    static let smart: Int32 = CMARK_OPT_SMART

    static func parse(_ markdown: String, smart: Bool) -> OpaquePointer {
        let options = CMARK_OPT_VALIDATE_UTF8 | (smart ? CMARK_OPT_SMART : 0)
        var markdown = markdown
        let root = markdown.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        guard let root else { fatalError("cmark_parse_document returned NULL (out of memory)") }
        cmark_consolidate_text_nodes(root)
        return root
    }

    static func renderHTML(_ node: OpaquePointer, smart: Bool) -> String {
        // Never CMARK_OPT_UNSAFE: raw HTML and dangerous URLs in a source are not executed.
        guard let cString = cmark_render_html(node, smart ? CMARK_OPT_SMART : CMARK_OPT_DEFAULT) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }

    static func type(_ node: OpaquePointer) -> cmark_node_type {
        cmark_node_get_type(node)
    }

    static func literal(_ node: OpaquePointer) -> String {
        guard let lit = cmark_node_get_literal(node) else { return "" }
        return String(cString: lit)
    }

    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            out.append(c)
            child = cmark_node_next(c)
        }
        return out
    }

    static func newText(_ text: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, text)
        return node
    }

    /// A text node of UTF-8 bytes cut from another node's literal: cmark copies a C string, so the bytes
    /// get their terminator in a buffer of the stack's instead of becoming a `String` first.
    static func newText(_ bytes: ArraySlice<UInt8>) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            bytes.withUnsafeBytes { raw in
                buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: bytes.count) { target in
                    if let source = raw.baseAddress { target.update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
                }
            }
            buffer[bytes.count] = 0
            _ = cmark_node_set_literal(node, buffer.baseAddress)
        }
        return node
    }

    /// Appends the UTF-8 bytes of `node`'s literal to `out`, read in place.
    static func appendLiteral(_ node: OpaquePointer, to out: inout [UInt8]) {
        guard let literal = cmark_node_get_literal(node) else { return }
        literal.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            out.append(contentsOf: UnsafeBufferPointer(start: start, count: strlen(literal)))
        }
    }

    /// Appends the plain text of `node`'s inline content to `out` and records every text node with the
    /// byte offset where its literal starts, skipping text inside existing links (those are never re-linked).
    static func collectInlines(
        _ node: OpaquePointer, into out: inout [UInt8], textNodes: inout [(node: OpaquePointer, offset: Int)],
        insideLink: Bool
    ) {
        for child in children(node) {
            let t = type(child)
            switch t {
            case CMARK_NODE_TEXT:
                if !insideLink { textNodes.append((child, out.count)) }
                appendLiteral(child, to: &out)
            case CMARK_NODE_CODE:
                appendLiteral(child, to: &out)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out.append(0x0A)
            case CMARK_NODE_HTML_INLINE:
                break
            case CMARK_NODE_LINK:
                collectInlines(child, into: &out, textNodes: &textNodes, insideLink: true)
            case CMARK_NODE_CUSTOM_INLINE:
                // Our own links are flagged with user data; a mark is not a link and may hold links.
                let isLink = cmark_node_get_user_data(child) != nil
                collectInlines(child, into: &out, textNodes: &textNodes, insideLink: insideLink || isLink)
            case CMARK_NODE_CODE_BLOCK:
                appendLiteral(child, to: &out)
            default:
                if !out.isEmpty, isBlock(t), out.last != 0x0A { out.append(0x0A) }
                collectInlines(child, into: &out, textNodes: &textNodes, insideLink: insideLink)
            }
        }
    }

    static func isBlock(_ t: cmark_node_type) -> Bool {
        t.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && t.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
    }

    /// Wraps spans of text nodes in generator elements. `textNodes` come from `collectInlines`; the tree is
    /// changed only after collection finished, so no iterator is live while nodes are split.
    static func inject(_ wraps: [InlineWrap], into textNodes: [(node: OpaquePointer, offset: Int)]) {
        guard !wraps.isEmpty, !textNodes.isEmpty else { return }
        let sorted = wraps.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        // A wrap's tags are made once, not once to test them and again to write them.
        let tags = sorted.map { $0.tags() }
        var w = 0
        var bytes: [UInt8] = []
        for (node, offset) in textNodes {
            bytes.removeAll(keepingCapacity: true)
            appendLiteral(node, to: &bytes)
            let nodeEnd = offset + bytes.count
            while w < sorted.count, sorted[w].end <= offset { w += 1 }
            var pieces: [(range: Range<Int>, wrap: Int?)] = []
            var cursor = 0
            var i = w
            while i < sorted.count, sorted[i].start < nodeEnd {
                let wrap = sorted[i]
                i += 1
                // Only wraps that lie wholly inside this text node and after the previous one.
                guard wrap.start >= offset + cursor, wrap.end <= nodeEnd, wrap.end > wrap.start else { continue }
                let a = wrap.start - offset, b = wrap.end - offset
                guard isBoundary(bytes, a), isBoundary(bytes, b), tags[i - 1] != nil else { continue }
                if a > cursor { pieces.append((cursor..<a, nil)) }
                pieces.append((a..<b, i - 1))
                cursor = b
            }
            guard pieces.contains(where: { $0.wrap != nil }) else { continue }
            if cursor < bytes.count { pieces.append((cursor..<bytes.count, nil)) }
            for piece in pieces {
                let inserted: OpaquePointer
                if let index = piece.wrap, let tags = tags[index] {
                    inserted = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
                    cmark_node_set_on_enter(inserted, tags.open)
                    cmark_node_set_on_exit(inserted, tags.close)
                    if sorted[index].isLink { cmark_node_set_user_data(inserted, linkFlag) }
                    cmark_node_append_child(inserted, newText(bytes[piece.range]))
                } else {
                    inserted = newText(bytes[piece.range])
                }
                cmark_node_insert_before(node, inserted)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Marks first, then links: a link may sit inside a mark, never the other way round. Text nodes are
    /// collected again between the passes because the first one split them.
    static func injectLayered(_ wraps: [InlineWrap], into block: OpaquePointer) {
        let marks = wraps.filter { !$0.isLink }
        let links = wraps.filter(\.isLink)
        for layer in [marks, links] where !layer.isEmpty {
            var bytes: [UInt8] = []
            var textNodes: [(node: OpaquePointer, offset: Int)] = []
            collectInlines(block, into: &bytes, textNodes: &textNodes, insideLink: false)
            inject(layer, into: textNodes)
        }
    }

    /// Any non-null pointer: cmark only stores it.
    private static var linkFlag: UnsafeMutableRawPointer? { UnsafeMutableRawPointer(bitPattern: 1) }

    private static func isBoundary(_ bytes: [UInt8], _ i: Int) -> Bool {
        i == bytes.count || i == 0 || (bytes[i] & 0xC0) != 0x80
    }
}
