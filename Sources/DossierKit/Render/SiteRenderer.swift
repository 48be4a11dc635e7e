import Foundation
import Markdown

/// A file of the site, relative to its root.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var bytes: Data

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }
}

/// The render stage: the `Dossier` and templates become files. Pure; pages render concurrently.
public struct SiteRenderer: Sendable {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// One page to render: where it goes and how to build its body's view model.
    struct Page: Sendable {
        var path: String
        var kind: String
        var title: String
        var template: String
        var makeView: @Sendable (_ root: String) -> any Sendable
    }

    public func render(_ dossier: Dossier) -> [OutputFile] {
        let pages = self.pages(for: dossier)
        let nav = [("Sources", "index.html")]
        var results = [OutputFile?](repeating: nil, count: pages.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: pages.count) { i in
                let page = pages[i]
                let root = Self.root(for: page.path)
                let body = templates.render(page.makeView(root), template: page.template)
                let layout = LayoutView(
                    pageTitle: page.title, siteTitle: dossier.title, root: root, kind: page.kind, bodyHTML: body,
                    nav: nav.map { NavItem(label: $0.0, href: $0.1, current: $0.1 == page.path) },
                    sourceCount: dossier.articles.count)
                slots.set(i, OutputFile(path: page.path, bytes: Data(templates.render(layout, template: "layout").utf8)))
            }
        }
        var files = results.compactMap { $0 }
        for asset in templates.assets {
            files.append(OutputFile(path: "assets/" + asset.path, bytes: asset.bytes))
        }
        return files.sorted { $0.path < $1.path }
    }

    func pages(for dossier: Dossier) -> [Page] {
        var pages: [Page] = []
        let descriptionHTML = dossier.description.map { MarkdownDocument.renderHTML($0) }
        let items = dossier.articles.map(SourceItemView.init)
        pages.append(Page(path: "index.html", kind: "index", title: "Overview", template: "index") { root in
            IndexView(root: root, title: dossier.title, descriptionHTML: descriptionHTML, sources: items,
                      paragraphCount: dossier.paragraphCount)
        })
        for (i, article) in dossier.articles.enumerated() {
            let previous = i > 0 ? items[i - 1] : nil
            let next = i + 1 < items.count ? items[i + 1] : nil
            let item = items[i]
            pages.append(Page(path: "sources/\(article.slug).html", kind: "source", title: article.title, template: "source") { root in
                SourcePageView(
                    root: root, item: item, url: article.metadata.url, format: article.format.rawValue,
                    paragraphs: ArticleHTML.paragraphs(article), captions: ArticleHTML.captions(article),
                    removed: article.removed.map { RemovedView(text: $0.text, reason: $0.reason, line: $0.line) },
                    previous: previous, next: next)
            })
        }
        return pages
    }

    /// `../` once per folder level of `path`, so every link works from file:// and under any sub-path.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}

/// Paragraph and caption HTML through cmark: plain text is built as nodes, Markdown is parsed.
enum ArticleHTML {
    static func paragraphs(_ article: Article) -> [ParagraphView] {
        if let body = article.markdownBody {
            let blocks = MarkdownDocument.renderBlocks(body)
            return article.paragraphs.enumerated().map { i, p in
                ParagraphView(id: p.id, number: i + 1, html: p.markdownBlock.map { blocks[$0] } ?? "", line: p.line)
            }
        }
        return article.paragraphs.enumerated().map { i, p in
            ParagraphView(id: p.id, number: i + 1, html: PlainText.render(p.text), line: p.line)
        }
    }

    static func captions(_ article: Article) -> [CaptionView] {
        article.captions.map { CaptionView(id: $0.id, html: PlainText.render($0.text), credit: $0.credit) }
    }
}

/// Lets `concurrentPerform` fill distinct slots of one array without a lock: each index is written once.
struct UnsafeSendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
    init(_ buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
    func set(_ i: Int, _ value: T) { buffer[i] = value }
}
