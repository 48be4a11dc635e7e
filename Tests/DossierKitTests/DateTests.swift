import Foundation
import Testing
@testable import DossierKit

/// Date expressions of one sentence: (text, value, precision).
func dates(_ sentence: String, published: String? = nil) -> [(String, String?, DatePrecision)] {
    foundDates(sentence, published: published).map { ($0.text, $0.found.value?.timeML, $0.found.precision) }
}

/// The expressions the extractor finds in one sentence, with their text.
func foundDates(_ sentence: String, published: String? = nil, times: Bool = false) -> [(text: String, found: DateExtractor.Found)] {
    var extractor = DateExtractor(published: published.flatMap { SimpleDate(iso: $0) })
    let tokens = Tokenizer.tokenize(sentence)
    let bytes = Array(sentence.utf8)
    return extractor.extract(tokens, times: times).map { f in
        (String(decoding: bytes[tokens[f.first].start..<tokens[f.last].end], as: UTF8.self), f)
    }
}

@Suite("Dates")
struct DateTests {
    func expect(_ sentence: String, published: String? = nil, _ expected: [(String, String?, DatePrecision)],
                sourceLocation: SourceLocation = #_sourceLocation) {
        let found = dates(sentence, published: published)
        #expect(found.count == expected.count, "\(sentence): \(found)", sourceLocation: sourceLocation)
        for (f, e) in zip(found, expected) {
            #expect(f.0 == e.0 && f.1 == e.1 && f.2 == e.2, "\(sentence): got \(f), want \(e)", sourceLocation: sourceLocation)
        }
    }

    @Test("Absolute dates in the usual news forms")
    func absolute() {
        expect("In this Sept. 18, 2016 photo, he attends.", [("Sept. 18, 2016", "2016-09-18", .day)])
        expect("It began on 18 September 2016 and 2016-09-20.", [("18 September 2016", "2016-09-18", .day), ("2016-09-20", "2016-09-20", .day)])
        expect("The ban lapses in October 2020.", [("October 2020", "2020-10", .month)])
        expect("In 2011, he flew to Moscow in 2015.", [("2011", "2011", .year), ("2015", "2015", .year)])
        expect("Back in the 1990s it was mid-2015 and early 2016.", [("1990s", "199", .decade), ("mid-2015", "2015", .year), ("early 2016", "2016", .year)])
    }

    @Test("Not dates: durations, ages, counts, numbered documents")
    func notDates() {
        expect("After more than five years, Resolution 1747 and Resolution 2231 stood.", [])
        expect("She has served for 15 years and is aged 45; 2,015 people and 500 Americans came.", [])
        expect("The minister may resign; protesters march.", [])
    }

    @Test("Relative dates resolve against the publication date, tense deciding direction")
    func relative() {
        // 2017-04-13 was a Thursday.
        expect("He arrived in Moscow on Tuesday.", published: "2017-04-13", [("Tuesday", "2017-04-11", .day)])
        expect("He will arrive in Moscow on Tuesday.", published: "2017-04-13", [("Tuesday", "2017-04-18", .day)])
        expect("He is scheduled to speak on Thursday.", published: "2017-04-13", [("Thursday", "2017-04-13", .day)])
        expect("He appeared in Aleppo last December.", published: "2017-04-13", [("last December", "2016-12", .month)])
        expect("It happened yesterday, not two years ago.", published: "2017-04-13", [("yesterday", "2017-04-12", .day), ("two years ago", "2015", .year)])
        expect("Earlier this month and last year and next week.", published: "2017-04-13",
               [("Earlier this month", "2017-04", .month), ("last year", "2016", .year), ("next week", "2017-W16", .week)])
    }

    @Test("Without a publication date relative dates stay unresolved, never guessed")
    func unresolved() {
        expect("He arrived on Tuesday, last December.", [("Tuesday", nil, .day), ("last December", nil, .month)])
    }

    @Test("Calendar arithmetic")
    func calendar() {
        let n = CalendarMath.dayNumber(2017, 4, 13)
        #expect(CalendarMath.weekday(n) == 3)  // Thursday
        #expect(CalendarMath.format(day: n + 365) == "2018-04-13")
        #expect(CalendarMath.isoWeek(CalendarMath.dayNumber(2021, 1, 3)) == "2020-W53")
        #expect(CalendarMath.isoWeek(n) == "2017-W15")
        for day in stride(from: -800_000, to: 800_000, by: 997) {
            let d = CalendarMath.date(day)
            #expect(CalendarMath.dayNumber(d.year, d.month, d.day) == day)
        }
    }

