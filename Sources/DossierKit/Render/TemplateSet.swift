import Foundation
import Mustache

/// The Mustache templates and static assets of `Templates/`, loaded and checked before anything renders.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Files under `Templates/assets/`, copied to `Site/assets/` as they are.
    let assets: [(path: String, bytes: Data)]
    /// A hash of every file read (names and bytes, in path order): part of every page's key, so an edited
    /// template or partial renders every page again.
    var digest = Hash128()

    /// Every page kind the renderer asks for; a missing one fails the build before anything is written.
    public static let required = ["layout", "index", "source", "entities", "entity", "review", "timeline", "graph", "annotations", "search"]

    public static func load(from folder: URL, displayName: String) throws -> TemplateSet {
        func display(_ relative: String) -> String {
            displayName.hasSuffix("/") ? displayName + relative : displayName + "/" + relative
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure([DossierError(.render, file: displayName, "templates folder not found")])
        }
        var errors: [DossierError] = []
        var digest = Hash128()
        _ = EscapeContentType.registered
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        var assets: [(String, Data)] = []
        let base = folder.standardizedFileURL.path
        let files = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []).sorted()
        for relative in files {
            let full = base + "/" + relative
            var dir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue else { continue }
            if (relative as NSString).lastPathComponent.hasPrefix(".") { continue }
            guard let data = FileManager.default.contents(atPath: full) else {
                errors.append(DossierError(.render, file: display(relative), "cannot read the template"))
                continue
            }
            digest.add(relative)
            digest.add(data)
            if relative.hasPrefix("assets/") {
                assets.append((String(relative.dropFirst("assets/".count)), data))
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            let name = String(relative.dropLast(".mustache".count))
            let text = String(decoding: data, as: UTF8.self)
            do {
                library.register(try MustacheTemplate(string: EscapeContentType.pragma + text), named: name)
                texts[name] = text
            } catch let error as MustacheTemplate.ParserError {
                // One line less: the escaping line put before the template is not the author's.
                errors.append(DossierError(
                    .render, file: display(relative), line: max(1, error.context.lineNumber - 1),
                    "template syntax error: \(Self.describe(error.error)) in `\(error.context.line.trimmingCharacters(in: .whitespaces))`"))
            } catch {
                errors.append(DossierError(.render, file: display(relative), "template syntax error: \(error)"))
            }
        }
        for name in required where texts[name] == nil && !errors.contains(where: { $0.file == display(name + ".mustache") }) {
            errors.append(DossierError(.render, file: display(name + ".mustache"), "missing template: dossier needs it to render pages"))
        }
        // A partial that does not exist would silently render as nothing; name it instead.
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for (partial, line) in partialReferences(in: text) where texts[partial] == nil {
                errors.append(DossierError(
                    .render, file: display(name + ".mustache"), line: line, "partial '\(partial)' not found in \(displayName)"))
            }
        }
        if !errors.isEmpty { throw BuildFailure(errors) }
        return TemplateSet(library: library, assets: assets, digest: digest)
    }

    /// `{{> name}}` tags with their line numbers.
    static func partialReferences(in text: String) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                let name = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") { out.append((name, index + 1)) }
                rest = rest[close.upperBound...]
            }
        }
        return out
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with the wrong name"
        case .unfinishedName: return "a tag is not closed"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "bad set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform on an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inherited section"
        default: return "\(error)"
        }
    }

    func render(_ object: Any, template: String) -> String {
        if let view = object as? MustacheParent { return library.render(ViewReference(view), withTemplate: template) ?? "" }
        return library.render(object, withTemplate: template) ?? ""
    }
}

/// A view handed to swift-mustache behind one reference. It keeps the objects of a section on a stack of
/// `Any` and casts each to `MustacheParent` at every name it looks up: a value type is copied whole by
/// each cast (every string and array in it retained, then released), a reference only once.
final class ViewReference: MustacheParent, @unchecked Sendable {
    let view: any MustacheParent

    init(_ view: any MustacheParent) {
        self.view = view
    }

    func child(named name: String) -> Any? { view.child(named: name) }
}

extension Array where Element: MustacheParent {
    /// The items of a section behind one reference each (see `ViewReference`).
    var references: [ViewReference] { map { ViewReference($0) } }
}
