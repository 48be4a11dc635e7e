/// What a template looks its names up in. A view model answers `child(named:)` with a switch over the
/// names its template uses (no reflection): a text, number or flag to print or test, a list to loop over,
/// another view, or nil for a name it does not have.
protocol TemplateView {
    func child(named name: String) -> TemplateValue?
}

/// A value a view gives for a name, its kind told by its case: the renderer switches on it, where a value
/// of type `Any` cost a dynamic cast per kind tried and an existential box copied at every step (a third
/// of the engine's time on the development corpora).
enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    case view(any TemplateView)
    case list([ViewReference])
    case texts([String])

    // One initializer per kind a view holds, so that a view's switch reads `TemplateValue(entity.name)`
    // whatever the property's type; an optional gives nil when it is nil.
    init(_ text: String) { self = .text(text) }
    init(_ number: Int) { self = .number(number) }
    init(_ flag: Bool) { self = .flag(flag) }
    init(_ items: [ViewReference]) { self = .list(items) }
    init(_ items: [String]) { self = .texts(items) }
    init<View: TemplateView>(_ view: View) { self = .view(view) }
    init<View: TemplateView>(_ items: [View]) { self = .list(items.references) }
    init?(_ text: String?) {
        guard let text else { return nil }
        self = .text(text)
    }
    init?(_ number: Int?) {
        guard let number else { return nil }
        self = .number(number)
    }
    init?<View: TemplateView>(_ view: View?) {
        guard let view else { return nil }
        self = .view(view)
    }
}

/// A view behind one reference: a list of references is copied without copying its views.
final class ViewReference: TemplateView, @unchecked Sendable {
    let view: any TemplateView

    init(_ view: any TemplateView) {
        self.view = view
    }

    func child(named name: String) -> TemplateValue? { view.child(named: name) }
}

extension Array where Element: TemplateView {
    /// The items of a section behind one reference each (see `ViewReference`).
    var references: [ViewReference] { map { ViewReference($0) } }
}
