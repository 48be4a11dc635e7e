import Foundation
import Markdown

/// Renders parsed templates with a view model, as the Mustache spec says: names are looked up from the
/// innermost section's object outwards; a section renders once for `true` or for a value (which its
/// names are then looked up in first), once per item for a list, and not at all for nil, `false` or an
/// empty list (an inverted section the other way round); `{{…}}` is HTML-escaped, `{{{…}}}` is not.
///
/// dossier's own engine rather than swift-mustache: on a build of the development corpora swift-mustache
/// was 36% of all CPU time, most of it in the runtime's dynamic casts (every value cast in turn to a
/// template, a renderable, a lambda, a sequence and a parent, at every level of the stack) and in a
/// `String` made per tag. Here a value's kind is its `TemplateValue` case, the stack holds each object's
/// view already unwrapped, and everything is appended to one string.
struct TemplateRenderer: Sendable {
    /// Parsed templates and partials, by name (the path under `Templates/` without `.mustache`).
    let templates: [String: [TemplateNode]]

    /// One object a section is on: the value itself (for `{{.}}`) and, when it has names, its view.
    struct Frame {
        let value: TemplateValue
        let view: (any TemplateView)?

        init(_ value: TemplateValue) {
            self.value = value
            if case .view(let view) = value {
                self.view = (view as? ViewReference)?.view ?? view
            } else {
                view = nil
            }
        }

        init(_ reference: ViewReference) {
            value = .view(reference)
            view = reference.view
        }

        init(_ text: String) {
            value = .text(text)
            view = nil
        }
    }

    /// Where rendering is: the indentation of the partials it is inside, the innermost list item's place in
    /// its list (kept through a `true` section and a partial, gone in a section on a value), and how many
    /// partials deep it is.
    struct Place {
        var indentation = ""
        var position: ListPosition?
        var partials = 0

        func at(_ position: ListPosition?) -> Place {
            var place = self
            place.position = position
            return place
        }
    }

    /// How many partials may be inside one another: a partial that includes itself ends where its data
    /// does, and one that never would (its section always true) stops here rather than exhaust the stack.
    /// `TemplateSet` refuses the loops that no data can end.
    static let deepest = 100

