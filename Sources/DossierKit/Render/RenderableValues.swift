import Mustache

// swift-mustache prints a value it has no protocol for by casting it in turn to a template, a renderable, a
// lambda and an optional, then through `String(describing:)`, itself a few more casts: for the strings and
// numbers that are nearly every value on a page, those conformance lookups were a tenth of a full build.
// Told that they render as themselves, it stops at the second cast. The text is the same bytes either way
// (`String(describing:)` of a string is the string, of an integer its decimal digits), and escaping still
// happens where it did: swift-mustache escapes a renderable's text for `{{…}}` and not for `{{{…}}}`.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
