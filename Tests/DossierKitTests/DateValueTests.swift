import Foundation
import Testing
@testable import DossierKit

/// The typed date value: its TimeML form, its label and the days it covers, computed in one place.
@Suite("Date values")
struct DateValueTests {
    @Test("TimeML forms as TempEval-3 writes them")
    func timeML() {
        let cases: [(DateValue, String)] = [
            (.day(year: 2016, month: 9, day: 18), "2016-09-18"), (.week(year: 2017, week: 5), "2017-W05"),
            (.weekend(year: 1998, week: 12), "1998-W12-WE"), (.month(year: 2020, month: 10), "2020-10"),
            (.season(year: 1998, season: .summer), "1998-SU"), (.quarter(year: 1998, quarter: 3), "1998-Q3"),
            (.half(year: 1990, half: 1), "1990-H1"), (.year(2015), "2015"), (.decade(199), "199"), (.century(19), "19"),
            (.reference(.present), "PRESENT_REF"), (.reference(.past), "PAST_REF"), (.reference(.future), "FUTURE_REF"),
        ]
        for (value, form) in cases { #expect(value.timeML == form) }
    }

    @Test("Labels never more exact than the value")
    func labels() {
        #expect(DateValue.day(year: 2016, month: 9, day: 18).label == "18 September 2016")
        #expect(DateValue.quarter(year: 1989, quarter: 3).label == "third quarter of 1989")
        #expect(DateValue.season(year: 1998, season: .fall).label == "autumn 1998")
        #expect(DateValue.century(19).label == "the 20th century")
        #expect(DateValue.century(10).label == "the 11th century")
        #expect(DateValue.decade(199).label == "the 1990s")
        #expect(DateValue.reference(.present).label == "the present")
    }

    @Test("A quarter, a season or a half is a span like a month; a winter runs into the next year")
    func spans() {
        func days(_ v: DateValue) -> Int { v.endDay! - v.firstDay! }
        #expect(DateValue.quarter(year: 1989, quarter: 3).start == SimpleDate(year: 1989, month: 7, day: 1))
        #expect(days(.quarter(year: 1989, quarter: 3)) == 92)
        #expect(DateValue.season(year: 1998, season: .winter).start == SimpleDate(year: 1998, month: 12, day: 1))
        #expect(DateValue.season(year: 1998, season: .winter).endDay == CalendarMath.dayNumber(1999, 3, 1))
        #expect(days(.half(year: 1990, half: 2)) == 184)
        #expect(days(.weekend(year: 1998, week: 12)) == 2)
        #expect(DateValue.weekend(year: 1998, week: 12).start == SimpleDate(year: 1998, month: 3, day: 21))
        #expect(DateValue.century(19).start == SimpleDate(year: 1900, month: 1, day: 1))
        #expect(DateValue.reference(.past).firstDay == nil && !DateValue.reference(.past).isPlaced)
        #expect(DateValue.decade(199).period?.key == "1990s" && DateValue.century(19).period?.key == "20th-century")
        #expect(DateValue.quarter(year: 1989, quarter: 3).period?.key == "1989")
    }

    @Test("A day with a clock time is still a day: its TimeML value gains the time, the timeline keeps the day")
    func dayTime() {
        let v = DateValue.dayTime(year: 2000, month: 4, day: 4, time: TimeOfDay(hour: 9, minute: 0))
        #expect(v.timeML == "2000-04-04T09:00" && v.precision == .day && v.isPlaced)
        #expect(v.firstDay == DateValue.day(year: 2000, month: 4, day: 4).firstDay && v.endDay == v.firstDay! + 1)
        #expect(v.label == "4 April 2000, 09:00" && v.datetime == "2000-04-04T09:00" && v.period?.key == "2000")
        #expect(DateValue.dayTime(year: 1989, month: 10, day: 27, time: TimeOfDay(hour: 24, minute: 0)).datetime == "1989-10-27")
        #expect(DateValue.day(year: 2000, month: 4, day: 4).at(TimeOfDay(hour: 9, minute: 0)) == v && DateValue.year(2000).at(TimeOfDay(hour: 9, minute: 0)) == nil)
        #expect(dates("He arrived at 7:15 p.m. Friday.", published: "1998-02-13").map(\.1) == ["1998-02-13T19:15"])
        #expect(dates("It closed at 12:30 a.m. Friday.", published: "1998-02-13").map(\.1) == ["1998-02-13T00:30"])
    }

    @Test("Clock times and sizes are never years")
    func clockTimes() {
        // A clock time before a day refines it; the day stays a day.
        #expect(dates("The strike starts by 1200 GMT on Monday.").map(\.0) == ["1200 GMT on Monday"])
        #expect(dates("Talks ran from 1130 to 1215 GMT in 2019.").map(\.0) == ["2019"])
        #expect(dates("Polls close at 0900 local time and 2100 hours.").isEmpty)
        #expect(dates("It shoots at 2048 x 1080 pixels, from 1920 × 1080 in 2015.").map(\.0) == ["2015"])
        #expect(dates("The kidnapping took place at 10 p.m. Wednesday.", published: "1998-02-13").map(\.1) == ["1998-02-11T22:00"])
        #expect(dates("The kidnapping took place at 10 p.m. Wednesday.", published: "1998-02-13").map(\.2) == [.day])
        // A clock time is found as a time, not as a date.
        #expect(foundDates("by 1200 GMT", times: true).map(\.found.isTime) == [true])
    }

    @Test("Quarters, seasons and references in context: a year-ago quarter refers back to the quarter named")
    func context() {
        var extractor = DateExtractor(published: SimpleDate(year: 1989, month: 11, day: 2))
        let first = Tokenizer.tokenize("Net income rose in the third quarter.")
        let second = Tokenizer.tokenize("It was $5 million in the year-ago quarter and a year earlier; the company is now smaller.")
        #expect(extractor.extract(first).map { $0.value?.timeML } == ["1989-Q3"])
        #expect(extractor.extract(second).map { $0.value?.timeML } == ["1988-Q3", "1988-Q3", "PRESENT_REF"])
    }
}

@Suite("Timeline of new precisions")
struct TimelinePrecisionTests {
    @Test("Quarters and seasons are placed like months, references are kept as dates but are no events, clock times make no year")
    func timeline() throws {
        let f = try Fixture([
            "seeds/dossier.yml": "sources:\n  a.txt: {published: 1998-11-02}\n",
            "seeds/a.txt": """
                Headline

                Anna Berg said profit rose in the third quarter. Anna Berg is now in Oslo.

                The vote closed at 1200 GMT, Anna Berg said, after a campaign that began this summer.

                Anna Berg left in the 20th century.
                """,
        ]).withProjectTemplates()
        let dossier = try DossierBuild.model(f.options())
        let values = dossier.dates.compactMap { $0.value?.timeML }
        #expect(values == ["1998-Q3", "PRESENT_REF", "1998-SU", "19"], "\(values)")
        #expect(!dossier.dates.contains { $0.text.contains("1200") })
        #expect(dossier.events.compactMap { $0.value?.timeML } == ["19", "1998-SU", "1998-Q3"])
        try DossierBuild.build(f.options())
        let page = try f.read("Site/timeline.html")
        #expect(page.contains("third quarter of 1998"))
        #expect(page.contains("summer 1998"))
        #expect(page.contains("id=\"y20th-century\""))
        #expect(!page.contains("id=\"y1200"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: f.url("Site/data/dossier.json"))) as? [String: Any]
        let dates = try #require(json?["dates"] as? [[String: Any]])
        #expect(dates.contains { $0["value"] as? String == "PRESENT_REF" && $0["precision"] as? String == "reference" && $0["rule"] as? String == "reference" })
        let timelineJS = try JSONSerialization.jsonObject(with: Data(contentsOf: f.url("Site/data/timeline.json"))) as? [String: Any]
        let events = try #require(timelineJS?["events"] as? [[String: Any]])
        #expect(events.contains { ($0["start_date"] as? [String: String]) == ["year": "1998", "month": "7"] })
    }
}
