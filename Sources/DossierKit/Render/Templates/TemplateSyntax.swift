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

/// A name as a tag gives it, cut at its dots once, when the template is parsed.
struct TemplateName: Sendable, Equatable {
    /// As written, between the delimiters and without the spaces around it: what a closing tag must repeat.
    let written: String
    /// The dotted parts; empty for `.`, the object the innermost section is on.
    let parts: [String]
    /// A leading dot (`{{.title}}`): looked up in the innermost object only, not in the ones around it.
    let anchored: Bool
    /// `first()`, `last()`, `index()`, `even()` or `odd()`: where the innermost list item stands in its list.
    let position: ListPosition.Question?

    init(_ written: String) {
        self.written = written
        anchored = written.count > 1 && written.hasPrefix(".")
        position = written.hasSuffix("()") ? ListPosition.Question(rawValue: String(written.dropLast(2))) : nil
        parts = written == "." || position != nil ? [] : written.split(separator: ".").map(String.init)
    }
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
    func answer(_ question: Question) -> Any {
        switch question {
        case .first: index == 0
        case .last: isLast
        case .index: index
        case .even: index % 2 == 0
        case .odd: index % 2 == 1
        }
    }
}
