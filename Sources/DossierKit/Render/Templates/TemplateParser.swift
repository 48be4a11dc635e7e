/// Mustache syntax to `TemplateNode`s, in three passes over a template (small texts, read once per build):
/// cut the text into pieces (text, newlines, tags; set-delimiter tags change the delimiters as they come),
/// take out the lines that hold only one section, comment, partial or delimiter tag ("standalone": the tag
/// stays, the line's spaces and newline go, as the Mustache spec says), then nest sections.
///
/// What dossier's templates need of Mustache and the spec's core: `{{name}}`, `{{{name}}}`, `{{& name}}`,
/// dotted names, `{{.}}`, sections, inverted sections, comments, partials (indented when standalone) and
/// set delimiters, and swift-mustache's functions: list positions (`first()`, `last()`, `index()`, `even()`,
/// `odd()`) and transforms of a value (`uppercased(name)`, `count(items)`, `plusone(index())`, see
/// `TemplateTransform`). Template inheritance, lambdas and pragmas are refused with the line, so a template
/// never renders differently from what its author wrote.
enum TemplateParser {
    static func parse(_ source: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        let pieces = try cut(Array(source.utf8))
        return try nest(standalone(pieces))
    }

    enum TagKind: Equatable {
        case value, raw, open, inverted, close, comment, partial, delimiters
    }

    struct Tag {
        var kind: TagKind
        var name: String
        var line: Int
    }

    enum Piece {
        case text([UInt8])
        case newline([UInt8])
        case tag(Tag)
    }

    // MARK: Cutting

