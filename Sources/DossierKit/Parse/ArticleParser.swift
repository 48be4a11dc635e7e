import Foundation
import Markdown

/// The parse stage: one source file and its settings become an `Article` (headline, metadata, clean
/// paragraphs, captions, removed furniture). Pure: no disk, no globals.
public struct ArticleParser: Sendable {
    /// Turns a path relative to the seeds folder into the path shown in messages.
    public var display: @Sendable (String) -> String

    public init(display: @escaping @Sendable (String) -> String = { $0 }) {
        self.display = display
    }

    public struct Output: Sendable {
        public var article: Article?
        public var errors: [DossierError]
        public var warnings: [BuildWarning]
    }

    public func parse(_ source: SourceFile, settings: DossierConfig.SourceSettings?, fallback: TextEncoding?) -> Output {
        let file = display(source.path)
        let encoding = settings?.encoding ?? fallback
        var warnings: [BuildWarning] = []
        let text: String
        switch SourceText.decode(source.bytes, encoding: encoding) {
        case let .failure(.invalidUTF8(offset)):
            return Output(article: nil, errors: [DossierError(
                .parse, file: file,
                "not valid UTF-8 (first bad byte at offset \(offset)); if the file is in another encoding, declare it in dossier.yml: `encoding: windows-1252` under sources: \(source.path), or `fallback_encoding: windows-1252` for all sources")],
                warnings: [])
        case let .success(decoded):
            text = decoded
            if let encoding, encoding != .utf8, SourceText.firstInvalidUTF8(source.bytes) != nil {
                warnings.append(BuildWarning(file: file, "not UTF-8: decoded as \(encoding.rawValue) as dossier.yml declares"))
            }
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            return Output(article: nil, errors: [DossierError(.parse, file: file, "empty article: the file has no text")], warnings: warnings)
        }
        var output: Output
        switch source.format {
        case .text: output = parsePlainText(text, source: source, file: file)
        case .markdown: output = parseMarkdown(text, source: source, file: file)
        }
        output.warnings = warnings + output.warnings
        if var article = output.article, let settings {
            article.metadata = article.metadata.overridden(by: settings.metadata)
            if let title = settings.metadata.title { article.title = title }
            output.article = article
        }
        if var article = output.article {
            if article.paragraphs.isEmpty {
                output.warnings.append(BuildWarning(file: file, "the article has a headline but no paragraphs"))
            }
            // Cut here, on every core and once per version of the source (the build cache keeps them).
            article.searchWords = SearchWords(article)
            output.article = article
        }
        return output
    }

    /// Parses every source, concurrently; results come back in the order of `sources`.
    public func parseAll(_ sources: [SourceFile], config: DossierConfig) -> [Output] {
        concurrentMap(sources) { parse($0, settings: config.sources[$0.path], fallback: config.fallbackEncoding) }
    }

    // MARK: plain text

    /// The `.txt` convention: the first non-empty line is the headline, blocks separated by blank lines are
    /// paragraphs, and the furniture cleaner takes out credits, captions and site boilerplate.
    func parsePlainText(_ text: String, source: SourceFile, file: String) -> Output {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var headline: String?
        var blocks: [TextBlock] = []
        var current: [Substring] = []
        var currentLine = 0
        func flush() {
            if !current.isEmpty {
                blocks.append(TextBlock(text: current.joined(separator: "\n"), line: currentLine))
                current = []
            }
        }
        for (index, raw) in lines.enumerated() {
            let line = SpaceTrimming.trimmed(raw)
            if headline == nil {
                if !line.isEmpty { headline = Self.collapseSpaces(line) }
                continue
            }
            if line.isEmpty {
                flush()
            } else {
                if current.isEmpty { currentLine = index + 1 }
                current.append(Substring(line))
            }
        }
        flush()
        let cleaned = FurnitureCleaner.clean(blocks)
        let paragraphs = cleaned.paragraphs.enumerated().map { i, block in
            Paragraph(id: "p\(i + 1)", text: block.text, line: block.line)
        }
        let captions = cleaned.captions.enumerated().map { i, c in
            ArticleCaption(id: "c\(i + 1)", text: c.text, credit: c.credit, line: c.line)
        }
        let article = Article(
            file: source.path, slug: "", format: .text, title: headline ?? "", metadata: SourceMetadata(),
            paragraphs: paragraphs, captions: captions, removed: cleaned.removed, markdownBody: nil)
        return Output(article: article, errors: [], warnings: [])
    }

    static func collapseSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    // MARK: Markdown

    func parseMarkdown(_ text: String, source: SourceFile, file: String) -> Output {
        var errors: [DossierError] = []
        var metadata = SourceMetadata()
        var body = text
        var bodyLineOffset = 0
        if let front = FrontMatter.split(text) {
            body = front.body
            bodyLineOffset = front.bodyLineOffset
            switch FrontMatter.decode(front.yaml, file: file, lineOffset: 1) {
            case let .success(decoded): metadata = decoded
            case let .failure(failure): errors += failure.errors
            }
        }
        var blocks = MarkdownDocument.blocks(body).enumerated().map { ($0, $1) }
        var title = metadata.title
        if title == nil, let first = blocks.firstIndex(where: { $0.1.kind == .heading }) {
            title = blocks[first].1.plainText
            blocks.remove(at: first)
        }
        var removed: [Furniture] = []
        var paragraphs: [Paragraph] = []
        for (index, block) in blocks {
            let line = block.line + bodyLineOffset
            switch block.kind {
            case .htmlBlock:
                removed.append(Furniture(kind: .boilerplate, text: block.plainText, reason: "raw HTML block, not rendered", line: line))
                continue
            case .thematicBreak:
                continue
            default:
                if block.plainText.isEmpty { continue }
            }
            paragraphs.append(Paragraph(
                id: "p\(paragraphs.count + 1)", text: block.plainText, line: line, markdownBlock: index,
                blockKind: block.kind.rawValue, headingLevel: block.headingLevel))
        }
        if title == nil {
            errors.append(DossierError(.parse, file: file, line: 1, "no title: add `title:` to the front matter or start with a # heading"))
        }
        guard errors.isEmpty else { return Output(article: nil, errors: errors, warnings: []) }
        let article = Article(
            file: source.path, slug: "", format: .markdown, title: title ?? "", metadata: metadata,
            paragraphs: paragraphs, captions: [], removed: removed, markdownBody: body)
        return Output(article: article, errors: [], warnings: [])
    }
}
