import Foundation
import Yams

/// Reads YAML (dossier.yml, front matter) strictly: every problem becomes a `DossierError` with the file and
/// line, unknown keys included, and problems are collected rather than thrown one at a time.
struct StrictYAML {
    let file: String
    /// Added to YAML line numbers: front matter starts after the opening `---` of a Markdown file.
    let lineOffset: Int
    private(set) var errors: [DossierError] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// The document's root node, or nil with an error recorded when the text is not YAML.
    mutating func compose(_ text: String) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            errors.append(Self.describe(error, file: file, lineOffset: lineOffset))
            return nil
        } catch {
            errors.append(DossierError(.load, file: file, "could not read YAML: \(error)"))
            return nil
        }
    }

    static func describe(_ error: YamlError, file: String, lineOffset: Int) -> DossierError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return DossierError(.load, file: file, line: mark.line + lineOffset, message)
        case let .duplicatedKeysInMapping(duplicates, context):
            return DossierError(
                .load, file: file, line: context.mark.line + lineOffset,
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in \(context.text)")
        case let .reader(problem, offset, _, _):
            return DossierError(.load, file: file, "YAML could not be read: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            return DossierError(.load, file: file, "YAML error: \(error)")
        }
    }

    func line(_ node: Node) -> Int? {
        node.mark.map { $0.line + lineOffset }
    }

    mutating func fail(_ node: Node?, _ message: String) {
        errors.append(DossierError(.load, file: file, line: node.flatMap { line($0) }, message))
    }

    /// The entries of a mapping with string keys, after checking every key against `allowed`.
    mutating func mapping(_ node: Node, _ what: String, allowed: [String]?) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case let .mapping(map) = node else {
            fail(node, "\(what) must be a mapping of keys to values")
            return nil
        }
        var out: [(key: String, keyNode: Node, value: Node)] = []
        var seen = Set<String>()
        for (keyNode, value) in map {
            guard case let .scalar(scalar) = keyNode else {
                fail(keyNode, "\(what): keys must be plain text")
                continue
            }
            let key = scalar.string
            if !seen.insert(key).inserted {
                fail(keyNode, "duplicate key '\(key)' in \(what)")
                continue
            }
            if let allowed, !allowed.contains(key) {
                var message = "unknown key '\(key)' in \(what)"
                if let guess = Self.closest(to: key, in: allowed) { message += " (did you mean '\(guess)'?)" }
                message += "; allowed keys: \(allowed.joined(separator: ", "))"
                fail(keyNode, message)
                continue
            }
            out.append((key, keyNode, value))
        }
        return out
    }

    /// A scalar as text; null (`~`, empty) is nil without an error.
    mutating func string(_ node: Node, _ what: String) -> String? {
        guard case let .scalar(scalar) = node else {
            fail(node, "\(what) must be text, not a \(node.isMapping ? "mapping" : "list")")
            return nil
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    mutating func date(_ node: Node, _ what: String) -> SimpleDate? {
        guard let text = string(node, what) else { return nil }
        guard let date = SimpleDate(iso: text) else {
            fail(node, "\(what) '\(text)' is not a date: write it as YYYY-MM-DD")
            return nil
        }
        return date
    }

    mutating func strings(_ node: Node, _ what: String) -> [String] {
        switch node {
        case .scalar:
            return string(node, what).map { [$0] } ?? []
        case let .sequence(seq):
            return seq.compactMap { string($0, what) }
        default:
            fail(node, "\(what) must be a list of text")
            return []
        }
    }

    /// The allowed key closest to a misspelt one, when it is close enough to be a likely typo.
    static func closest(to key: String, in allowed: [String]) -> String? {
        let scored = allowed.map { ($0, editDistance(key.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let best = scored, best.1 <= max(1, best.0.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension Node {
    var isMapping: Bool {
        if case .mapping = self { return true }
        return false
    }
}
