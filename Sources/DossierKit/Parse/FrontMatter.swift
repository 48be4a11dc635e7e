import Foundation

/// YAML front matter at the top of a Markdown source, between `---` lines.
enum FrontMatter {
    static let keys = ["title", "published", "outlet", "url", "author"]

    /// The YAML text, the Markdown after it, and how many lines precede the Markdown; nil without front matter.
    static func split(_ text: String) -> (yaml: String, body: String, bodyLineOffset: Int)? {
        guard text.hasPrefix("---\n") else { return nil }
        var lineCount = 1
        var index = text.index(text.startIndex, offsetBy: 4)
        let yamlStart = index
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<lineEnd]
            lineCount += 1
            if line == "---" || line == "..." {
                let body = lineEnd < text.endIndex ? String(text[text.index(after: lineEnd)...]) : ""
                return (String(text[yamlStart..<index]), body, lineCount)
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return nil
    }

    static func decode(_ yamlText: String, file: String, lineOffset: Int) -> Result<SourceMetadata, BuildFailure> {
        var yaml = StrictYAML(file: file, lineOffset: lineOffset)
        var metadata = SourceMetadata()
        if let root = yaml.compose(yamlText) {
            for (key, _, value) in yaml.mapping(root, "front matter", allowed: keys) ?? [] {
                switch key {
                case "title": metadata.title = yaml.string(value, "title")
                case "published": metadata.published = yaml.date(value, "published")
                case "outlet": metadata.outlet = yaml.string(value, "outlet")
                case "url": metadata.url = DossierConfig.webAddress(value, &yaml)
                case "author": metadata.author = yaml.string(value, "author")
                default: break
                }
            }
        }
        return yaml.errors.isEmpty ? .success(metadata) : .failure(BuildFailure(yaml.errors))
    }
}
