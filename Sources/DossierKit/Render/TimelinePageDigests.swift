// The hand-written digests of the timeline pages (see `DigestWritable`): a hundred and more when a
// dossier's timeline is split by year. Fields in `encode(to:)` order.

extension TimelinePageView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("root", root)
        d.field("years", years)
        d.field("unresolved", unresolved)
        d.field("overviewHTML", overviewHTML)
        d.field("entityOptions", entityOptions)
        d.field("sourceOptions", sourceOptions)
        d.field("eventCount", eventCount)
        d.field("discrepancies", discrepancies)
        d.field("parts", parts)
        d.field("partPath", partPath)
        d.field("previous", previous)
        d.field("next", next)
        d.field("partLabel", partLabel)
        d.field("shownCount", shownCount)
    }
}

extension YearView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("label", label)
        d.field("id", id)
        d.field("events", events)
    }
}

extension EventView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("id", id)
        d.field("dateLabel", dateLabel)
        d.field("datetime", datetime)
        d.field("asWritten", asWritten)
        d.field("precision", precision)
        d.field("sentence", sentence)
        d.field("sentenceWraps", sentenceWraps)
        d.field("title", title)
        d.field("noteHTML", noteHTML)
        d.field("sources", sources)
        d.field("entitySlugs", entitySlugs)
        d.field("sourceSlugs", sourceSlugs)
        d.field("analyst", analyst)
        d.field("groupSummary", groupSummary)
        d.field("discrepancy", discrepancy)
        d.field("related", related)
        d.field("resolution", resolution)
    }
}

extension OptionView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("value", value)
        d.field("label", label)
    }
}

extension ListLinkView: DigestWritable {
    func writeFields(to d: DigestSink) {
        d.field("label", label)
        d.field("href", href)
        d.field("count", count)
        d.field("current", current)
        d.field("barPercent", barPercent)
        d.field("pages", pages)
    }
}
