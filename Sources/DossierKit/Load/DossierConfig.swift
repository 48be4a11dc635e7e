import Foundation
import Markdown
import Yams

/// The analyst's knowledge kept beside the sources: `seeds/dossier.yml`, decoded strictly.
public struct DossierConfig: Sendable, Equatable {
    public var title: String
    public var description: String?
    /// How to read sources that are not valid UTF-8, for every source without its own `encoding`.
    public var fallbackEncoding: TextEncoding?
    /// Per-source settings keyed by the path relative to the seeds folder.
    public var sources: [String: SourceSettings]
    /// What the analyst knows about entities: kinds, aliases, notes.
    public var entities: [EntityAnnotation] = []
    /// Phrases that are not entities.
    public var ignore: [String] = []
    /// Groups of names that are one entity.
    public var merge: [[String]] = []
    /// Events the analyst adds to the timeline.
    public var events: [EventAnnotation] = []
    /// Notes pinned to the exact words of a source.
    public var annotations: [QuoteAnnotation] = []

    /// The W3C Web Annotation TextQuoteSelector idea: the exact words, and the words around them to tell
    /// repeated quotes apart.
    public struct QuoteAnnotation: Sendable, Equatable {
        public var source: String
        public var quote: String
        public var prefix: String?
        public var suffix: String?
        public var note: String
        public var tags: [String]
        public var line: Int?
    }

    /// How dossier.yml is named in messages (`seeds/dossier.yml`).
    public var file: String = DossierConfig.fileName

    public struct EventAnnotation: Sendable, Equatable {
        public var date: DateValue?
        public var title: String
        public var note: String?
        public var entities: [String]
        public var sources: [String]
        public var line: Int?
    }

    public struct EntityAnnotation: Sendable, Equatable {
        public var name: String
        public var kind: EntityKind?
        public var aliases: [String]
        /// Markdown, inline or read from `notePath`.
        public var note: String?
        /// A `.md` file under the seeds folder holding the note (not an article).
        public var notePath: String?
        public var line: Int?
    }

    public struct SourceSettings: Sendable, Equatable {
        public var metadata: SourceMetadata
        public var encoding: TextEncoding?
        /// Line of the entry in dossier.yml, for errors about it.
        public var line: Int?
    }

    public static let fileName = "dossier.yml"
    public static let defaultTitle = "Dossier"

    public init(title: String = DossierConfig.defaultTitle, description: String? = nil,
                fallbackEncoding: TextEncoding? = nil, sources: [String: SourceSettings] = [:]) {
        self.title = title
        self.description = description
        self.fallbackEncoding = fallbackEncoding
        self.sources = sources
    }

    static let topKeys = ["title", "description", "fallback_encoding", "sources", "entities", "ignore", "merge", "events", "annotations"]
    static let eventKeys = ["date", "title", "note", "entities", "sources"]
    static let annotationKeys = ["source", "quote", "prefix", "suffix", "note", "tags"]
    static let entityKeys = ["name", "kind", "aliases", "note"]
    static let sourceKeys = ["title", "published", "outlet", "url", "author", "encoding"]

    /// Decodes dossier.yml. `file` is the path used in error messages.
    public static func decode(_ text: String, file: String) throws -> DossierConfig {
        var yaml = StrictYAML(file: file)
        var config = DossierConfig()
        config.file = file
        guard let root = yaml.compose(text) else {
            if yaml.errors.isEmpty { return config }  // an empty file is an empty dossier.yml
            throw BuildFailure(yaml.errors)
        }
        for (key, _, value) in yaml.mapping(root, file, allowed: topKeys) ?? [] {
            switch key {
            case "title":
                if let title = yaml.string(value, "title"), !title.trimmingCharacters(in: .whitespaces).isEmpty {
                    config.title = title
                } else {
                    yaml.fail(value, "title must not be empty")
                }
            case "description":
                config.description = yaml.string(value, "description")
            case "fallback_encoding":
                config.fallbackEncoding = encoding(value, &yaml, "fallback_encoding")
            case "sources":
                guard case .mapping = value else {
                    if yaml.string(value, "sources") != nil { yaml.fail(value, "sources must be a mapping of file names to settings") }
                    continue
                }
                for (name, keyNode, settings) in yaml.mapping(value, "sources", allowed: nil) ?? [] {
                    config.sources[name] = sourceSettings(settings, keyNode: keyNode, name: name, &yaml)
                }
            case "entities":
                config.entities = entityAnnotations(value, &yaml)
            case "ignore":
                config.ignore = yaml.strings(value, "ignore")
            case "events":
                config.events = eventAnnotations(value, &yaml)
            case "annotations":
                config.annotations = quoteAnnotations(value, &yaml)
            case "merge":
                guard case let .sequence(groups) = value else {
                    yaml.fail(value, "merge must be a list of lists of names, e.g. - [Quds Force, Qods Force]")
                    continue
                }
                for group in groups {
                    let names = yaml.strings(group, "merge")
                    if names.count < 2 { yaml.fail(group, "a merge group needs at least two names") } else { config.merge.append(names) }
                }
            default:
                break
            }
        }
        if !yaml.errors.isEmpty { throw BuildFailure(yaml.errors) }
        return config
    }

