import Foundation
import Markdown

struct LinkView: PageBody {
    var label: String
    var href: String
    var detail: String?

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "href": TemplateValue(href)
        case "detail": TemplateValue(detail)
        default: nil
        }
    }
}

struct EventView: PageBody {
    var id: String
    var dateLabel: String
    var datetime: String?
    var asWritten: String?
    var precision: String
    /// The sentence and its wraps (entity links, the date's mark): hashed for the page's key; the markup
    /// is made from them by `prepared()`, only when the page is rendered.
    var sentence: String?
    var sentenceWraps: [InlineWrap]
    var sentenceHTML: String?
    var title: String?
    var noteHTML: String?
    var sources: [LinkView]
    var entitySlugs: String
    var sourceSlugs: String
    var analyst: Bool
    var groupSummary: String?
    var discrepancy: Bool
    var related: [LinkView]
    var resolution: String?

    // Everything but `sentenceHTML`, which `prepared()` makes from `sentence` and `sentenceWraps` alone.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, dateLabel, datetime, asWritten, precision, sentence, sentenceWraps, title, noteHTML, sources, entitySlugs,
             sourceSlugs, analyst, groupSummary, discrepancy, related, resolution
    }

    func prepared() -> EventView {
        var view = self
        view.sentenceHTML = sentence.map { ArticleHTML.inline($0, wraps: sentenceWraps) }
        return view
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": TemplateValue(id)
        case "dateLabel": TemplateValue(dateLabel)
        case "datetime": TemplateValue(datetime)
        case "asWritten": TemplateValue(asWritten)
        case "precision": TemplateValue(precision)
        case "sentenceHTML": TemplateValue(sentenceHTML)
        case "title": TemplateValue(title)
        case "noteHTML": TemplateValue(noteHTML)
        case "sources": TemplateValue(sources.references)
        case "entitySlugs": TemplateValue(entitySlugs)
        case "sourceSlugs": TemplateValue(sourceSlugs)
        case "analyst": TemplateValue(analyst)
        case "groupSummary": TemplateValue(groupSummary)
        case "discrepancy": TemplateValue(discrepancy)
        case "related": TemplateValue(related.references)
        case "hasRelated": TemplateValue(!related.isEmpty)
        case "resolution": TemplateValue(resolution)
        default: nil
        }
    }
}

struct YearView: PageBody {
    var label: String
    var id: String
    var events: [EventView]

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "id": TemplateValue(id)
        case "events": TemplateValue(events.references)
        case "count": TemplateValue(events.count)
        default: nil
        }
    }
}

struct OptionView: PageBody {
    var value: String
    var label: String

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "value": TemplateValue(value)
        case "label": TemplateValue(label)
        default: nil
        }
    }
}

struct TimelinePageView: PageBody {
    var root: String
    var years: [YearView]
    var unresolved: [EventView]
    var overviewHTML: String
    var entityOptions: [OptionView]
    var sourceOptions: [OptionView]
    var eventCount: Int
    var discrepancies: Int
    /// The year list with counts as bars, on `timeline.html`.
    var parts: [ListLinkView]
    /// On a part of a split timeline: its path, and the parts before and after it. The list of every
    /// period is made in the browser from `timeline/periods.js` (see `TimelineHTML.periodsScript`).
    var partPath: String?
    var previous: LinkView?
    var next: LinkView?
    var partLabel: String?
    var shownCount: Int

    /// Each event's sentence markup, made only now that the page is rendered (see `EventView`).
    func prepared() -> TimelinePageView {
        var view = self
        for y in view.years.indices { view.years[y].events = view.years[y].events.map { $0.prepared() } }
        view.unresolved = view.unresolved.map { $0.prepared() }
        return view
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "parts": TemplateValue(parts.references)
        case "hasParts": TemplateValue(!parts.isEmpty)
        case "partPath": TemplateValue(partPath)
        case "previous": TemplateValue(previous)
        case "next": TemplateValue(next)
        case "partLabel": TemplateValue(partLabel)
        case "hasFilters": TemplateValue(shownCount > 0)
        case "root": TemplateValue(root)
        case "years": TemplateValue(years.references)
        case "unresolved": TemplateValue(unresolved.references)
        case "hasUnresolved": TemplateValue(!unresolved.isEmpty)
        case "hasYears": TemplateValue(!years.isEmpty)
        case "overviewHTML": TemplateValue(overviewHTML.isEmpty ? nil : overviewHTML)
        case "entityOptions": TemplateValue(entityOptions.references)
        case "sourceOptions": TemplateValue(sourceOptions.references)
        case "eventCount": TemplateValue(eventCount)
        case "discrepancies": TemplateValue(discrepancies)
        case "hasDiscrepancies": TemplateValue(discrepancies > 0)
        default: nil
        }
    }
}