    @Test("The seeds: every date found, the Tuesday/Wednesday trip grouped and flagged")
    func seeds() throws {
        let dossier = try DossierBuild.model(BuildOptions(seeds: "seeds", templates: "Templates", output: "Site", relativeTo: Project.root))
        let texts = dossier.dates.map(\.text)
        for expected in ["Tuesday", "2015", "2011", "October 2020", "last December", "Sept. 18, 2016", "Wednesday"] {
            #expect(texts.contains(expected), "\(expected) in \(texts)")
        }
        #expect(!texts.contains { $0.contains("1747") || $0.contains("five") })
        #expect(dossier.dates.filter { $0.relative }.allSatisfy { $0.value == nil })  // no publication dates in the seeds
        let flagged = dossier.groups.filter(\.discrepancy)
        #expect(flagged.count == 1)
        let phrases = Set(flagged[0].events.compactMap { dossier.events[$0].date?.text })
        #expect(phrases == ["Tuesday", "Wednesday"])
        #expect(Set(flagged[0].events.flatMap { dossier.events[$0].sources }).count == 2)
    }
}

@Suite("Timeline pages")
struct TimelinePageTests {
    @Test("Events in order with mixed precision, analyst events, exports, entity and source sections")
    func timeline() throws {
        let f = try Fixture([
            "seeds/dossier.yml": """
                sources:
                  a.txt: {published: 2017-04-13}
                events:
                  - date: 2016
                    title: Talks began
                    note: The *analyst's* event.
                    entities: [Anna Berg]
                    sources: [a.txt]
                """,
            "seeds/a.txt": "Headline\n\nAnna Berg met Lars Dahl in Oslo on Tuesday. In 2016, Anna Berg visited Oslo. On 3 March 2016, Anna Berg left Oslo.\n",
            "seeds/b.txt": "Other\n\nThe talks in the 1990s failed.\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let page = try f.read("Site/timeline.html")
        let list = String(page[page.range(of: "<ol class=\"timeline\">")!.lowerBound...])
        let order = ["the 1990s", "id=\"y2016-h\"", "Talks began", "3 March 2016", "11 April 2017"].map { list.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(order)")
        let positions = order.compactMap { $0 }
        #expect(positions == positions.sorted())
        #expect(page.contains("<time datetime=\"2017-04-11\">11 April 2017</time>"))
        #expect(page.contains("as written: “Tuesday”"))
        #expect(page.contains("<span class=\"badge\">analyst</span>"))
        #expect(page.contains("<em>analyst’s</em>"))
        #expect(page.contains("<svg class=\"overview\""))
        #expect(page.contains("<script src=\"assets/timeline.js\" defer></script>"))
        #expect(page.contains("data-entities=\"anna-berg"))
        let entity = try f.read("Site/entities/anna-berg.html")
        #expect(entity.contains("href=\"../timeline.html#e"))
        let source = try f.read("Site/sources/a.html")
        #expect(source.contains("Dates in this source"))
        let timelineJSON = try JSONSerialization.jsonObject(with: Data(contentsOf: f.url("Site/data/timeline.json"))) as? [String: Any]
        let events = try #require(timelineJSON?["events"] as? [[String: Any]])
        #expect(events.contains { ($0["start_date"] as? [String: String])?["day"] == "11" })
        let dossierJSON = try JSONSerialization.jsonObject(with: Data(contentsOf: f.url("Site/data/dossier.json"))) as? [String: Any]
        let dates = try #require(dossierJSON?["dates"] as? [[String: Any]])
        #expect(dates.contains { $0["text"] as? String == "Tuesday" && $0["value"] as? String == "2017-04-11" && $0["resolved"] as? Bool == true })
    }

    @Test("Sources whose relative dates cannot be placed are on the review page")
    func undatedReview() throws {
        let f = try Fixture(["seeds/a.txt": "Headline\n\nShe left on Tuesday and came back last December.\n"]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let review = try f.read("Site/review.html")
        #expect(review.contains("Sources without a date of publication"))
        #expect(review.contains("2 relative date(s), “Tuesday”, “last December”"))
    }

    @Test("An analyst event naming an unknown entity or source, or with a bad date, is an error with its line")
    func badEvents() throws {
        let f = try Fixture([
            "seeds/a.txt": seedArticle,
            "seeds/dossier.yml": "events:\n  - date: 2016\n    title: T\n    entities: [Nobody]\n    sources: [zz.txt]\n",
        ]).withProjectTemplates()
        let errors = buildErrors(f.options())
        #expect(errors.contains("seeds/dossier.yml:2: error: event 'T': no entity named 'Nobody' in the dossier"))
        #expect(errors.contains("seeds/dossier.yml:2: error: event 'T': no source file 'zz.txt'"))
        try f.write("seeds/dossier.yml", "events:\n  - date: 14/04/2017\n    title: T\n")
        #expect(buildErrors(f.options()).first?.contains("seeds/dossier.yml:2: error: date '14/04/2017' is not a date") == true)
    }
}

@Suite("Timeline paging")
struct TimelinePagingTests {
    @Test("A large timeline is split into a page per year, and every link finds its event")
    func split() throws {
        let f = try Fixture([
            "seeds/a.txt": "Headline\n\nIn 2011, Anna Berg met Lars Dahl in Oslo. In 2012, Anna Berg met Lars Dahl in Bergen.\n\nIn 2012, Lars Dahl left. In 1990s Oslo, nothing.\n",
            "seeds/b.txt": "Other\n\nAnna Berg spoke on Tuesday.\n",
        ]).withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        let templates = try TemplateSet.load(from: f.url("Templates"), displayName: "Templates")
        var renderer = SiteRenderer(templates: templates)
        renderer.timelineThreshold = 2
        let files = Dictionary(uniqueKeysWithValues: renderer.render(dossier).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(files["timeline/2011.html"] != nil && files["timeline/2012.html"] != nil && files["timeline/unresolved.html"] != nil)
        let main = try #require(files["timeline.html"])
        #expect(main.contains("href=\"timeline/2012.html\""))
        #expect(!main.contains("<li class=\"event"))
        #expect(main.contains("<svg class=\"overview\""))
        #expect(main.contains("href=\"timeline/2011.html#e"))
        let year = try #require(files["timeline/2012.html"])
        #expect(year.contains("<h1>Timeline: 2012</h1>"))
        #expect(year.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        #expect(year.contains("href=\"../sources/a.html#p1\""))
        let entity = try #require(files["entities/anna-berg.html"])
        #expect(entity.contains("href=\"../timeline/2011.html#e"))
        // Every event anchor a page links to exists on the page it names.
        for (path, html) in files where path.hasSuffix(".html") {
            for match in html.matches(of: /href="((?:\.\.\/)?timeline(?:\/[^"#]+)?\.html)#(e\d+)"/) {
                let target = String(match.1).replacingOccurrences(of: "../", with: "")
                let resolved = path.contains("/") && !match.1.hasPrefix("../") ? "timeline/" + target : target
                #expect(files[resolved]?.contains("id=\"\(match.2)\"") == true, "\(path) → \(resolved)#\(match.2)")
            }
        }
    }

    @Test("The last date of a paragraph anchors 'the following month' at the start of the next, not 'the next year'")
    func acrossParagraphs() {
        var extractor = DateExtractor(published: SimpleDate(iso: "1989-10-27"))
        _ = extractor.extract(Tokenizer.tokenize("The company was sold in March 1989."))
        let found = extractor.extract(Tokenizer.tokenize("The following month, it was put up for sale. The plant will close over the next year."))
        #expect(found.map { $0.value?.timeML } == ["1989-04", "1990"])
    }
}

/// When two events from different sources are one happening told twice (grouped on the timeline).
@Suite("Grouping events")
struct HappeningTests {
    func event(_ text: String, _ value: DateValue?, entities: [Int], source: Int) -> TimelineEvent {
        let mention = DateMention(location: TextLocation(article: source, block: "p1"), start: 0, end: text.utf8.count, text: text,
                                  value: value, precision: value?.precision ?? .day, rule: "test", resolution: "test",
                                  sentenceStart: 0, sentenceEnd: text.utf8.count, relative: value == nil)
        return TimelineEvent(id: "e", date: mention, analystDate: nil, title: nil, sentence: text, location: mention.location,
                             sentenceStart: 0, entities: entities, sources: [source], note: nil, annotated: false, group: nil)
    }

    @Test("Two shared entities and the same date (days up to three apart) from two sources; never one source, one entity or another precision")
    func rules() {
        let april13 = DateValue.day(year: 2017, month: 4, day: 13)
        let cases: [(TimelineEvent, TimelineEvent, Bool, String)] = [
            (event("13 April", april13, entities: [1, 2], source: 0), event("16 April", .day(year: 2017, month: 4, day: 16), entities: [2, 1, 5], source: 1), true, "three days apart"),
            (event("13 April", april13, entities: [1, 2], source: 0), event("17 April", .day(year: 2017, month: 4, day: 17), entities: [1, 2], source: 1), false, "four days apart"),
            (event("13 April", april13, entities: [1, 2], source: 0), event("13 April", april13, entities: [1, 2], source: 0), false, "one source"),
            (event("13 April", april13, entities: [1, 1, 2], source: 0), event("13 April", april13, entities: [1, 1, 3], source: 1), false, "one entity in common, written twice"),
            (event("April", .month(year: 2017, month: 4), entities: [1, 2], source: 0), event("13 April", april13, entities: [1, 2], source: 1), false, "another precision"),
            (event("April", .month(year: 2017, month: 4), entities: [3, 1, 2], source: 0), event("April", .month(year: 2017, month: 4), entities: [2, 3], source: 1), true, "the same month"),
            (event("on Tuesday", nil, entities: [1, 2], source: 0), event("on Wednesday", nil, entities: [1, 2], source: 1), true, "two unresolved weekdays"),
            (event("on Tuesday", nil, entities: [1, 2], source: 0), event("last year", nil, entities: [1, 2], source: 1), false, "a weekday and last year"),
            (event("on Tuesday", nil, entities: [1, 2], source: 0), event("13 April", april13, entities: [1, 2], source: 1), false, "resolved and not"),
        ]
        for (a, b, expected, note) in cases {
            #expect(TimelineStage.sameHappening(a, b) == expected, "\(note)")
            #expect(TimelineStage.sameHappening(b, a) == expected, "\(note), the other way round")
        }
    }
}
