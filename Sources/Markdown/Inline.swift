/// A piece of generator markup to wrap around a run of text: an entity link, a highlighted quote.
///
/// `start` and `end` are UTF-8 byte offsets into the plain text of one block (see `MarkdownBlock.plainText`
/// and `PlainText.render`). Attribute values are escaped when rendered, so callers may pass untrusted text.
public struct InlineWrap: Sendable, Equatable {
    public enum Element: Sendable, Equatable {
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

    private static func escape(_ s: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
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
