import Foundation

/// The Mustache templates and static assets of `Templates/`, loaded and checked before anything renders.
public struct TemplateSet: Sendable {
    let renderer: TemplateRenderer
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
        var parsed: [String: [TemplateNode]] = [:]
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
                parsed[name] = try TemplateParser.parse(text)
                texts[name] = text
            } catch {
                errors.append(DossierError(
                    .render, file: display(relative), line: error.line,
                    "template syntax error: \(error.message) in `\(error.excerpt.trimmingCharacters(in: .whitespaces))`"))
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
        // A partial that includes itself outside any section would never end, whatever the data.
        for name in parsed.keys.sorted() {
            // Each loop once, named from its first template in sorted order.
            guard let loop = loop(from: name, in: parsed), loop.min() == name else { continue }
            let next = loop.count > 1 ? loop[1] : name
            let line = texts[name].flatMap { partialReferences(in: $0).first { $0.0 == next }?.1 }
            errors.append(DossierError(
                .render, file: display(name + ".mustache"), line: line,
                "'\(name)' includes itself through partials outside any section (\((loop + [name]).joined(separator: " → "))): it would never end"))
        }
        if !errors.isEmpty { throw BuildFailure(errors) }
        return TemplateSet(renderer: TemplateRenderer(templates: parsed), assets: assets, digest: digest)
    }

    /// The templates from `start` back to itself through partials included outside any section, if any.
    static func loop(from start: String, in templates: [String: [TemplateNode]]) -> [String]? {
        func plain(_ nodes: [TemplateNode]) -> [String] {
            nodes.compactMap { if case .partial(let name, _) = $0 { name } else { nil } }
        }
        var path = [start]
        var seen: Set<String> = [start]
        func walk(_ name: String) -> Bool {
            for next in plain(templates[name] ?? []) {
                if next == start { return true }
                guard !seen.contains(next) else { continue }
                seen.insert(next)
                path.append(next)
                if walk(next) { return true }
                path.removeLast()
            }
            return false
        }
        return walk(start) ? path : nil
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

    func render(_ view: any TemplateView, template: String) -> String {
        renderer.render(view, template: template) ?? ""
    }

    func renderBytes(_ view: any TemplateView, template: String) -> [UInt8] {
        renderer.renderBytes(view, template: template) ?? []
    }
}