    func render(_ view: any TemplateView, template: String) -> String? {
        renderBytes(view, template: template).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The page as UTF-8 bytes: everything is appended to one buffer (appending to a `String` checked and
    /// grew it piece by piece, a fifth of the engine's time).
    func renderBytes(_ view: any TemplateView, template: String) -> [UInt8]? {
        guard let nodes = templates[template] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        var stack = [Frame(.view(view))]
        render(nodes, &stack, &out, Place())
        return out
    }

    private func render(_ nodes: [TemplateNode], _ stack: inout [Frame], _ out: inout [UInt8], _ place: Place) {
        guard !place.indentation.isEmpty else {
            for node in nodes { render(node, &stack, &out, place) }
            return
        }
        // Inside an indented partial: the indentation goes before whatever a node renders at the start
        // of a line (a value that holds newlines is not indented inside).
        let indentation = Array(place.indentation.utf8)
        var local: [UInt8] = []
        for node in nodes {
            var piece: [UInt8] = []
            if case .text(let text) = node {
                // A text runs over lines: each line after a newline inside it starts indented too (not the
                // end of the text, which the next node's own check indents if anything follows).
                let bytes = Array(text.utf8)
                for (k, b) in bytes.enumerated() {
                    piece.append(b)
                    if b == 0x0A && k + 1 < bytes.count { piece += indentation }
                }
            } else {
                render(node, &stack, &piece, place)
            }
            guard !piece.isEmpty else { continue }
            if local.last == 0x0A { local += indentation }
            local += piece
        }
        out += local
    }

    private func render(_ node: TemplateNode, _ stack: inout [Frame], _ out: inout [UInt8], _ place: Place) {
        switch node {
        case .text(let text):
            out.append(contentsOf: text.utf8)
        case .value(let name, let escaped):
            guard let value = lookup(name, stack, place.position) else { return }
            switch value {
            case .text(let text):
                if escaped { HTMLEscape.append(text, quotes: true, to: &out) } else { out.append(contentsOf: text.utf8) }
            case .number(let number):
                // Digits and a minus sign need no escaping.
                JSON.append(number, to: &out)
            default:
                let text = Self.text(of: value)
                if escaped { HTMLEscape.append(text, quotes: true, to: &out) } else { out.append(contentsOf: text.utf8) }
            }
        case .section(let name, let nodes, let inverted):
            let value = lookup(name, stack, place.position)
            if inverted {
                if Self.isEmpty(value) { render(nodes, &stack, &out, place) }
                return
            }
            switch value {
            case nil: return
            case .flag(let flag)?:
                if flag { render(nodes, &stack, &out, place) }
            case .list(let items)?:
                each(items, Frame.init, nodes, &stack, &out, place)
            case .texts(let items)?:
                each(items, Frame.init, nodes, &stack, &out, place)
            case let value?:
                stack.append(Frame(value))
                render(nodes, &stack, &out, place.at(nil))
                stack.removeLast()
            }
        case .partial(let name, let more):
            guard let nodes = templates[name], place.partials < Self.deepest else { return }
            var inside = place
            inside.indentation += more
            inside.partials += 1
            render(nodes, &stack, &out, inside)
        }
    }

    /// A section's nodes once per item, the item innermost and its place in the list known.
    private func each<T>(_ items: [T], _ frame: (T) -> Frame, _ nodes: [TemplateNode], _ stack: inout [Frame], _ out: inout [UInt8],
                         _ place: Place) {
        for (i, item) in items.enumerated() {
            stack.append(frame(item))
            render(nodes, &stack, &out, place.at(ListPosition(index: i, isLast: i == items.count - 1)))
            stack.removeLast()
        }
    }

    /// The value a name stands for: its first part from the innermost object that has it (only the
    /// innermost for an anchored `.name`), each further part inside the value before.
    private func lookup(_ name: TemplateName, _ stack: [Frame], _ position: ListPosition?) -> TemplateValue? {
        guard !name.transforms.isEmpty else { return find(name, stack, position) }
        guard var value = find(name, stack, position) else { return nil }
        for transform in name.transforms {
            guard let next = Self.apply(transform, to: value) else { return nil }
            value = next
        }
        return value
    }

    private func find(_ name: TemplateName, _ stack: [Frame], _ position: ListPosition?) -> TemplateValue? {
        if let question = name.position { return position?.answer(question) }
        guard let first = name.parts.first else { return stack.last?.value }
        var found: TemplateValue?
        if name.anchored {
            found = stack.last?.view?.child(named: first)
        } else {
            var i = stack.count - 1
            // Asked in place: binding each frame's view first copied its existential (a retain and a
            // release per frame tried).
            while i >= 0 {
                if let child = stack[i].view?.child(named: first) {
                    found = child
                    break
                }
                i -= 1
            }
        }
        guard var value = found else { return nil }
        for part in name.parts.dropFirst() {
            guard let view = Frame(value).view, let next = view.child(named: part) else { return nil }
            value = next
        }
        return value
    }

    /// A function's result, as swift-mustache gives it, or nil when the value has no such function.
    static func apply(_ transform: TemplateTransform, to value: TemplateValue) -> TemplateValue? {
        switch value {
        case .text(let text):
            switch transform {
            case .empty: return .flag(text.isEmpty)
            case .capitalized: return .text(text.capitalized)
            case .lowercased: return .text(text.lowercased())
            case .uppercased: return .text(text.uppercased())
            case .reversed: return .text(String(text.reversed()))
            default: return nil
            }
        case .number(let n):
            switch transform {
            case .equalzero: return .flag(n == 0)
            case .plusone: return .number(n + 1)
            case .minusone: return .number(n - 1)
            case .even: return .flag(n & 1 == 0)
            case .odd: return .flag(n & 1 == 1)
            default: return nil
            }
        case .list(let items):
            return list(transform, items, sorted: nil, one: { .view($0) }, many: { .list($0) })
        case .texts(let items):
            return list(transform, items, sorted: { $0.sorted() }, one: { .text($0) }, many: { .texts($0) })
        case .flag, .view:
            return nil
        }
    }

    /// A list function's result: `one` makes a value of an item, `many` of a list.
    static func list<T>(_ transform: TemplateTransform, _ items: [T], sorted: (([T]) -> [T])?,
                        one: (T) -> TemplateValue, many: ([T]) -> TemplateValue) -> TemplateValue? {
        switch transform {
        case .first: items.first.map(one)
        case .last: items.last.map(one)
        case .reversed: many(Array(items.reversed()))
        case .count: .number(items.count)
        case .empty: .flag(items.isEmpty)
        case .sorted: sorted.map { many($0(items)) }
        default: nil
        }
    }

    /// How a value prints: strings as they are, integers in decimal, `true`/`false`, anything else as
    /// Swift describes it.
    static func text(of value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .view(let view): String(describing: view)
        case .list(let items): String(describing: items)
        case .texts(let items): String(describing: items)
        }
    }

    /// What an inverted section renders for: nil, `false` and an empty list.
    static func isEmpty(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil: true
        case .flag(let flag)?: !flag
        case .list(let items)?: items.isEmpty
        case .texts(let items)?: items.isEmpty
        default: false
        }
    }
}