    private static func quoteAnnotations(_ node: Node, _ yaml: inout StrictYAML) -> [QuoteAnnotation] {
        guard case let .sequence(items) = node else {
            yaml.fail(node, "annotations must be a list, each item with source:, quote: and note:")
            return []
        }
        var out: [QuoteAnnotation] = []
        for item in items {
            var a = QuoteAnnotation(source: "", quote: "", prefix: nil, suffix: nil, note: "", tags: [], line: yaml.line(item))
            for (key, _, value) in yaml.mapping(item, "annotations", allowed: annotationKeys) ?? [] {
                switch key {
                case "source": a.source = yaml.string(value, "source") ?? ""
                case "quote": a.quote = yaml.string(value, "quote") ?? ""
                case "prefix": a.prefix = yaml.string(value, "prefix")
                case "suffix": a.suffix = yaml.string(value, "suffix")
                case "note": a.note = yaml.string(value, "note") ?? ""
                case "tags": a.tags = yaml.strings(value, "tags")
                default: break
                }
            }
            var missing: [String] = []
            if a.source.isEmpty { missing.append("source:") }
            if a.quote.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { missing.append("quote:") }
            if a.note.isEmpty { missing.append("note:") }
            if !missing.isEmpty {
                yaml.fail(item, "an annotation needs \(missing.joined(separator: ", "))")
                continue
            }
            out.append(a)
        }
        return out
    }

