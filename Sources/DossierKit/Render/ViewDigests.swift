// The hand-written digests of the entity page and what it holds (see `DigestWritable`): nine pages in ten of
// a site are entity pages. Each lists its fields in its `encode(to:)` order: the synthesized one follows
// the declaration (or the `CodingKeys`), the custom ones are beside their views.

extension EntityPageView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("root", root)
        d.field("entity", Header(entity))
        d.field("noteHTML", noteHTML)
        d.field("sources", sources)
        d.field("related", related)
        d.field("events", events)
        d.field("quotes", quotes)
        d.field("notes", notes)
        d.field("graph", graph)
        d.field("moreSources", moreSources)
    }
}

extension EntityPageView.Header: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("id", id)
        d.field("name", name)
        d.field("kind", kind)
        d.field("why", why)
        d.field("aliases", aliases)
        d.field("roles", roles)
        d.field("annotated", annotated)
        d.field("mentions", mentions)
        d.field("sources", sources)
    }
}

extension MentionSourceView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("item", item)
        d.field("mentions", mentions)
        d.field("more", more)
    }
}

extension MentionView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("block", block)
        d.field("blockLabel", blockLabel)
        d.field("sentence", sentence)
        d.field("marks", marks)
        d.field("href", href)
    }
}

extension SourceItemView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("title", title)
        d.field("slug", slug)
        d.field("file", file)
        d.field("outlet", outlet)
        d.field("published", published)
        d.field("publishedLong", publishedLong)
        d.field("author", author)
        d.field("paragraphCount", paragraphCount)
        d.field("captionCount", captionCount)
    }
}

extension EntityLinkView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("name", name)
        d.field("slug", slug)
        d.field("kind", kind)
        d.field("count", count)
        d.field("sources", sources)
        d.field("aliases", aliases)
    }
}

extension LinkView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("label", label)
        d.field("href", href)
        d.field("detail", detail)
    }
}

extension QuoteView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("text", text)
        d.field("href", href)
        d.field("sourceTitle", sourceTitle)
        d.field("place", place)
        d.field("attribution", attribution)
    }
}

extension NoteView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("id", id)
        d.field("number", number)
        d.field("noteHTML", noteHTML)
        d.field("tags", tags)
        d.field("quote", quote)
        d.field("href", href)
        d.field("sourceTitle", sourceTitle)
        d.field("entities", entities)
    }
}

extension GraphSVG.Picture: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("nodes", nodes)
        d.field("edges", edges)
        d.field("root", root)
        d.field("className", className)
        d.field("labelledBy", labelledBy)
        d.field("title", title)
        d.field("ego", ego)
    }
}

extension GraphSVG.Picture.Node: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("id", id)
        d.field("name", name)
        d.field("kind", raw: kind)
        d.field("mentions", mentions)
        d.field("label", label)
        d.field("fontSize", fontSize)
        d.field("central", central)
    }
}

extension GraphSVG.Picture.Edge: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("a", a)
        d.field("b", b)
        d.field("weight", weight)
    }
}
