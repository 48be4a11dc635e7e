import Foundation

/// A file found under the seeds folder: its bytes and where it came from. Never modified.
public struct SourceFile: Sendable, Equatable {
    /// Path relative to the seeds folder, with `/` separators (`000_x.txt`, `wire/2017/a.md`).
    public var path: String
    public var bytes: Data

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }

    public enum Format: String, Sendable, Codable { case text, markdown }

    public var format: Format {
        path.lowercased().hasSuffix(".md") || path.lowercased().hasSuffix(".markdown") ? .markdown : .text
    }
}

/// Where a source came from and when: from front matter or from dossier.yml.
public struct SourceMetadata: Sendable, Equatable, Codable {
    public var title: String?
    public var published: SimpleDate?
    public var outlet: String?
    public var url: String?
    public var author: String?

    public init(title: String? = nil, published: SimpleDate? = nil, outlet: String? = nil, url: String? = nil,
                author: String? = nil) {
        self.title = title
        self.published = published
        self.outlet = outlet
        self.url = url
        self.author = author
    }

    /// Fields set in `override` win over ours.
    func overridden(by override: SourceMetadata) -> SourceMetadata {
        SourceMetadata(
            title: override.title ?? title, published: override.published ?? published,
            outlet: override.outlet ?? outlet, url: override.url ?? url, author: override.author ?? author)
    }
}

/// One paragraph of article prose. `text` is NFC with `\n` line ends; spans index its UTF-8 bytes.
public struct Paragraph: Sendable, Equatable, Codable {
    /// `p1`, `p2`, …: the HTML anchor, stable as long as the source is.
    public var id: String
    public var text: String
    /// Line in the source file where the paragraph starts.
    public var line: Int
    /// For Markdown sources, the index of the cmark top-level block this paragraph renders from.
    public var markdownBlock: Int?
    /// For Markdown sources, what kind of block (heading, list, quote…); nil for plain text.
    public var blockKind: String?
    public var headingLevel: Int

    public init(id: String, text: String, line: Int, markdownBlock: Int? = nil, blockKind: String? = nil,
                headingLevel: Int = 0) {
        self.id = id
        self.text = text
        self.line = line
        self.markdownBlock = markdownBlock
        self.blockKind = blockKind
        self.headingLevel = headingLevel
    }
}

/// A photo caption kept out of the prose; `id` is `c1`, `c2`, ….
public struct ArticleCaption: Sendable, Equatable, Codable {
    public var id: String
    public var text: String
    public var credit: String?
    public var line: Int
}

/// A parsed source: headline, metadata, clean paragraphs, captions and what the cleaner removed.
public struct Article: Sendable, Equatable, Codable {
    public var file: String
    public var slug: String
    public var format: SourceFile.Format
    public var title: String
    public var metadata: SourceMetadata
    public var paragraphs: [Paragraph]
    public var captions: [ArticleCaption]
    public var removed: [Furniture]
    /// The Markdown text of a `.md` source after its front matter; nil for plain text.
    public var markdownBody: String?
    /// The words search finds the article by, cut when it is parsed (nil for an article made otherwise:
    /// the search index cuts them then). Derived from the text, so not encoded.
    public var searchWords: SearchWords?

    enum CodingKeys: String, CodingKey {
        case file, slug, format, title, metadata, paragraphs, captions, removed, markdownBody
    }
}
