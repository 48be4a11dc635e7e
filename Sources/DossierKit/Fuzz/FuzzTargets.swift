import Foundation
import Markdown

/// One parser of untrusted text, as a fuzz target sees it: bytes in, the property violations out (empty when
/// all hold). The libFuzzer executables (Sources/Fuzz*, `make fuzz`) and the regression tests run the same
/// checks, so an input that once failed is replayed exactly.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A scraped `.txt` article: parser, furniture cleaner, then the whole model and its HTML.
    case article
    /// A Markdown source with YAML front matter.
    case frontMatter = "front-matter"
    /// `dossier.yml`, applied to a small fixed source.
    case config
    /// Date expressions, with a publication date chosen by the first byte.
    case dates
    /// Names, in headline and prose.
    case names
    /// The Markdown wrapper: cmark blocks, link injection at the model's spans and at arbitrary offsets.
    case markdown

    public func violations(_ data: Data) -> [String] {
        switch self {
        case .article: return Self.source(SourceFile(path: "fuzz.txt", bytes: data))
        case .frontMatter:
            let prefix = Data("---\n".utf8)
            return Self.source(SourceFile(path: "fuzz.md", bytes: data.starts(with: prefix) ? data : prefix + data))
        case .config: return Self.config(data)
        case .dates:
            // The first byte picks a publication date (or none), the rest is the article's prose.
            let day = data.first.map { Int($0) } ?? 0
            let published = day == 0 ? nil : SimpleDate(year: 1990 + day % 40, month: 1 + day % 12, day: 1 + day % 28)
            let body = Data("Dated report\n\n".utf8) + data.dropFirst()
            return Self.source(SourceFile(path: "fuzz.txt", bytes: body), published: published)
        case .names: return Self.source(SourceFile(path: "fuzz.txt", bytes: data))
        case .markdown:
            var problems = Self.source(SourceFile(path: "fuzz.md", bytes: Data("# Fuzzed\n\n".utf8) + data))
            problems += Self.arbitraryWraps(data)
            return problems
        }
    }

    /// Parses one source, resolves a dossier of it and renders its HTML fragments; every problem found.
    static func source(_ file: SourceFile, published: SimpleDate? = nil, config: DossierConfig = DossierConfig()) -> [String] {
        var config = config
        if let published { config.sources[file.path] = DossierConfig.SourceSettings(metadata: SourceMetadata(published: published)) }
        let parsed = ArticleParser().parse(file, settings: config.sources[file.path], fallback: nil)
        var problems = parsed.errors.filter { $0.file != file.path }.map { "error without its file: \($0)" }
        guard let article = parsed.article else { return problems }
        for p in article.paragraphs where p.text.isEmpty { problems.append("empty paragraph \(p.id)") }
        guard let dossier = try? DossierResolver.resolve([article], config: config, warnings: parsed.warnings) else { return problems }
        return problems + modelProblems(dossier)
    }

    /// Spans of the model and the HTML of every block of every source, with the entity links injected.
    static func modelProblems(_ dossier: Dossier) -> [String] {
        var problems = SpanCheck.problems(dossier)
        let index = EntityIndex(dossier)
        for (n, article) in dossier.articles.enumerated() {
            let wraps = index.wraps(of: n)
            var fragments = ArticleHTML.paragraphs(article, wraps: wraps).map { ($0.id, $0.html) }
            fragments += ArticleHTML.captions(article, wraps: wraps).map { ($0.id, $0.html) }
            fragments.append(("title", ArticleHTML.inline(article.title, wraps: wraps["title"] ?? [])))
            for (id, html) in fragments {
                problems += HTMLCheck.problems(html).map { "\(id): \($0)" }
                // Plain text is rendered as text: every character of it, and nothing else, reaches the page.
                if article.markdownBody == nil || id == "title" {
                    let shown = HTMLCheck.visibleText(html).trimmingCharacters(in: .newlines), text = article.text(of: id)
                    if shown != text { problems.append("\(id): the page shows \(shown.debugDescription.prefix(200)), not \(text.debugDescription.prefix(200))") }
                }
            }
        }
        for entity in dossier.entities {
            if let note = entity.note { problems += HTMLCheck.problems(MarkdownDocument.renderHTML(note)).map { "note of \(entity.name): \($0)" } }
        }
        if let description = dossier.description {
            problems += HTMLCheck.problems(MarkdownDocument.renderHTML(description)).map { "description: \($0)" }
        }
        return problems
    }

    static let configSource = SourceFile(path: "a.txt", bytes: Data("""
        Minister resigns over port deal

        The minister, Maria Lopez, resigned on Monday in Lisbon, officials said.

        “I have nothing to add,” said Lopez. The Port Authority said on 3 May 2021 it would appeal.

        """.utf8))

    /// dossier.yml: decoding errors carry a line inside the file; a decoded one is applied to a small source.
    static func config(_ data: Data) -> [String] {
        guard case let .success(text) = SourceText.decode(data, encoding: nil) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        do {
            let config = try DossierConfig.decode(text, file: "dossier.yml")
            var problems: [String] = []
            let parsed = ArticleParser().parse(configSource, settings: config.sources[configSource.path], fallback: config.fallbackEncoding)
            guard let article = parsed.article else { return problems }
            if let dossier = try? DossierResolver.resolve([article], config: config, warnings: []) {
                problems += modelProblems(dossier)
            }
            return problems
        } catch let failure as BuildFailure {
            return failure.errors.compactMap { e in
                if e.file != "dossier.yml" { return "error without its file: \(e)" }
                if let line = e.line, line < 1 || line > lines + 1 { return "error line \(line) outside the file (\(lines) lines): \(e)" }
                return nil
            }
        } catch {
            return ["unexpected error type: \(error)"]
        }
    }

    /// Wraps at offsets the fuzzer chooses (inside characters, overlapping, past the end) must be skipped or
    /// placed whole: the HTML stays well-formed and no character is cut.
    static func arbitraryWraps(_ data: Data) -> [String] {
        let bytes = Array(data)
        guard bytes.count >= 4 else { return [] }
        let text = String(decoding: bytes.dropFirst(4), as: UTF8.self)
        let length = max(text.utf8.count, 1)
        var wraps: [InlineWrap] = []
        for k in stride(from: 0, to: 4, by: 2) {
            let start = Int(bytes[k]) % (length + 2), end = start + Int(bytes[k + 1]) % 16
            let element: InlineWrap.Element = k == 0
                ? .link(href: "../entities/x.html", className: "entity", title: "x \" <y>")
                : .mark(id: "a1", className: "note", title: nil, noteHref: "#n1", noteLabel: "1")
            wraps.append(InlineWrap(start: start, end: end, element: element))
        }
        var problems: [String] = []
        // cmark turns U+0000 into U+FFFD, as CommonMark says (sources get the same at decoding).
        let hadReplacement = text.unicodeScalars.contains { $0 == "\u{FFFD}" || $0 == "\u{0}" }
        var outputs = [("plain", PlainText.render(text, wraps: wraps))]
        outputs += MarkdownDocument.renderBlocks(text, wraps: [0: wraps]).map { ("markdown", $0) }
        for (what, html) in outputs {
            problems += HTMLCheck.problems(html).map { "\(what) with wraps \(wraps.map { ($0.start, $0.end) }): \($0)" }
            if !hadReplacement, html.unicodeScalars.contains("\u{FFFD}") { problems.append("\(what): a wrap cut a character") }
        }
        return problems
    }
}
