import Markdown
import Mustache

/// How `{{…}}` escapes in every template: the five characters swift-mustache's HTML content type replaces
/// (`< > & " '`, with the same entities), found byte by byte instead of one `Character` at a time, and a
/// text with none of them returned without a copy. Escaping was a fifth of all template time. `TemplateSet`
/// selects it at the top of each template it loads; a template rendered without it is escaped the same.
struct EscapeContentType: MustacheContentType {
    static let name = "DOSSIER_HTML"
    /// The line `TemplateSet` puts before each template (a standalone tag: it renders nothing, newline included).
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    static let registered: Bool = {
        MustacheContentTypes.register(EscapeContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { HTMLEscape.escape(text, quotes: true) }
}
