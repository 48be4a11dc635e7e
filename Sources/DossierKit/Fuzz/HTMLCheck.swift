/// Whether a fragment of generated HTML is well-formed and inert: every tag closed in order, no bare `<` or
/// `>` in text, quoted attributes, and nothing that could run a script (script-like elements, `on…`
/// handlers, `javascript:` addresses). Used by the fuzz targets and their regression tests.
public enum HTMLCheck {
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area"]
    static let scriptElements: Set<String> = ["script", "iframe", "object", "embed", "style", "frame", "frameset", "base", "form"]

    /// What is wrong with `html`; empty when it is well-formed.
    public static func problems(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        var problems: [String] = []
        var open: [String] = []
        var i = 0
        func isNameByte(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 45 }
        while i < bytes.count, problems.count < 5 {
            let b = bytes[i]
            if b == UInt8(ascii: ">") { problems.append("bare > at byte \(i)"); i += 1; continue }
            guard b == UInt8(ascii: "<") else { i += 1; continue }
            if bytes[i...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: bytes, from: i + 4) else { problems.append("unclosed comment at byte \(i)"); break }
                i = end + 3
                continue
            }
            let closing = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
            var j = i + (closing ? 2 : 1)
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            guard j > nameStart, bytes[nameStart] >= 65 else { problems.append("bare < at byte \(i)"); i += 1; continue }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            if scriptElements.contains(name) { problems.append("<\(name)> element at byte \(i)") }
            // Attributes: name, optionally ="value" or ='value'; the tag ends at the first `>` outside quotes.
            var selfClosing = false
            var ended = false
            while j < bytes.count {
                let c = bytes[j]
                if c == UInt8(ascii: ">") { ended = true; j += 1; break }
                if c == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
                if c == 32 || c == 10 || c == 9 { j += 1; continue }
                let attrStart = j
                while j < bytes.count, isNameByte(bytes[j]) || bytes[j] == UInt8(ascii: ":") { j += 1 }
                guard j > attrStart else { problems.append("bad attribute in <\(name)> at byte \(j)"); break }
                let attr = String(decoding: bytes[attrStart..<j], as: UTF8.self).lowercased()
                if attr.hasPrefix("on") { problems.append("event handler \(attr) at byte \(attrStart)") }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else { continue }
                j += 1
                guard j < bytes.count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") else {
                    problems.append("unquoted value of \(attr) at byte \(j)"); break
                }
                let quote = bytes[j]
                guard let close = bytes[(j + 1)...].firstIndex(of: quote) else { problems.append("unclosed value of \(attr)"); break }
                let value = String(decoding: bytes[(j + 1)..<close], as: UTF8.self)
                if attr == "href" || attr == "src" || attr == "action" || attr == "xlink:href" {
                    let plain = value.replacingEntities().unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
                    if plain.hasPrefix("javascript:") || plain.hasPrefix("vbscript:") || plain.hasPrefix("data:") {
                        problems.append("script address in \(attr) at byte \(j)")
                    }
                }
                j = close + 1
            }
            guard ended else { problems.append("unterminated tag <\(name) at byte \(i)"); break }
            if closing {
                if open.last == name { open.removeLast() } else { problems.append("</\(name)> at byte \(i) closes \(open.last.map { "<\($0)>" } ?? "nothing")") }
            } else if !selfClosing, !voidElements.contains(name) {
                open.append(name)
            }
            i = j
        }
        if problems.isEmpty, !open.isEmpty { problems.append("unclosed " + open.map { "<\($0)>" }.joined(separator: " ")) }
        return problems
    }

    /// The text a reader sees in a fragment: tags removed, the references cmark writes decoded.
    public static func visibleText(_ html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html.unicodeScalars {
            if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false } else if !inTag { out.unicodeScalars.append(ch) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    /// The few character references that can hide a scheme (`&#106;avascript:`), decoded for the check.
    fileprivate func replacingEntities() -> String {
        var out = ""
        var rest = Substring(self)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            if let semi = rest.prefix(10).firstIndex(of: ";") {
                let body = rest[rest.index(after: rest.startIndex)..<semi]
                var scalar: Unicode.Scalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") { scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if body.hasPrefix("#") { scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init) }
                else if body == "colon" { scalar = ":" }
                if let scalar {
                    out.unicodeScalars.append(scalar)
                    rest = rest[rest.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = rest.dropFirst()
        }
        return out + rest
    }
}