/// Dates as people read them, and the events of the timeline as views.
enum TimelineHTML {
    struct Context {
        var dossier: Dossier
        var root: String
        var paging: TimelinePaging
        /// The page being rendered, relative to the site root.
        var page: String
        /// Entity mentions by sentence, for links inside event sentences.
        var mentionsBySentence: [SentenceKey: [(entity: Int, start: Int, end: Int)]]
    }

    struct SentenceKey: Hashable {
        var location: TextLocation
        var start: Int
    }

    static func view(_ event: TimelineEvent, index: Int, context c: Context) -> EventView {
        let d = c.dossier
        var wraps: [InlineWrap] = []
        if event.sentence != nil, let location = event.location {
            for m in c.mentionsBySentence[SentenceKey(location: location, start: event.sentenceStart)] ?? [] {
                let entity = d.entities[m.entity]
                wraps.append(InlineWrap(
                    start: m.start - event.sentenceStart, end: m.end - event.sentenceStart,
                    element: .link(href: "\(c.root)entities/\(entity.id).html", className: "entity kind-\(entity.kind.rawValue)", title: entity.name)))
            }
            if let date = event.date {
                wraps.append(InlineWrap(start: date.start - event.sentenceStart, end: date.end - event.sentenceStart,
                                        element: .mark(id: nil, className: "date", title: date.value?.label)))
            }
        }
        // Without a place in a source there is nothing to show the sentence in.
        let sentence = event.location == nil ? nil : event.sentence
        let sources: [LinkView] = event.sources.map { s in
            let article = d.articles[s]
            let anchor = event.location.map { "#\($0.block)" } ?? ""
            let place = event.location.map { EntityPages.blockLabel($0.block) }
            return LinkView(label: article.title, href: "\(c.root)sources/\(article.slug).html\(anchor)", detail: place)
        }
        var related: [LinkView] = []
        var summary: String?
        var discrepancy = false
        if let g = event.group {
            let group = d.groups[g]
            summary = group.summary
            discrepancy = group.discrepancy
            // A few of the others: a story told by a hundred sources would otherwise list all of them on each
            // of its hundred events (the summary gives the count).
            for other in group.events.lazy.filter({ $0 != index }).prefix(8) {
                let o = d.events[other]
                let written = o.date.map { "“\($0.text)”" } ?? ""
                related.append(LinkView(label: o.sources.first.map { d.articles[$0].title } ?? o.id,
                                        href: c.paging.href(other, from: c.page, root: c.root), detail: written))
            }
        }
        let dateLabel: String
        if let value = event.value {
            dateLabel = value.label
        } else if let date = event.date {
            let publication = event.sources.first.flatMap { d.articles[$0].metadata.published }
            dateLabel = publication == nil ? "\(date.text), date of publication unknown" : date.text
        } else {
            dateLabel = "undated"
        }
        return EventView(
            id: event.id, dateLabel: dateLabel, datetime: event.value?.datetime,
            asWritten: event.date.flatMap { $0.text == dateLabel || dateLabel.hasPrefix($0.text + ",") ? nil : $0.text }, precision: event.precision.rawValue,
            sentence: sentence, sentenceWraps: wraps, sentenceHTML: nil, title: event.title,
            noteHTML: event.note.map { MarkdownDocument.renderHTML($0) }, sources: sources,
            entitySlugs: event.entities.map { d.entities[$0].id }.joined(separator: " "),
            sourceSlugs: event.sources.map { d.articles[$0].slug }.joined(separator: " "),
            analyst: event.annotated, groupSummary: summary, discrepancy: discrepancy, related: related,
            resolution: event.date?.resolution)
    }

