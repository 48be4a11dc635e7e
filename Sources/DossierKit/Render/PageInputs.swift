/// What pages are made from, hashed once per build so that a page can hash its inputs without making its
/// view (see `SiteRenderer.Page.inputs`): each article whole, and each entity as a link to it shows it.
///
/// A rebuild used to make all 11,700 views of a 1,362-article dossier to compare their keys, the sentences
/// of every mention cut out and grouped, when one edited article changes a few dozen pages. An entity page's
/// inputs are the entity itself, the articles that name it, the entities linked from it and the events,
/// quotes and notes it lists: hashing them costs a walk over its mentions.
struct PageInputTables: Sendable {
    /// Every article as placed in this dossier (slug included): all its page can show of it.
    let articles: [Hash128]
    /// Every article as a list of sources shows it (`SourceItemView`).
    let items: [Hash128]
    /// Every entity as `EntityLinkView` shows it: name, slug, kind, mention and source counts, aliases.
    let links: [Hash128]

    /// Every event as an entity page lists it, its link made from the site's root (every entity page has
    /// the same root, and the page's path is hashed with its inputs).
    let events: [Hash128]

    init(_ dossier: Dossier, paging: TimelinePaging) {
        let articles = dossier.articles
        self.articles = concurrentMap(Array(articles.indices)) { i in
            let sink = DigestSink(Hash128())
            sink.nested(articles[i])
            return sink.hash
        }
        items = concurrentMap(Array(articles.indices)) { i in
            let sink = DigestSink(Hash128())
            sink.nested(SourceItemView(articles[i]))
            return sink.hash
        }
        let entities = dossier.entities
        links = concurrentMap(Array(entities.indices)) { i in
            let sink = DigestSink(Hash128())
            sink.nested(EntityLinkView(entities[i]))
            return sink.hash
        }
        events = concurrentMap(Array(dossier.events.indices)) { i in
            let sink = DigestSink(Hash128())
            for link in TimelineHTML.entityEvents(dossier, events: [i], root: "", paging: paging) { sink.nested(link) }
            return sink.hash
        }
    }
}

extension DigestSink {
    func digest(_ hash: Hash128) {
        uint(hash.a)
        uint(hash.b)
    }
}

extension EntityPages {
    /// Everything `pages(for:index:paging:)` makes the page of entity `e` from. The entity whole, with every
    /// mention (the sentences shown are cut from its articles' texts); each article it is named in (title,
    /// slug, date and text); the entities it links to, as links show them, with their counts; the shared
    /// sentences among the neighbours its graph draws; and its events, quotes and notes as the page lists them
    /// (a few short strings each, made as the page makes them).
    static func writeInputs(of e: Int, dossier: Dossier, index: EntityIndex, tables: PageInputTables,
                            root: String, to sink: DigestSink) {
        let entity = dossier.entities[e]
        for text in [entity.id, entity.name, entity.kind.rawValue, entity.why] { sink.string(text) }
        sink.int(Int64(entity.aliases.count))
        for alias in entity.aliases { sink.string(alias) }
        sink.int(Int64(entity.roles.count))
        for role in entity.roles { sink.string(role) }
        if let note = entity.note { sink.string(note) } else { sink.tag(.null) }
        sink.bool(entity.annotated)
        sink.int(Int64(entity.mentions.count))
        var article = -1
        for m in entity.mentions {
            // Each article's digest where its mentions begin: mentions come in article order, and an article
            // met twice is only hashed twice, which changes nothing from one build to the next.
            if m.location.article != article {
                article = m.location.article
                sink.int(Int64(article))
                sink.digest(tables.articles[article])
            }
            sink.string(m.location.block)
            for n in [m.start, m.end, m.sentenceStart, m.sentenceEnd] { sink.int(Int64(n)) }
            sink.string(m.text)
        }
        let related = index.related[e] ?? []
        let linked = related.prefix(max(relatedListed, GraphSVG.egoNeighbours))
        sink.int(Int64(linked.count))
        for r in linked {
            sink.digest(tables.links[r.entity])
            sink.int(Int64(r.count))
        }
        // The graph's links among the neighbours it draws.
        let members = related.prefix(GraphSVG.egoNeighbours).map(\.entity)
        for (i, a) in members.enumerated() {
            let weights = index.sharedSentences[a]
            for b in members[(i + 1)...] { sink.int(Int64(weights?[b] ?? 0)) }
        }
        let events = (index.events[e] ?? []).prefix(TimelineHTML.eventsPerEntityPage)
        sink.int(Int64(events.count))
        for event in events { sink.digest(tables.events[event]) }
        let quotes = AnnotationHTML.quotes(index.quotes[e] ?? [], dossier: dossier, root: root)
        sink.int(Int64(quotes.count))
        for quote in quotes { sink.nested(quote) }
        let notes = index.annotations[e] ?? []
        sink.int(Int64(notes.count))
        for a in notes { sink.nested(AnnotationHTML.note(dossier.annotations[a], number: 0, dossier: dossier, root: root)) }
    }
}

extension SiteRenderer {
    /// Everything the page of source `i` is made from: the article whole; the neighbours it links to, as
    /// lists show them; the entity links inside its text; the entities it names, with their counts; its
    /// dates, its annotations and its related sources (each as its list shows it).
    static func writeSourceInputs(of i: Int, dossier: Dossier, index: EntityIndex, tables: PageInputTables,
                                  dates: [DateMention], annotations: [Annotation], root: String, to sink: DigestSink) {
        sink.digest(tables.articles[i])
        for neighbour in [i - 1, i + 1] {
            if tables.items.indices.contains(neighbour) { sink.digest(tables.items[neighbour]) } else { sink.tag(.null) }
        }
        // Each mention's link is made from its entity as a link shows it (the entity's digest) and its span.
        let linked = index.linked[i] ?? [:]
        sink.int(Int64(linked.count))
        for block in linked.keys.sorted() {
            sink.string(block)
            sink.int(Int64(linked[block]!.count))
            for span in linked[block]! {
                sink.digest(tables.links[span.entity])
                sink.int(Int64(span.start))
                sink.int(Int64(span.end))
            }
        }
        let named = index.byArticle[i] ?? []
        sink.int(Int64(named.count))
        for (entity, count) in named {
            sink.digest(tables.links[entity])
            sink.int(Int64(count))
        }
        sink.int(Int64(dates.count))
        for d in dates {
            for text in [d.text, d.location.block, d.value?.label ?? "not placed: \(d.resolution)"] { sink.string(text) }
        }
        sink.int(Int64(annotations.count))
        for (number, a) in annotations.enumerated() {
            sink.nested(AnnotationHTML.wrap(a, number: number + 1))
            sink.nested(AnnotationHTML.note(a, number: number + 1, dossier: dossier, root: root))
        }
        let related = dossier.related.indices.contains(i) ? dossier.related[i] : []
        sink.int(Int64(related.count))
        for r in related {
            sink.digest(tables.items[r.article])
            let shared = r.shared.prefix(AnnotationHTML.sharedListed)
            sink.int(Int64(shared.count))
            for e in shared { sink.digest(tables.links[e]) }
        }
    }
}
