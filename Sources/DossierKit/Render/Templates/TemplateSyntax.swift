/// A Mustache template once parsed: text with the standalone tag lines already taken out, values to look
/// up, sections with their own nodes, and partials by name. Rendering walks this tree and never reads the
/// template's text again.
indirect enum TemplateNode: Sendable {
    /// Literal text, newlines included; adjacent pieces are joined into one.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as it is).
    case value(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}`; a partial alone on its line carries that line's indentation, put before each of its lines.
    case partial(String, indentation: String)
}

/// A name as a tag gives it, cut at its dots once, when the template is parsed. A class: a node's name is
/// then one reference to take out of it while rendering, where a struct of strings and arrays was a retain
/// and a release of each of them for every tag of every page.
final class TemplateName: Sendable {
    /// As written, between the delimiters and without the spaces around it: what a closing tag must repeat.
    let written: String
    /// The dotted parts; empty for `.`, the object the innermost section is on.
    let parts: [String]
    /// A leading dot (`{{.title}}`): looked up in the innermost object only, not in the ones around it.
    let anchored: Bool
    /// `first()`, `last()`, `index()`, `even()` or `odd()`: where the innermost list item stands in its list.
    let position: ListPosition.Question?
    /// Functions applied to the value, innermost first: `uppercased(title)`, `plusone(index())`.
    let transforms: [TemplateTransform]

    /// `written` as the parser checked it: a name, or functions around one (`f(g(name))`, `f()`).
    init(_ written: String) {
        self.written = written
        var calls: [String] = []
        var rest = Substring(written)
        while let open = rest.firstIndex(of: "(") {
            calls.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)...].dropLast()
        }
        let base = String(rest)
        let innermostFirst = Array(calls.reversed())
        if base.isEmpty, let innermost = innermostFirst.first {
            // `f()`: the innermost function asks for the list position, the others transform its answer.
            position = ListPosition.Question(rawValue: innermost)
            transforms = innermostFirst.dropFirst().compactMap(TemplateTransform.init(rawValue:))
        } else {
            position = nil
            transforms = innermostFirst.compactMap(TemplateTransform.init(rawValue:))
        }
        anchored = base.count > 1 && base.hasPrefix(".")
        parts = base == "." || base.isEmpty ? [] : base.split(separator: ".").map(String.init)
    }
}

/// The functions swift-mustache's templates may apply to a value (`{{uppercased(name)}}`), under its names
/// and with its results: on text, on whole numbers and on lists. Any other value, or a function the value
/// has not, gives nothing.
enum TemplateTransform: String, Sendable, CaseIterable {
    case empty, capitalized, lowercased, uppercased, reversed
    case equalzero, plusone, minusone, even, odd
    case first, last, count, sorted
}

/// Where the item a section is rendering stands in its list, for the position functions that
/// swift-mustache's templates know (`{{^last()}}, {{/last()}}` between items).
struct ListPosition: Sendable {
    var index: Int
    var isLast: Bool

    enum Question: String, Sendable, CaseIterable {
        case first, last, index, even, odd
    }

    /// `first()`, `last()`, `even()` and `odd()` are true or false; `index()` counts from 0.
    func answer(_ question: Question) -> TemplateValue {
        switch question {
        case .first: .flag(index == 0)
        case .last: .flag(isLast)
        case .index: .number(index)
        case .even: .flag(index % 2 == 0)
        case .odd: .flag(index % 2 == 1)
        }
    }
}