    /// Bytes that may appear in a name: letters, digits and `. - _ ? *`, and `/` in a partial's name.
    static func isNameByte(_ b: UInt8, partial: Bool) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"): return true
        case UInt8(ascii: "/"): return partial
        default: return false
        }
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
    }

    static func cut(_ bytes: [UInt8]) throws(TemplateSyntaxError) -> [Piece] {
        var open: [UInt8] = Array("{{".utf8), close: [UInt8] = Array("}}".utf8)
        var pieces: [Piece] = []
        var text: [UInt8] = []
        var line = 1
        var i = 0
        func starts(_ delimiter: [UInt8], at at: Int) -> Bool {
            at + delimiter.count <= bytes.count && bytes[at..<at + delimiter.count].elementsEqual(delimiter)
        }
        func flush() {
            if !text.isEmpty { pieces.append(.text(text)); text.removeAll(keepingCapacity: true) }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) {
                flush()
                let length = b == 0x0A ? 1 : 2
                pieces.append(.newline(Array(bytes[i..<i + length])))
                i += length
                line += 1
                continue
            }
            guard starts(open, at: i) else {
                text.append(b)
                i += 1
                continue
            }
            flush()
            let tagLine = line, tagStart = i
            var at = i + open.count
            // The tag's inside runs to the first closing delimiter (for `{{{`, to `}` and the delimiter).
            let sigil: UInt8? = at < bytes.count ? bytes[at] : nil
            let triple = sigil == UInt8(ascii: "{")
            let end = triple ? [UInt8(ascii: "}")] + close : close
            var stop = at
            while stop < bytes.count && !starts(end, at: stop) { stop += 1 }
            guard stop < bytes.count else {
                throw TemplateSyntaxError(line: tagLine, message: "a tag is not closed", excerpt: excerpt(bytes, at: i))
            }
            for k in i..<stop where bytes[k] == 0x0A { line += 1 }
            let tagText = String(decoding: bytes[i..<stop + end.count], as: UTF8.self)
            func fail(_ message: String) -> TemplateSyntaxError {
                TemplateSyntaxError(line: tagLine, message: message, excerpt: tagText)
            }
            var kind = TagKind.value
            switch sigil {
            case UInt8(ascii: "#"): kind = .open
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "&"), UInt8(ascii: "{"): kind = .raw
            case UInt8(ascii: "="): kind = .delimiters
            case UInt8(ascii: "<"), UInt8(ascii: "$"): throw fail("template inheritance ({{< …}} and {{$ …}}) is not supported")
            case UInt8(ascii: "%"): throw fail("pragmas ({{% …}}) are not supported")
            default: at -= 1
            }
            at += 1
            // A sigil that is also where the closing delimiter starts (`<%#%>` with `#%>` to close) leaves
            // nothing inside.
            let inside = at < stop ? Array(bytes[at..<stop]) : []
            i = stop + end.count
            switch kind {
            case .comment:
                pieces.append(.tag(Tag(kind: .comment, name: "", line: tagLine)))
            case .delimiters:
                // `{{=<% %>=}}`: two delimiters, neither empty nor holding a space or `=`.
                guard inside.last == UInt8(ascii: "=") else { throw fail("bad set-delimiter tag: it must end with '='") }
                let parts = inside.dropLast().split(whereSeparator: isSpace)
                guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
                    throw fail("bad set-delimiter tag: give two delimiters, such as {{=<% %>=}}")
                }
                open = Array(parts[0])
                close = Array(parts[1])
                pieces.append(.tag(Tag(kind: .delimiters, name: "", line: tagLine)))
            default:
                var name = inside[...]
                while let first = name.first, isSpace(first) { name = name.dropFirst() }
                while let last = name.last, isSpace(last) { name = name.dropLast() }
                guard !name.isEmpty else { throw fail("a tag without a name") }
                // `{{title}</p>` closes only at the next tag's `}}`, lines later: name the tag where it opens.
                if name.contains(0x0A) {
                    throw TemplateSyntaxError(line: tagLine, message: "a tag is not closed on its line", excerpt: excerpt(bytes, at: tagStart))
                }
                if kind != .partial, name.contains(UInt8(ascii: "(")) {
                    let text = String(decoding: name, as: UTF8.self)
                    if let problem = callProblem(text) { throw fail(problem) }
                    pieces.append(.tag(Tag(kind: kind, name: text, line: tagLine)))
                    continue
                }
                guard name.allSatisfy({ isNameByte($0, partial: kind == .partial) }) else {
                    throw fail("a name may hold only letters, digits and . - _ ? *\(kind == .partial ? " /" : "")")
                }
                pieces.append(.tag(Tag(kind: kind, name: String(decoding: name, as: UTF8.self), line: tagLine)))
            }
        }
        flush()
        return pieces
    }

    /// What is wrong with a name written with functions (`f(g(name))`, or `f()` for a list position), or
    /// nil when it is well formed: functions all known, brackets balanced, a plain name inside.
    static func callProblem(_ text: String) -> String? {
        var calls: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            calls.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)...]
        }
        let closing = rest.reversed().prefix { $0 == ")" }.count
        let base = rest.dropLast(closing)
        guard closing == calls.count, !base.contains(")") else { return "unbalanced brackets in \(text)" }
        let known = Set(TemplateTransform.allCases.map(\.rawValue) + ListPosition.Question.allCases.map(\.rawValue))
        if let unknown = calls.first(where: { !known.contains($0) }) {
            return "no function \(unknown)(…): the functions are \(known.sorted().joined(separator: ", "))"
        }
        if base.isEmpty {
            guard let innermost = calls.last, ListPosition.Question(rawValue: innermost) != nil else {
                return "\(calls.last ?? "")() needs a name: only \(ListPosition.Question.allCases.map { "\($0.rawValue)()" }.joined(separator: " ")) stand alone"
            }
            return nil
        }
        guard calls.allSatisfy({ TemplateTransform(rawValue: $0) != nil }) else { return "a list position (first(), index() …) takes no name" }
        guard base.utf8.allSatisfy({ isNameByte($0, partial: false) }) else { return "a name may hold only letters, digits and . - _ ? *" }
        return nil
    }

    /// The start of the line from `at`, for an error about a tag that never closes.
    static func excerpt(_ bytes: [UInt8], at: Int) -> String {
        let end = bytes[at...].firstIndex(of: 0x0A) ?? bytes.count
        return String(decoding: bytes[at..<min(end, at + 60)], as: UTF8.self)
    }

    // MARK: Standalone lines

    /// Kinds of tag that, alone on a line but for spaces and tabs, take the whole line with them.
    static let standaloneKinds: [TagKind] = [.open, .inverted, .close, .comment, .partial, .delimiters]

    /// The pieces with every standalone line reduced to its tag; a standalone partial keeps the spaces
    /// before it as its indentation (the returned pair's second value, by piece index).
    static func standalone(_ pieces: [Piece]) -> [(Piece, indentation: String)] {
        var out: [(Piece, indentation: String)] = []
        out.reserveCapacity(pieces.count)
        var start = 0
        while start < pieces.count {
            var end = start
            while end < pieces.count {
                if case .newline = pieces[end] { break }
                end += 1
            }
            // pieces[start..<end] is one line without its newline; pieces[end], if any, is the newline.
            var tag: Tag?
            var tags = 0
            var blank = true
            var before: [UInt8] = []
            for piece in pieces[start..<end] {
                switch piece {
                case .tag(let t):
                    tags += 1
                    tag = t
                case .text(let bytes):
                    if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { blank = false }
                    if tags == 0 { before += bytes }
                case .newline: break
                }
            }
            let next = end < pieces.count ? end + 1 : end
            if tags == 1, blank, let tag, standaloneKinds.contains(tag.kind) {
                out.append((.tag(tag), tag.kind == .partial ? String(decoding: before, as: UTF8.self) : ""))
            } else {
                for piece in pieces[start..<next] { out.append((piece, "")) }
            }
            start = next
        }
        return out
    }

    // MARK: Nesting

    static func nest(_ pieces: [(Piece, indentation: String)]) throws(TemplateSyntaxError) -> [TemplateNode] {
        struct Open {
            var tag: Tag
            var nodes: [TemplateNode] = []
        }
        var stack = [Open(tag: Tag(kind: .open, name: "", line: 0))]
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                stack[stack.count - 1].nodes.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
        }
        for (piece, indentation) in pieces {
            switch piece {
            case .text(let bytes), .newline(let bytes):
                text += bytes
            case .tag(let tag):
                flush()
                switch tag.kind {
                case .value, .raw:
                    stack[stack.count - 1].nodes.append(.value(TemplateName(tag.name), escaped: tag.kind == .value))
                case .open, .inverted:
                    stack.append(Open(tag: tag))
                case .close:
                    guard stack.count > 1 else {
                        throw TemplateSyntaxError(line: tag.line, message: "{{/\(tag.name)}} closes a section that was never opened", excerpt: "{{/\(tag.name)}}")
                    }
                    let inner = stack.removeLast()
                    guard inner.tag.name == tag.name else {
                        throw TemplateSyntaxError(
                            line: tag.line, message: "{{/\(tag.name)}} closes {{\(inner.tag.kind == .open ? "#" : "^")\(inner.tag.name)}} of line \(inner.tag.line)",
                            excerpt: "{{/\(tag.name)}}")
                    }
                    stack[stack.count - 1].nodes.append(.section(TemplateName(inner.tag.name), inner.nodes, inverted: inner.tag.kind == .inverted))
                case .partial:
                    // The spaces before a standalone partial stay as text and are its first line's indentation.
                    if !indentation.isEmpty { stack[stack.count - 1].nodes.append(.text(indentation)) }
                    stack[stack.count - 1].nodes.append(.partial(tag.name, indentation: indentation))
                case .comment, .delimiters:
                    break
                }
            }
        }
        flush()
        if stack.count > 1, let open = stack.last {
            throw TemplateSyntaxError(
                line: open.tag.line, message: "{{\(open.tag.kind == .open ? "#" : "^")\(open.tag.name)}} is never closed",
                excerpt: "{{\(open.tag.kind == .open ? "#" : "^")\(open.tag.name)}}")
        }
        return stack[0].nodes
    }
}

/// A template that cannot be parsed: the line of the tag at fault, what is wrong, and the tag as written.
struct TemplateSyntaxError: Error, Equatable {
    var line: Int
    var message: String
    var excerpt: String
}