    /// `timeline.html` (everything, or the overview and the years when the timeline is split) or one part
    /// of a split timeline.
    static func page(_ dossier: Dossier, root: String, paging: TimelinePaging, part: TimelinePaging.Part?,
                     mentions: [SentenceKey: [(entity: Int, start: Int, end: Int)]]) -> TimelinePageView {
        let path = part?.path ?? "timeline.html"
        let context = Context(dossier: dossier, root: root, paging: paging, page: path, mentionsBySentence: mentions)
        var years: [YearView] = []
        var unresolved: [EventView] = []
        let shown: [Int] = part.map(\.events) ?? (paging.split ? [] : Array(dossier.events.indices))
        for i in shown {
            let event = dossier.events[i]
            let view = self.view(event, index: i, context: context)
            guard let value = event.value else {
                unresolved.append(view)
                continue
            }
            guard let period = value.period else { continue }
            if years.last?.label == period.label {
                years[years.count - 1].events.append(view)
            } else {
                years.append(YearView(label: period.label, id: "y\(period.key)", events: [view]))
            }
        }
        let events = shown.map { dossier.events[$0] }
        let involved = Set(events.flatMap(\.entities))
        // In index order, then by name (as a filter of every entity gave them, at a tenth of the cost on each
        // of a split timeline's pages).
        let entityOptions = involved.sorted()
            .sorted { dossier.entities[$0].name < dossier.entities[$1].name }
            .map { OptionView(value: dossier.entities[$0].id, label: dossier.entities[$0].name) }
        let sourcesInvolved = Set(events.flatMap(\.sources))
        let sourceOptions = sourcesInvolved.sorted()
            .map { OptionView(value: dossier.articles[$0].slug, label: dossier.articles[$0].title) }
        let listed = paging.split || paging.parts.count > 1
        let position = part.flatMap { p in paging.parts.firstIndex { $0.path == p.path } }
        func step(_ by: Int) -> LinkView? {
            guard let position, paging.parts.indices.contains(position + by) else { return nil }
            let other = paging.parts[position + by]
            return LinkView(label: other.label, href: root + other.path)
        }
        // `timeline.html` counts the whole timeline; a part of it counts only what it shows (the groups
        // whose dates differ, among its events), so that it stays the same while other parts change (see
        // `periodsScript`).
        let shownDiscrepancies = Set(events.compactMap(\.group).filter { dossier.groups[$0].discrepancy }).count
        return TimelinePageView(
            root: root, years: years, unresolved: unresolved,
            overviewHTML: part == nil ? TimelineSVG.render(dossier, paging: paging, root: root) : "",
            entityOptions: entityOptions, sourceOptions: sourceOptions,
            eventCount: part == nil ? dossier.events.count : shown.count,
            discrepancies: part == nil ? dossier.groups.filter(\.discrepancy).count : shownDiscrepancies,
            parts: listed && part == nil ? TimelineSVG.yearBars(paging, root: root) : [],
            partPath: part?.path, previous: step(-1), next: step(1), partLabel: part?.label, shownCount: shown.count)
    }

    /// `timeline/periods.js`, for a split timeline: every period with the paths of its pages, from which
    /// `assets/timeline.js` lists the periods on each part. In one file rather than on every part, so that
    /// a period added by an edit (a first event in 1777) changes this file and the parts beside the new one,
    /// not the hundred and more pages of the timeline. Without scripts a part still links to the parts
    /// before and after it and to `timeline.html`, which lists them all.
    static func periodsScript(_ paging: TimelinePaging) -> OutputFile {
        let json = JSON.array(paging.periods.map { parts in
            .array([.string(parts[0].periodLabel), .array(parts.map { .string($0.path) })])
        })
        return OutputFile(path: "timeline/periods.js",
                          bytes: Data("window.DOSSIER_PERIODS=".utf8) + json.renderData(pretty: false) + Data(";\n".utf8))
    }

    /// An entity page lists its first hundred events, and links to the filtered timeline for all of them.
    static let eventsPerEntityPage = 100

    /// The events that involve one entity, for its page.
    static func entityEvents(_ dossier: Dossier, events: [Int], root: String, paging: TimelinePaging) -> [LinkView] {
        events.prefix(eventsPerEntityPage).map { i in
            let e = dossier.events[i]
            let date = e.value?.label ?? "\(e.date?.text ?? "undated") (not placed)"
            let text = e.title ?? e.sentence ?? ""
            return LinkView(label: date, href: paging.href(i, root: root), detail: text)
        }
    }

    /// `data/timeline.json` in the TimelineJS format: resolved events only (TimelineJS needs a year).
    static func timelineJS(_ dossier: Dossier) -> OutputFile {
        var events: [JSON] = []
        for e in dossier.events {
            guard let start = e.value?.start else { continue }
            var date: [(String, JSON)] = [("year", .string(String(start.year)))]
            // A quarter or a season starts on its first month, like a month; a week on its first day.
            if e.precision >= .quarter { date.append(("month", .string(String(start.month)))) }
            if e.precision >= .week { date.append(("day", .string(String(start.day)))) }
            let headline = e.title ?? e.sources.first.map { dossier.articles[$0].title } ?? e.id
            events.append(.object([
                ("unique_id", .string(e.id)), ("start_date", .object(date)),
                ("text", .object([("headline", .string(headline)), ("text", .string(e.sentence ?? e.note ?? ""))])),
                ("group", .string(e.annotated ? "Analyst" : e.sources.first.map { dossier.articles[$0].metadata.outlet ?? dossier.articles[$0].file } ?? "")),
            ]))
        }
        let json = JSON.object([
            ("title", .object([("text", .object([("headline", .string(dossier.title)), ("text", .string(dossier.description ?? ""))]))])),
            ("events", .array(events)),
        ])
        return OutputFile(path: "data/timeline.json", bytes: json.renderData())
    }
}
