/// A piece of generator markup to wrap around a run of text: an entity link, a highlighted quote.
///
/// `start` and `end` are UTF-8 byte offsets into the plain text of one block (see `MarkdownBlock.plainText`
/// and `PlainText.render`). Attribute values are escaped when rendered, so callers may pass untrusted text.
public struct InlineWrap: Sendable, Equatable, Encodable {
    public enum Element: Sendable, Equatable, Encodable {
        /// `<a href class title>`; the href is checked by `SafeURL` and a rejected one drops the wrap.
        case link(href: String, className: String?, title: String?)
        /// `<mark id class title>`, optionally followed by a numbered reference link to a note (`<sup>`).
        /// Marks go in before links, so entity links can sit inside a highlighted quote.
        case mark(id: String?, className: String?, title: String?, noteHref: String? = nil, noteLabel: String? = nil)
    }

    public var start: Int
    public var end: Int
    public var element: Element

    public init(start: Int, end: Int, element: Element) {
        self.start = start
        self.end = end
        self.element = element
    }

    var isLink: Bool {
        if case .link = element { return true }
        return false
    }

    /// The opening and closing tags, or nil when the element cannot be written safely.
    func tags() -> (open: String, close: String)? {
        switch element {
        case let .link(href, className, title):
            guard SafeURL.isAllowed(href) else { return nil }
            var open = "<a href=\"\(HTMLEscape.attribute(href))\""
            if let className { open += " class=\"\(HTMLEscape.attribute(className))\"" }
            if let title { open += " title=\"\(HTMLEscape.attribute(title))\"" }
            return (open + ">", "</a>")
        case let .mark(id, className, title, noteHref, noteLabel):
            var open = "<mark"
            if let id { open += " id=\"\(HTMLEscape.attribute(id))\"" }
            if let className { open += " class=\"\(HTMLEscape.attribute(className))\"" }
            if let title { open += " title=\"\(HTMLEscape.attribute(title))\"" }
            var close = "</mark>"
            if let noteHref, SafeURL.isAllowed(noteHref) {
                close += "<a class=\"note-ref\" href=\"\(HTMLEscape.attribute(noteHref))\"><sup>\(HTMLEscape.text(noteLabel ?? "note"))</sup></a>"
            }
            return (open + ">", close)
        }
    }
}

public enum HTMLEscape {
    /// Escapes text for an element body.
    public static func text(_ s: String) -> String {
        escape(s, quotes: false)
    }

    /// Escapes text for a double- or single-quoted attribute value.
    public static func attribute(_ s: String) -> String {
        escape(s, quotes: true)
    }

    /// Byte by byte over UTF-8 (every character escaped is ASCII, and no ASCII byte is ever part of another
    /// character): a text with nothing to escape, most of them, is returned as it is without a copy.
    public static func escape(_ text: String, quotes: Bool) -> String {
        var s = text
        return s.withUTF8 { bytes -> String in
            func special(_ b: UInt8) -> Bool {
                b == 0x26 || b == 0x3C || b == 0x3E || (quotes && (b == 0x22 || b == 0x27))
            }
            guard let first = bytes.firstIndex(where: special) else { return text }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for b in bytes[first...] {
                switch b {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])        // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])              // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])              // &gt;
                case 0x22 where quotes: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
                case 0x27 where quotes: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])       // &#39;
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The same escaping appended to `out`: a page's template renders into one buffer of bytes, and a
    /// `String` made per escaped value and then copied into it was a tenth of the engine's time.
    public static func append(_ text: String, quotes: Bool, to out: inout [UInt8]) {
        var s = text
        s.withUTF8 { bytes in
            var run = 0
            for i in 0..<bytes.count {
                let escape: StaticString
                switch bytes[i] {
                case 0x26: escape = "&amp;"
                case 0x3C: escape = "&lt;"
                case 0x3E: escape = "&gt;"
                case 0x22 where quotes: escape = "&quot;"
                case 0x27 where quotes: escape = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                run = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        }
    }
}

/// Which link targets may reach a page. Relative links and http(s)/mailto only: `javascript:`, `data:`,
/// `vbscript:`, `file:` and anything else with a scheme is refused.
public enum SafeURL {
    public static func isAllowed(_ url: String) -> Bool {
        let trimmed = url.trimmingLeadingControlAndSpace()
        // A scheme is letters/digits/+.- before the first ':' that comes before any '/', '?' or '#'.
        var scheme = ""
        for ch in trimmed.unicodeScalars {
            if ch == ":" {
                let lower = scheme.lowercased()
                return lower == "http" || lower == "https" || lower == "mailto"
            }
            if ch == "/" || ch == "?" || ch == "#" { return true }
            scheme.unicodeScalars.append(ch)
        }
        return true
    }

    /// An absolute web address for a source's `url`: http or https with a host.
    public static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let rest = lower.drop(while: { $0 != ":" }).dropFirst(3)
        guard let first = rest.first, first != "/" else { return false }
        return !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" })
    }
}

extension String {
    fileprivate func trimmingLeadingControlAndSpace() -> String {
        String(unicodeScalars.drop(while: { $0.value <= 0x20 }))
    }
}