    private static func eventAnnotations(_ node: Node, _ yaml: inout StrictYAML) -> [EventAnnotation] {
        guard case let .sequence(items) = node else {
            yaml.fail(node, "events must be a list, each item with date: and title:, optionally note:, entities:, sources:")
            return []
        }
        var out: [EventAnnotation] = []
        for item in items {
            var event = EventAnnotation(date: nil, title: "", note: nil, entities: [], sources: [], line: yaml.line(item))
            var dateNode: Node?
            for (key, _, value) in yaml.mapping(item, "events", allowed: eventKeys) ?? [] {
                switch key {
                case "date":
                    dateNode = value
                    guard let text = yaml.string(value, "date") else { continue }
                    guard let parsed = AnalystDate.parse(text) else {
                        yaml.fail(value, "date '\(text)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
                        continue
                    }
                    event.date = parsed
                case "title": event.title = yaml.string(value, "title") ?? ""
                case "note": event.note = yaml.string(value, "note")
                case "entities": event.entities = yaml.strings(value, "entities")
                case "sources": event.sources = yaml.strings(value, "sources")
                default: break
                }
            }
            if dateNode == nil { yaml.fail(item, "an event needs a date:") }
            if event.title.isEmpty { yaml.fail(item, "an event needs a title:") }
            if event.date != nil, !event.title.isEmpty { out.append(event) }
        }
        return out
    }

    private static func entityAnnotations(_ node: Node, _ yaml: inout StrictYAML) -> [EntityAnnotation] {
        guard case let .sequence(items) = node else {
            yaml.fail(node, "entities must be a list, each item with name: and optionally kind:, aliases:, note:")
            return []
        }
        var out: [EntityAnnotation] = []
        var seen: [String: Int] = [:]
        for item in items {
            var annotation = EntityAnnotation(name: "", kind: nil, aliases: [], note: nil, notePath: nil, line: yaml.line(item))
            for (key, _, value) in yaml.mapping(item, "entities", allowed: entityKeys) ?? [] {
                switch key {
                case "name": annotation.name = yaml.string(value, "name")?.trimmingCharacters(in: .whitespaces) ?? ""
                case "kind":
                    guard let text = yaml.string(value, "kind") else { continue }
                    guard let kind = EntityKind(rawValue: text.lowercased()) else {
                        yaml.fail(value, "kind '\(text)' is not one of: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
                        continue
                    }
                    annotation.kind = kind
                case "aliases": annotation.aliases = yaml.strings(value, "aliases")
                case "note":
                    guard let note = yaml.string(value, "note") else { continue }
                    let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.contains("\n"), trimmed.lowercased().hasSuffix(".md") {
                        guard NotePath.isSafe(trimmed) else {
                            yaml.fail(value, "note path '\(trimmed)' must be a relative path inside the seeds folder")
                            continue
                        }
                        annotation.notePath = trimmed
                    } else {
                        annotation.note = note
                    }
                default: break
                }
            }
            if annotation.name.isEmpty {
                yaml.fail(item, "an entity needs a name:")
                continue
            }
            if let earlier = seen[annotation.name.lowercased()] {
                yaml.fail(item, "entity '\(annotation.name)' is already described at line \(earlier)")
                continue
            }
            seen[annotation.name.lowercased()] = annotation.line ?? 0
            out.append(annotation)
        }
        return out
    }

    private static func sourceSettings(_ node: Node, keyNode: Node, name: String, _ yaml: inout StrictYAML) -> SourceSettings {
        var settings = SourceSettings(metadata: SourceMetadata(), encoding: nil, line: yaml.line(keyNode))
        if case .scalar = node, yaml.string(node, name) == nil { return settings }
        for (key, _, value) in yaml.mapping(node, "sources: \(name)", allowed: sourceKeys) ?? [] {
            switch key {
            case "title": settings.metadata.title = yaml.string(value, "title")
            case "published": settings.metadata.published = yaml.date(value, "published")
            case "outlet": settings.metadata.outlet = yaml.string(value, "outlet")
            case "url": settings.metadata.url = webAddress(value, &yaml)
            case "author": settings.metadata.author = yaml.string(value, "author")
            case "encoding": settings.encoding = encoding(value, &yaml, "encoding")
            default: break
            }
        }
        return settings
    }

    static func encoding(_ node: Node, _ yaml: inout StrictYAML, _ what: String) -> TextEncoding? {
        guard let name = yaml.string(node, what) else { return nil }
        guard let encoding = TextEncoding(name: name) else {
            yaml.fail(node, "\(what) '\(name)' is not supported; use one of: \(TextEncoding.allNames.joined(separator: ", "))")
            return nil
        }
        return encoding
    }

    /// A source's `url`: only an http(s) address; anything else (a `javascript:` link) is an error.
    static func webAddress(_ node: Node, _ yaml: inout StrictYAML) -> String? {
        guard let url = yaml.string(node, "url")?.trimmingCharacters(in: .whitespaces) else { return nil }
        guard SafeURL.isWebAddress(url) else {
            yaml.fail(node, "url '\(url)' is not an http:// or https:// address")
            return nil
        }
        return url
    }
}

/// Paths to note files: relative, inside the seeds folder, no `..`.
enum NotePath {
    static func isSafe(_ path: String) -> Bool {
        guard !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// The note files a dossier.yml that does not parse seems to name: every `note: path.md` line (quoted
    /// or not), read line by line without YAML. Used only to keep those files from being read as articles
    /// while the build reports the YAML error; a line that is not really a note costs nothing but that.
    static func mentioned(in text: String) -> Set<String> {
        var out: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline) {
            var rest = line.drop { $0 == " " || $0 == "\t" || $0 == "-" }
            guard rest.hasPrefix("note:") else { continue }
            rest = rest.dropFirst("note:".count)
            var value = rest.trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            if value.lowercased().hasSuffix(".md"), isSafe(value) { out.insert(value) }
        }
        return out
    }
}

/// Dates the analyst writes: `2017`, `2017-04`, `2017-04-13`.
enum AnalystDate {
    static func parse(_ text: String) -> DateValue? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        if parts.count == 1 { return .year(y) }
        guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        if parts.count == 2 { return .month(year: y, month: m) }
        guard parts[2].count == 2, let d = Int(parts[2]), SimpleDate(year: y, month: m, day: d) != nil else { return nil }
        return .day(year: y, month: m, day: d)
    }
}
