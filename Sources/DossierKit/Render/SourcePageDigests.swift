import Markdown

// The hand-written digests of the source page and what it holds (see `DigestWritable`): the page hashes the
// whole article and the wraps of every block, which through Codable cost more than any other page's key.
// Fields go in `encode(to:)` order: the declaration's for synthesized conformances.

extension SourcePageView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("root", root)
        d.field("item", item)
        d.field("url", url)
        d.field("format", format)
        d.field("text", text)
        d.field("entities", entities)
        d.field("dates", dates)
        d.field("related", related)
        d.field("titleNotes", titleNotes)
        d.field("removed", removed)
        d.field("previous", previous)
        d.field("next", next)
    }
}

extension ArticleText: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("article", article)
        d.field("wraps", byKey: wraps)
        d.field("notes", byKey: notes)
    }
}

extension Article: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("file", file)
        d.field("slug", slug)
        d.field("format", raw: format)
        d.field("title", title)
        d.field("metadata", metadata)
        d.field("paragraphs", paragraphs)
        d.field("captions", captions)
        d.field("removed", removed)
        d.field("markdownBody", markdownBody)
    }
}

extension SourceMetadata: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("title", title)
        d.field("published", published)
        d.field("outlet", outlet)
        d.field("url", url)
        d.field("author", author)
    }
}

extension SimpleDate: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("year", year)
        d.field("month", month)
        d.field("day", day)
    }
}

extension Paragraph: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("id", id)
        d.field("text", text)
        d.field("line", line)
        d.field("markdownBlock", markdownBlock)
        d.field("blockKind", blockKind)
        d.field("headingLevel", headingLevel)
    }
}

extension ArticleCaption: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("id", id)
        d.field("text", text)
        d.field("credit", credit)
        d.field("line", line)
    }
}

extension Furniture: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("kind", raw: kind)
        d.field("text", text)
        d.field("reason", reason)
        d.field("line", line)
    }
}

extension InlineWrap: DigestWritable {
    /// The element as a synthesized enum encodes it: a keyed container holding one more, named for the case,
    /// of the case's values (an absent optional marked null, as `DigestKeyed.encodeIfPresent` does).
    func writeFields(to d: DigestSink) {
        d.field("start", start)
        d.field("end", end)
        d.key("element")
        d.tag(.keyed)
        switch element {
        case let .link(href, className, title):
            d.open("link")
            d.field("href", href)
            d.field("className", className)
            d.field("title", title)
        case let .mark(id, className, title, noteHref, noteLabel):
            d.open("mark")
            d.field("id", id)
            d.field("className", className)
            d.field("title", title)
            d.field("noteHref", noteHref)
            d.field("noteLabel", noteLabel)
        }
        d.tag(.end)
    }
}

extension KindGroupView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("kind", kind)
        d.field("label", label)
        d.field("entities", entities)
    }
}

extension RelatedSourceView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("item", item)
        d.field("shared", shared)
    }
}

extension RemovedView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("text", text)
        d.field("reason", reason)
        d.field("line", line)
    }
}
