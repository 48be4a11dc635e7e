/// What a template looks its names up in. A view model answers `child(named:)` with a switch over the
/// names its template uses (no reflection): a `String`, `Int` or `Bool` to print or test, a list to loop
/// over (`[ViewReference]` or `[String]`), another view, or nil for a name it does not have.
protocol TemplateView {
    func child(named name: String) -> Any?
}

/// A view behind one reference. Telling what a looked-up value is costs the renderer one cast per value:
/// to a class or a concrete array of it (a pointer compare), where a cast to the protocol has to search
/// the runtime's table of conformances; and a list of references is copied without copying its views.
final class ViewReference: TemplateView, @unchecked Sendable {
    let view: any TemplateView

    init(_ view: any TemplateView) {
        self.view = view
    }

    func child(named name: String) -> Any? { view.child(named: name) }
}

extension Array where Element: TemplateView {
    /// The items of a section behind one reference each (see `ViewReference`).
    var references: [ViewReference] { map { ViewReference($0) } }
}
