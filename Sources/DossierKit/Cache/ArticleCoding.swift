/// A parsed article and its warnings in the build cache, written field by field with `ByteWriter`. As JSON,
/// decoding a thousand cached articles was most of a rebuild's parse stage. `read` must mirror `write`
/// field for field; `CacheCodingTests` checks that articles of every shape read back equal.
extension ParseCache.Entry {
    func write(to w: inout ByteWriter) {
        w.string(article.file)
        w.string(article.slug)
        w.string(article.format.rawValue)
        w.string(article.title)
        let m = article.metadata
        w.optional(m.title)
        w.bool(m.published != nil)
        if let date = m.published {
            w.int(date.year)
            w.int(date.month)
            w.int(date.day)
        }
        w.optional(m.outlet)
        w.optional(m.url)
        w.optional(m.author)
        w.int(article.paragraphs.count)
        for p in article.paragraphs {
            w.string(p.id)
            w.string(p.text)
            w.int(p.line)
            w.optionalInt(p.markdownBlock)
            w.optional(p.blockKind)
            w.int(p.headingLevel)
        }
        w.int(article.captions.count)
        for c in article.captions {
            w.string(c.id)
            w.string(c.text)
            w.optional(c.credit)
            w.int(c.line)
        }
        w.int(article.removed.count)
        for r in article.removed {
            w.string(r.kind.rawValue)
            w.string(r.text)
            w.string(r.reason)
            w.int(r.line)
        }
        w.optional(article.markdownBody)
        w.raw(article.searchWords?.bytes)
        w.int(warnings.count)
        for warning in warnings {
            w.optional(warning.file)
            w.optionalInt(warning.line)
            w.string(warning.message)
        }
    }

    static func read(from r: inout ByteReader) throws -> ParseCache.Entry {
        let file = try r.string(), slug = try r.string(), format = try r.raw(SourceFile.Format.self), title = try r.string()
        let metaTitle = try r.optional()
        var published: SimpleDate?
        if try r.bool() {
            guard let date = SimpleDate(year: try r.int(), month: try r.int(), day: try r.int()) else { throw ByteReader.Malformed() }
            published = date
        }
        let metadata = SourceMetadata(title: metaTitle, published: published, outlet: try r.optional(), url: try r.optional(),
                                      author: try r.optional())
        var paragraphs: [Paragraph] = []
        for _ in 0..<(try r.count()) {
            paragraphs.append(Paragraph(id: try r.string(), text: try r.string(), line: try r.int(), markdownBlock: try r.optionalInt(),
                                        blockKind: try r.optional(), headingLevel: try r.int()))
        }
        var captions: [ArticleCaption] = []
        for _ in 0..<(try r.count()) {
            captions.append(ArticleCaption(id: try r.string(), text: try r.string(), credit: try r.optional(), line: try r.int()))
        }
        var removed: [Furniture] = []
        for _ in 0..<(try r.count()) {
            removed.append(Furniture(kind: try r.raw(Furniture.Kind.self), text: try r.string(), reason: try r.string(), line: try r.int()))
        }
        let article = Article(file: file, slug: slug, format: format, title: title, metadata: metadata, paragraphs: paragraphs,
                              captions: captions, removed: removed, markdownBody: try r.optional(),
                              searchWords: try r.raw().map(SearchWords.init(bytes:)))
        var warnings: [BuildWarning] = []
        for _ in 0..<(try r.count()) {
            warnings.append(BuildWarning(file: try r.optional(), line: try r.optionalInt(), try r.string()))
        }
        return ParseCache.Entry(article: article, warnings: warnings)
    }
}

extension ByteWriter {
    mutating func optionalInt(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }

    /// Bytes kept as they are (their length, then them), or nil.
    mutating func raw(_ value: [UInt8]?) {
        bool(value != nil)
        guard let value else { return }
        int(value.count)
        append(value)
    }
}

extension ByteReader {
    mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }

    /// What `ByteWriter.raw` wrote.
    mutating func raw() throws -> [UInt8]? {
        guard try bool() else { return nil }
        return try take(count())
    }
}
