// A hand-annotated corpus of original news-style sentences (written for this
// fixture; no text is copied from real reporting) used to measure precision
// and recall of the date extractor and the correctness of its normalization.
// Real public figures and places appear in invented situations.
//
// Annotation conventions:
// - `text` is the date expression exactly as written, without a preceding
//   preposition (on, in, since, by, until, from, during) and without "the"
//   ("the 1990s" → "1990s"), but with the modifiers that belong to it (last,
//   next, this, earlier this, later this, ago, early, mid-, late).
// - `value` follows TimeML: day "2016-09-18", month "2020-10", year "2015",
//   decade "199" (first three digits), ISO week "2017-W15". "early 2016",
//   "mid-2015" and "late 2019" normalize to the year.
// - Relative expressions resolve against `published`. A weekday in a past
//   tense clause (or with "last") is the most recent such day on or before
//   publication; in a future clause (will, is to, is scheduled/expected to,
//   plans to, or with "next") the first such day on or after publication.
//   "last week"/"this week"/"next week" are the ISO week of the shifted date.
//   A day and month without a year takes the publication year (every such
//   case here lies within a few weeks of publication, so the year is
//   unambiguous; "Dec. 26" in a past-tense article of Jan. 4 is the previous
//   year).
// - With no publication date, every relative expression has a nil value but
//   keeps the precision it would have had; absolute expressions still
//   resolve.
// - Quarters, halves, seasons and weekends follow TimeML too: "1989-Q3", "2020-H1", "2021-SU",
//   "2019-W41-WE"; "the third quarter" is this year's unless it has not begun; "a year earlier" and
//   "the year-ago quarter" are the quarter the sentence before named, a year back. Centuries: "11" for
//   the 12th century. "fiscal 2019" is the year 2019. These noun phrases keep their "the".
// - References take TimeML's reference values whatever the publication date: "now", "currently" →
//   PRESENT_REF; "recently", "recent days" → PAST_REF; "the near future" → FUTURE_REF.
// - Clock times ("2000 GMT", "0600 local time", "10:30 am") and sizes ("3840 x 2160") are not dates; a
//   clock time right before a day refines it: "0600 local time on Thursday" → "2017-08-31T06:00".
// - Not dates: durations (for 15 years, a decade, three-month, week-long),
//   ages (aged 45, 45-year-old, in his 40s), counts and identifiers that look
//   like years (Resolution 2231, Flight 2015, 2,015 protesters, the 1500
//   meters, Route 1776, Article 2017), times of day, "may" as a verb, "march"
//   as a verb or noun, and The Sun newspaper.

struct ExpectedDate: Sendable {
    let text: String
    let value: String?
    let precision: String
}

struct DateCase: Sendable {
    let published: String?
    let sentence: String
    let expected: [ExpectedDate]
}

enum DateCorpus {
    static let cases: [DateCase] = [
        // MARK: - Wire copy with a publication date: weekdays and relative expressions

        DateCase(
            published: "2017-04-13",
            sentence: "WASHINGTON (AP) — The Senate voted on Tuesday to confirm the nominee after a bruising debate that stretched late into the night.",
            expected: [
                ExpectedDate(text: "Tuesday", value: "2017-04-11", precision: "day"),
            ]
        ),
        DateCase(
            published: "2017-04-13",
            sentence: "LONDON, April 13 (Reuters) - Britain's opposition leader said on Thursday that he would force a vote on the budget next week.",
            expected: [
                ExpectedDate(text: "April 13", value: "2017-04-13", precision: "day"),
                ExpectedDate(text: "Thursday", value: "2017-04-13", precision: "day"),
                ExpectedDate(text: "next week", value: "2017-W16", precision: "week"),
            ]
        ),
        DateCase(
            published: "2017-04-13",
            sentence: "The ministry said exports fell 3.2 percent last December, the steepest monthly drop since 2009.",
            expected: [
                ExpectedDate(text: "last December", value: "2016-12", precision: "month"),
                ExpectedDate(text: "2009", value: "2009", precision: "year"),
            ]
        ),
        DateCase(
            published: "2017-12-05",
            sentence: "Shipments rebounded sharply last December, the agency said in a report released on Tuesday.",
            expected: [
                ExpectedDate(text: "last December", value: "2016-12", precision: "month"),
                ExpectedDate(text: "Tuesday", value: "2017-12-05", precision: "day"),
            ]
        ),
        DateCase(
            published: "2016-09-21",
            sentence: "The Federal Reserve left interest rates unchanged on Wednesday but signalled that a rise was still likely this year.",
            expected: [
                ExpectedDate(text: "Wednesday", value: "2016-09-21", precision: "day"),
                ExpectedDate(text: "this year", value: "2016", precision: "year"),
            ]
        ),
        DateCase(
            published: "2016-09-21",
            sentence: "Apple will unveil its new laptops on Tuesday, according to two people familiar with the plans.",
            expected: [
                ExpectedDate(text: "Tuesday", value: "2016-09-27", precision: "day"),
            ]
        ),
        DateCase(
            published: "2019-03-08",
            sentence: "The central bank is expected to cut rates on Thursday, its first reduction since mid-2015.",
            expected: [
                ExpectedDate(text: "Thursday", value: "2019-03-14", precision: "day"),
                ExpectedDate(text: "mid-2015", value: "2015", precision: "year"),
            ]
        ),
        DateCase(
            published: "2019-03-08",
            sentence: "Police arrested 14 people on Monday after a protest march through the city centre turned violent.",
            expected: [
                ExpectedDate(text: "Monday", value: "2019-03-04", precision: "day"),
            ]
        ),
        DateCase(
            published: "2019-03-08",
            sentence: "Protesters plan to march on parliament again on Sunday, organisers said.",
            expected: [
                ExpectedDate(text: "Sunday", value: "2019-03-10", precision: "day"),
            ]
        ),
        DateCase(
            published: "2020-10-14",
            sentence: "The company reported a quarterly loss yesterday and warned that job cuts announced last month would deepen.",
            expected: [
                ExpectedDate(text: "yesterday", value: "2020-10-13", precision: "day"),
                ExpectedDate(text: "last month", value: "2020-09", precision: "month"),
            ]
        ),
        DateCase(
            published: "2020-10-14",
            sentence: "Voters in the state will go to the polls on Nov. 3, and many early ballots have already been mailed out.",
            expected: [
                ExpectedDate(text: "Nov. 3", value: "2020-11-03", precision: "day"),
            ]
        ),
        DateCase(
            published: "2020-10-14",
            sentence: "Turnout was the highest since 1992, election officials said on Tuesday.",
            expected: [
                ExpectedDate(text: "1992", value: "1992", precision: "year"),
                ExpectedDate(text: "Tuesday", value: "2020-10-13", precision: "day"),
            ]
        ),
        DateCase(
            published: "2021-01-04",
            sentence: "Restrictions that took effect on Dec. 26 will stay in place for at least six weeks, the health minister said today.",
            expected: [
                ExpectedDate(text: "Dec. 26", value: "2020-12-26", precision: "day"),
                ExpectedDate(text: "today", value: "2021-01-04", precision: "day"),
            ]
        ),
        DateCase(
            published: "2021-01-04",
            sentence: "Britain became the first country to approve the vaccine last month, and the first doses were given on Dec. 8.",
            expected: [
                ExpectedDate(text: "last month", value: "2020-12", precision: "month"),
                ExpectedDate(text: "Dec. 8", value: "2020-12-08", precision: "day"),
            ]
        ),
        DateCase(
            published: "2018-06-29",
            sentence: "The leaders will meet again in Brussels next Thursday to finalise the deal.",
            expected: [
                ExpectedDate(text: "next Thursday", value: "2018-07-05", precision: "day"),
            ]
        ),
        DateCase(
            published: "2018-06-29",
            sentence: "Shares closed 2 percent higher on Friday after the bank passed its annual stress test.",
            expected: [
                ExpectedDate(text: "Friday", value: "2018-06-29", precision: "day"),
            ]
        ),
        DateCase(
            published: "2015-11-02",
            sentence: "The prime minister flew to Ankara last Friday for talks on the refugee crisis.",
            expected: [
                ExpectedDate(text: "last Friday", value: "2015-10-30", precision: "day"),
            ]
        ),
        DateCase(
            published: "2015-11-02",
            sentence: "Flight 2015 from Dubai landed safely in Karachi on Sunday after a bomb threat forced the crew to declare an emergency.",
            expected: [
                ExpectedDate(text: "Sunday", value: "2015-11-01", precision: "day"),
            ]
        ),
        DateCase(
            published: "2022-02-17",
            sentence: "Moscow said it had pulled some troops back from the border yesterday, but NATO said it had seen no sign of a withdrawal.",
            expected: [
                ExpectedDate(text: "yesterday", value: "2022-02-16", precision: "day"),
            ]
        ),
        DateCase(
            published: "2022-02-17",
            sentence: "Foreign ministers are scheduled to meet in Munich on Saturday.",
            expected: [
                ExpectedDate(text: "Saturday", value: "2022-02-19", precision: "day"),
            ]
        ),
        DateCase(
            published: "2022-02-17",
            sentence: "Consumer prices rose 7.5 percent in the 12 months to last month, the fastest pace since February 1982.",
            expected: [
                ExpectedDate(text: "last month", value: "2022-01", precision: "month"),
                ExpectedDate(text: "February 1982", value: "1982-02", precision: "month"),
            ]
        ),
        DateCase(
            published: "2023-07-31",
            sentence: "The heatwave that began earlier this month has already broken temperature records in 30 cities.",
            expected: [
                ExpectedDate(text: "earlier this month", value: "2023-07", precision: "month"),
            ]
        ),
        DateCase(
            published: "2023-07-31",
            sentence: "The festival, which was founded in the '90s, will return next year with a smaller line-up.",
            expected: [
                ExpectedDate(text: "'90s", value: "199", precision: "decade"),
                ExpectedDate(text: "next year", value: "2024", precision: "year"),
            ]
        ),
        DateCase(
            published: "2019-12-30",
            sentence: "Most shops in the city will reopen this week after the holiday break.",
            expected: [
                ExpectedDate(text: "this week", value: "2020-W01", precision: "week"),
            ]
        ),
        DateCase(
            published: "2019-12-30",
            sentence: "The law, passed by parliament on Dec. 19, was signed by the president on Friday.",
            expected: [
                ExpectedDate(text: "Dec. 19", value: "2019-12-19", precision: "day"),
                ExpectedDate(text: "Friday", value: "2019-12-27", precision: "day"),
            ]
        ),
        DateCase(
            published: "2024-02-29",
            sentence: "Babies born today will not celebrate a birthday on the actual date until 2028.",
            expected: [
                ExpectedDate(text: "today", value: "2024-02-29", precision: "day"),
                ExpectedDate(text: "2028", value: "2028", precision: "year"),
            ]
        ),
        DateCase(
            published: "2018-12-31",
            sentence: "Stock markets will be closed tomorrow for a public holiday.",
            expected: [
                ExpectedDate(text: "tomorrow", value: "2019-01-01", precision: "day"),
            ]
        ),
        DateCase(
            published: "2018-12-31",
            sentence: "Online sales fell sharply last week as shoppers held back ahead of the new tax.",
            expected: [
                ExpectedDate(text: "last week", value: "2018-W52", precision: "week"),
            ]
        ),
        DateCase(
            published: "2021-05-19",
            sentence: "Ceasefire talks are to resume on Wednesday in Cairo, an Egyptian official said.",
            expected: [
                ExpectedDate(text: "Wednesday", value: "2021-05-19", precision: "day"),
            ]
        ),
        DateCase(
            published: "2021-05-19",
            sentence: "The border crossing closed 10 days ago and has not reopened since.",
            expected: [
                ExpectedDate(text: "10 days ago", value: "2021-05-09", precision: "day"),
            ]
        ),
        DateCase(
            published: "2014-08-26",
            sentence: "The truce, agreed two years ago, collapsed on Sunday when rockets were fired across the border.",
            expected: [
                ExpectedDate(text: "two years ago", value: "2012", precision: "year"),
                ExpectedDate(text: "Sunday", value: "2014-08-24", precision: "day"),
            ]
        ),
        DateCase(
            published: "2020-03-15",
            sentence: "Schools will close from Tuesday until at least April 20, the government announced.",
            expected: [
                ExpectedDate(text: "Tuesday", value: "2020-03-17", precision: "day"),
                ExpectedDate(text: "April 20", value: "2020-04-20", precision: "day"),
            ]
        ),
        DateCase(
            published: "2020-03-15",
            sentence: "Doctors in the city first noticed the unusual cluster of pneumonia cases three months ago.",
            expected: [
                ExpectedDate(text: "three months ago", value: "2019-12", precision: "month"),
            ]
        ),
        DateCase(
            published: "2022-11-11",
            sentence: "Remembrance ceremonies were held in towns and villages across France and Belgium today.",
            expected: [
                ExpectedDate(text: "today", value: "2022-11-11", precision: "day"),
            ]
        ),
        DateCase(
            published: "2022-11-11",
            sentence: "The cryptocurrency exchange filed for bankruptcy protection on Friday, days after a rescue deal collapsed.",
            expected: [
                ExpectedDate(text: "Friday", value: "2022-11-11", precision: "day"),
            ]
        ),
        DateCase(
            published: "2025-06-10",
            sentence: "The committee will publish its findings later this month, its chairman said.",
            expected: [
                ExpectedDate(text: "later this month", value: "2025-06", precision: "month"),
            ]
        ),
        DateCase(
            published: "2025-06-10",
            sentence: "Construction of the tunnel is now due to finish in late 2027, two years behind schedule.",
            expected: [
                ExpectedDate(text: "now", value: "PRESENT_REF", precision: "reference"),
                ExpectedDate(text: "late 2027", value: "2027", precision: "year"),
            ]
        ),
        DateCase(
            published: "2023-01-02",
            sentence: "Power was restored to most homes last week after storms brought down lines across the region.",
            expected: [
                ExpectedDate(text: "last week", value: "2022-W52", precision: "week"),
            ]
        ),
        DateCase(
            published: "2023-01-02",
            sentence: "The new labelling rules will come into force next month.",
            expected: [
                ExpectedDate(text: "next month", value: "2023-02", precision: "month"),
            ]
        ),
        DateCase(
            published: "2017-04-13",
            sentence: "Officials said the steelworks had been idle since early 2016.",
            expected: [
                ExpectedDate(text: "early 2016", value: "2016", precision: "year"),
            ]
        ),
        DateCase(
            published: "2017-04-13",
            sentence: "The 62-year-old senator, who has served for 24 years, announced on Wednesday that she would not seek re-election.",
            expected: [
                ExpectedDate(text: "Wednesday", value: "2017-04-12", precision: "day"),
            ]
        ),
        DateCase(
            published: "2017-04-13",
            sentence: "Elections are due next March, but the opposition wants them brought forward.",
            expected: [
                ExpectedDate(text: "next March", value: "2018-03", precision: "month"),
            ]
        ),
        DateCase(
            published: "2017-04-13",
            sentence: "The vice president is to travel to Seoul on Monday, the White House said.",
            expected: [
                ExpectedDate(text: "Monday", value: "2017-04-17", precision: "day"),
            ]
        ),
        DateCase(
            published: "2017-12-05",
            sentence: "Next March, the agency will begin enforcing the new emissions limits.",
            expected: [
                ExpectedDate(text: "Next March", value: "2018-03", precision: "month"),
            ]
        ),
        DateCase(
            published: "2017-12-05",
            sentence: "The company plans to list its shares in New York next year.",
            expected: [
                ExpectedDate(text: "next year", value: "2018", precision: "year"),
            ]
        ),
        DateCase(
            published: "2017-12-05",
            sentence: "The storm hit the coast on Sunday and had weakened to a tropical depression by Monday.",
            expected: [
                ExpectedDate(text: "Sunday", value: "2017-12-03", precision: "day"),
                ExpectedDate(text: "Monday", value: "2017-12-04", precision: "day"),
            ]
        ),
        DateCase(
            published: "2017-12-05",
            sentence: "More than 1,776 delegates will attend the party congress, which opens on Dec. 18.",
            expected: [
                ExpectedDate(text: "Dec. 18", value: "2017-12-18", precision: "day"),
            ]
        ),
        DateCase(
            published: "2016-09-21",
            sentence: "Last year, the company shipped 12 million units, up from 9 million in 2014.",
            expected: [
                ExpectedDate(text: "Last year", value: "2015", precision: "year"),
                ExpectedDate(text: "2014", value: "2014", precision: "year"),
            ]
        ),
        DateCase(
            published: "2016-09-21",
            sentence: "Four years ago the city's mayor promised a new stadium; construction has still not begun.",
            expected: [
                ExpectedDate(text: "Four years ago", value: "2012", precision: "year"),
            ]
        ),
        DateCase(
            published: "2016-09-21",
            sentence: "The 1500 meters final, postponed because of lightning, will now be run on Friday at 3 pm.",
            expected: [
                ExpectedDate(text: "now", value: "PRESENT_REF", precision: "reference"),
                ExpectedDate(text: "Friday", value: "2016-09-23", precision: "day"),
            ]
        ),
        DateCase(
            published: "2018-06-29",
            sentence: "Three months ago the regulator opened an investigation into the bank's lending practices.",
            expected: [
                ExpectedDate(text: "Three months ago", value: "2018-03", precision: "month"),
            ]
        ),
        DateCase(
            published: "2018-06-29",
            sentence: "The 1,500-page report, three years in the making, will be published next Tuesday.",
            expected: [
                ExpectedDate(text: "next Tuesday", value: "2018-07-03", precision: "day"),
            ]
        ),
        DateCase(
            published: "2018-06-29",
            sentence: "Italy's new government was sworn in on June 1 after nearly three months of deadlock.",
            expected: [
                ExpectedDate(text: "June 1", value: "2018-06-01", precision: "day"),
            ]
        ),
        DateCase(
            published: "2019-03-08",
            sentence: "The government will face a confidence vote on Monday, and the minister may resign if she loses it.",
            expected: [
                ExpectedDate(text: "Monday", value: "2019-03-11", precision: "day"),
            ]
        ),
        DateCase(
            published: "2019-03-08",
            sentence: "Britain is scheduled to leave the European Union on March 29, and lawmakers will vote on the deal again on Tuesday.",
            expected: [
                ExpectedDate(text: "March 29", value: "2019-03-29", precision: "day"),
                ExpectedDate(text: "Tuesday", value: "2019-03-12", precision: "day"),
            ]
        ),
        DateCase(
            published: "2021-01-04",
            sentence: "The central bank expects growth to return to pre-pandemic levels by mid-2022.",
            expected: [
                ExpectedDate(text: "mid-2022", value: "2022", precision: "year"),
            ]
        ),
        DateCase(
            published: "2021-01-04",
            sentence: "Pupils returned to classrooms today, but unions warned that many buildings were unsafe.",
            expected: [
                ExpectedDate(text: "today", value: "2021-01-04", precision: "day"),
            ]
        ),
        DateCase(
            published: "2021-01-04",
            sentence: "The transition period ended on Thursday, and lorry traffic through Dover was light.",
            expected: [
                ExpectedDate(text: "Thursday", value: "2020-12-31", precision: "day"),
            ]
        ),
        DateCase(
            published: "2022-02-17",
            sentence: "The two leaders last met in Geneva in June 2021.",
            expected: [
                ExpectedDate(text: "June 2021", value: "2021-06", precision: "month"),
            ]
        ),
        DateCase(
            published: "2022-02-17",
            sentence: "The dispute dates back to the 1980s, when the two countries first quarrelled over fishing rights.",
            expected: [
                ExpectedDate(text: "1980s", value: "198", precision: "decade"),
            ]
        ),
        DateCase(
            published: "2023-07-31",
            sentence: "The striker scored twice on Sunday and will start again on Wednesday against the league leaders.",
            expected: [
                ExpectedDate(text: "Sunday", value: "2023-07-30", precision: "day"),
                ExpectedDate(text: "Wednesday", value: "2023-08-02", precision: "day"),
            ]
        ),
        DateCase(
            published: "2023-07-31",
            sentence: "The trial is scheduled to begin on Aug. 14 in federal court in Manhattan.",
            expected: [
                ExpectedDate(text: "Aug. 14", value: "2023-08-14", precision: "day"),
            ]
        ),
        DateCase(
            published: "2023-07-31",
            sentence: "Temperatures reached 48 degrees on July 16, the highest ever recorded on the island.",
            expected: [
                ExpectedDate(text: "July 16", value: "2023-07-16", precision: "day"),
            ]
        ),
        DateCase(
            published: "2018-12-31",
            sentence: "The ceasefire was agreed on Dec. 21 and has largely held since.",
            expected: [
                ExpectedDate(text: "Dec. 21", value: "2018-12-21", precision: "day"),
            ]
        ),
        DateCase(
            published: "2019-12-30",
            sentence: "The protests that began in June 2019 continued yesterday with a rally in Causeway Bay.",
            expected: [
                ExpectedDate(text: "June 2019", value: "2019-06", precision: "month"),
                ExpectedDate(text: "yesterday", value: "2019-12-29", precision: "day"),
            ]
        ),
        DateCase(
            published: "2014-08-26",
            sentence: "Inflation in the eurozone fell to 0.3 percent last month, its lowest level since October 2009.",
            expected: [
                ExpectedDate(text: "last month", value: "2014-07", precision: "month"),
                ExpectedDate(text: "October 2009", value: "2009-10", precision: "month"),
            ]
        ),
        DateCase(
            published: "2014-08-26",
            sentence: "Parliament will be recalled next week to debate the air strikes.",
            expected: [
                ExpectedDate(text: "next week", value: "2014-W36", precision: "week"),
            ]
        ),
        DateCase(
            published: "2014-08-26",
            sentence: "The outbreak, first reported on March 23, has now killed more than 1,400 people.",
            expected: [
                ExpectedDate(text: "now", value: "PRESENT_REF", precision: "reference"),
                ExpectedDate(text: "March 23", value: "2014-03-23", precision: "day"),
            ]
        ),
        DateCase(
            published: "2025-06-10",
            sentence: "The company said on Monday it would cut 4,000 jobs after posting its first annual loss since the 1990s.",
            expected: [
                ExpectedDate(text: "Monday", value: "2025-06-09", precision: "day"),
                ExpectedDate(text: "1990s", value: "199", precision: "decade"),
            ]
        ),
        DateCase(
            published: "2025-06-10",
            sentence: "Fares will rise by 4 percent from next month, the operator said.",
            expected: [
                ExpectedDate(text: "next month", value: "2025-07", precision: "month"),
            ]
        ),
        DateCase(
            published: "2025-06-10",
            sentence: "The Sun said the singer would add a third concert at Wembley next Saturday.",
            expected: [
                ExpectedDate(text: "next Saturday", value: "2025-06-14", precision: "day"),
            ]
        ),
        DateCase(
            published: "2020-10-14",
            sentence: "The ruling upheld a law first passed in 1998 and amended in 2012 and again in 2019.",
            expected: [
                ExpectedDate(text: "1998", value: "1998", precision: "year"),
                ExpectedDate(text: "2012", value: "2012", precision: "year"),
                ExpectedDate(text: "2019", value: "2019", precision: "year"),
            ]
        ),
        DateCase(
            published: "2020-10-14",
            sentence: "Aged 45 when she took office in 2016, she is now the country's longest-serving minister.",
            expected: [
                ExpectedDate(text: "now", value: "PRESENT_REF", precision: "reference"),
                ExpectedDate(text: "2016", value: "2016", precision: "year"),
            ]
        ),
        DateCase(
            published: "2024-02-29",
            sentence: "Defence spending has doubled since the 2000s, according to a report published this week.",
            expected: [
                ExpectedDate(text: "2000s", value: "200", precision: "decade"),
                ExpectedDate(text: "this week", value: "2024-W09", precision: "week"),
            ]
        ),
        DateCase(
            published: "2024-02-29",
            sentence: "She finished second last year and is expected to win on Saturday.",
            expected: [
                ExpectedDate(text: "last year", value: "2023", precision: "year"),
                ExpectedDate(text: "Saturday", value: "2024-03-02", precision: "day"),
            ]
        ),
        DateCase(
            published: "2024-02-29",
            sentence: "Parliament approved the budget on Feb. 27, and the president signed it yesterday.",
            expected: [
                ExpectedDate(text: "Feb. 27", value: "2024-02-27", precision: "day"),
                ExpectedDate(text: "yesterday", value: "2024-02-28", precision: "day"),
            ]
        ),
        DateCase(
            published: "2022-11-11",
            sentence: "The company's shares have lost two-thirds of their value since early 2021.",
            expected: [
                ExpectedDate(text: "early 2021", value: "2021", precision: "year"),
            ]
        ),
        DateCase(
            published: "2022-11-11",
            sentence: "Leaders are to gather in Bali on Tuesday for a two-day summit.",
            expected: [
                ExpectedDate(text: "Tuesday", value: "2022-11-15", precision: "day"),
            ]
        ),
        DateCase(
            published: "2022-11-11",
            sentence: "Police estimated the crowd at 2,015 people when protesters marched past parliament on Wednesday.",
            expected: [
                ExpectedDate(text: "Wednesday", value: "2022-11-09", precision: "day"),
            ]
        ),
        DateCase(
            published: "2015-11-02",
            sentence: "Voters in the region will elect a new assembly on Sunday, the first such poll since 2011.",
            expected: [
                ExpectedDate(text: "Sunday", value: "2015-11-08", precision: "day"),
                ExpectedDate(text: "2011", value: "2011", precision: "year"),
            ]
        ),
        DateCase(
            published: "2015-11-02",
            sentence: "The 18-year-old forward scored a hat-trick on Saturday in his first start since August 2014.",
            expected: [
                ExpectedDate(text: "Saturday", value: "2015-10-31", precision: "day"),
                ExpectedDate(text: "August 2014", value: "2014-08", precision: "month"),
            ]
        ),
        DateCase(
            published: "2015-11-02",
            sentence: "The 23-year-old, who joined the club aged 16, signed a five-year extension today.",
            expected: [
                ExpectedDate(text: "today", value: "2015-11-02", precision: "day"),
            ]
        ),
        DateCase(
            published: "2020-03-15",
            sentence: "The prime minister will address the nation on Monday.",
            expected: [
                ExpectedDate(text: "Monday", value: "2020-03-16", precision: "day"),
            ]
        ),
        DateCase(
            published: "2020-03-15",
            sentence: "The 1,200-bed field hospital, built in 10 days, admitted its first patients on Saturday.",
            expected: [
                ExpectedDate(text: "Saturday", value: "2020-03-14", precision: "day"),
            ]
        ),
        DateCase(
            published: "2021-05-19",
            sentence: "A spokesman said earlier this month that every adult would be offered a vaccine by July 31.",
            expected: [
                ExpectedDate(text: "earlier this month", value: "2021-05", precision: "month"),
                ExpectedDate(text: "July 31", value: "2021-07-31", precision: "day"),
            ]
        ),
        DateCase(
            published: "2021-05-19",
            sentence: "The 10-year-old girl was pulled from the rubble on Monday, 40 hours after the building collapsed.",
            expected: [
                ExpectedDate(text: "Monday", value: "2021-05-17", precision: "day"),
            ]
        ),
        DateCase(
            published: "2023-01-02",
            sentence: "Fireworks were set off at midnight on Saturday as crowds packed the embankment.",
            expected: [
                ExpectedDate(text: "Saturday", value: "2022-12-31", precision: "day"),
            ]
        ),
        DateCase(
            published: "2016-01-01",
            sentence: "The new minimum wage takes effect today, and a further rise is planned for next year.",
            expected: [
                ExpectedDate(text: "today", value: "2016-01-01", precision: "day"),
                ExpectedDate(text: "next year", value: "2017", precision: "year"),
            ]
        ),
        DateCase(
            published: "2016-01-01",
            sentence: "Retailers reported brisk trade this week as shoppers hunted for bargains.",
            expected: [
                ExpectedDate(text: "this week", value: "2015-W53", precision: "week"),
            ]
        ),
        DateCase(
            published: "2018-01-05",
            sentence: "The minister, who was appointed on Dec. 28, said on Thursday she would review the contract.",
            expected: [
                ExpectedDate(text: "Dec. 28", value: "2017-12-28", precision: "day"),
                ExpectedDate(text: "Thursday", value: "2018-01-04", precision: "day"),
            ]
        ),
        DateCase(
            published: "2019-06-14",
            sentence: "TOKYO, June 14 (Reuters) - Two oil tankers were attacked in the Gulf of Oman yesterday, and crude prices jumped 4 percent.",
            expected: [
                ExpectedDate(text: "June 14", value: "2019-06-14", precision: "day"),
                ExpectedDate(text: "yesterday", value: "2019-06-13", precision: "day"),
            ]
        ),
        DateCase(
            published: "2019-06-14",
            sentence: "NAIROBI (AP) — Kenya's parliament is expected to approve the budget next week after a three-day debate.",
            expected: [
                ExpectedDate(text: "next week", value: "2019-W25", precision: "week"),
            ]
        ),

        // MARK: - Absolute dates: AP, British and ISO styles, months, years, decades

        DateCase(
            published: nil,
            sentence: "The treaty was signed in Lisbon on Dec. 13, 2007, and took effect on Dec. 1, 2009.",
            expected: [
                ExpectedDate(text: "Dec. 13, 2007", value: "2007-12-13", precision: "day"),
                ExpectedDate(text: "Dec. 1, 2009", value: "2009-12-01", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The company was founded in Seattle in 1994 by a former hedge fund analyst.",
            expected: [
                ExpectedDate(text: "1994", value: "1994", precision: "year"),
            ]
        ),
        DateCase(
            published: "2015-08-28",
            sentence: "Hurricane Katrina made landfall on Aug. 29, 2005, and flooded about 80 percent of New Orleans.",
            expected: [
                ExpectedDate(text: "Aug. 29, 2005", value: "2005-08-29", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The museum reopened on 18 September 2016 after a four-year restoration.",
            expected: [
                ExpectedDate(text: "18 September 2016", value: "2016-09-18", precision: "day"),
            ]
        ),
        DateCase(
            published: "2016-10-03",
            sentence: "Filings dated 2016-09-18 show the fund sold its entire stake in the miner.",
            expected: [
                ExpectedDate(text: "2016-09-18", value: "2016-09-18", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The referendum was held on 23 June 2016, and Britain formally left the bloc on 31 January 2020.",
            expected: [
                ExpectedDate(text: "23 June 2016", value: "2016-06-23", precision: "day"),
                ExpectedDate(text: "31 January 2020", value: "2020-01-31", precision: "day"),
            ]
        ),
        DateCase(
            published: "2021-03-02",
            sentence: "Production in the North Sea peaked in the 1970s and has declined almost every year since.",
            expected: [
                ExpectedDate(text: "1970s", value: "197", precision: "decade"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The band, which sold millions of records in the '80s, is touring again.",
            expected: [
                ExpectedDate(text: "'80s", value: "198", precision: "decade"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "By Oct. 2020 the agency had approved more than 300 applications.",
            expected: [
                ExpectedDate(text: "Oct. 2020", value: "2020-10", precision: "month"),
            ]
        ),
        DateCase(
            published: "2022-05-06",
            sentence: "Car sales slumped in October 2020 before recovering strongly in 2021.",
            expected: [
                ExpectedDate(text: "October 2020", value: "2020-10", precision: "month"),
                ExpectedDate(text: "2021", value: "2021", precision: "year"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The minister may resign if the report, due to be published on Sept. 18, 2016, criticises her department.",
            expected: [
                ExpectedDate(text: "Sept. 18, 2016", value: "2016-09-18", precision: "day"),
            ]
        ),
        DateCase(
            published: "2016-08-30",
            sentence: "The inquiry will publish its report on September 18, 2016, the chairman confirmed.",
            expected: [
                ExpectedDate(text: "September 18, 2016", value: "2016-09-18", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The mine closed in mid-2015, and some 1,200 workers lost their jobs.",
            expected: [
                ExpectedDate(text: "mid-2015", value: "2015", precision: "year"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The coalition has governed since late 2019 but has lost three by-elections this year.",
            expected: [
                ExpectedDate(text: "late 2019", value: "2019", precision: "year"),
                ExpectedDate(text: "this year", value: nil, precision: "year"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The airline said Flight 2017 from Lagos landed safely on 4 March 2018 after a three-hour delay.",
            expected: [
                ExpectedDate(text: "4 March 2018", value: "2018-03-04", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Under Article 50, which the government triggered on 29 March 2017, the country had two years to negotiate its exit.",
            expected: [
                ExpectedDate(text: "29 March 2017", value: "2017-03-29", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Officials expect the vote to take place on May 5, 2022, if the courts allow it.",
            expected: [
                ExpectedDate(text: "May 5, 2022", value: "2022-05-05", precision: "day"),
            ]
        ),
        DateCase(
            published: "2019-07-12",
            sentence: "The airline carried 4.2 million passengers in May 2019, a record for the airline.",
            expected: [
                ExpectedDate(text: "May 2019", value: "2019-05", precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The exhibition runs until Feb. 4, 2024, at the Tate Modern.",
            expected: [
                ExpectedDate(text: "Feb. 4, 2024", value: "2024-02-04", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The station first opened on Jan. 9, 1904, and was rebuilt in the 1950s.",
            expected: [
                ExpectedDate(text: "Jan. 9, 1904", value: "1904-01-09", precision: "day"),
                ExpectedDate(text: "1950s", value: "195", precision: "decade"),
            ]
        ),
        DateCase(
            published: "2021-11-23",
            sentence: "The policy has been in place since Aug. 2019, and no one has yet been prosecuted under it.",
            expected: [
                ExpectedDate(text: "Aug. 2019", value: "2019-08", precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The merger, announced in Nov. 2018, was blocked by regulators in Dec. 2019.",
            expected: [
                ExpectedDate(text: "Nov. 2018", value: "2018-11", precision: "month"),
                ExpectedDate(text: "Dec. 2019", value: "2019-12", precision: "month"),
            ]
        ),
        DateCase(
            published: "2015-12-14",
            sentence: "Negotiators worked through the night and reached an agreement on 12 December 2015.",
            expected: [
                ExpectedDate(text: "12 December 2015", value: "2015-12-12", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "She was first elected in 2010, re-elected in 2015 and appointed foreign secretary in 2019.",
            expected: [
                ExpectedDate(text: "2010", value: "2010", precision: "year"),
                ExpectedDate(text: "2015", value: "2015", precision: "year"),
                ExpectedDate(text: "2019", value: "2019", precision: "year"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The club was relegated in the 1960s and did not return to the top flight until 1987.",
            expected: [
                ExpectedDate(text: "1960s", value: "196", precision: "decade"),
                ExpectedDate(text: "1987", value: "1987", precision: "year"),
            ]
        ),
        DateCase(
            published: "2018-04-20",
            sentence: "Between 2010 and 2014 the city lost a fifth of its manufacturing jobs.",
            expected: [
                ExpectedDate(text: "2010", value: "2010", precision: "year"),
                ExpectedDate(text: "2014", value: "2014", precision: "year"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Earlier this month, the agency warned that it could run out of money by September 2025.",
            expected: [
                ExpectedDate(text: "Earlier this month", value: nil, precision: "month"),
                ExpectedDate(text: "September 2025", value: "2025-09", precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The actor, who rose to fame in the '70s, died on Wednesday aged 81.",
            expected: [
                ExpectedDate(text: "'70s", value: "197", precision: "decade"),
                ExpectedDate(text: "Wednesday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: "2020-07-08",
            sentence: "The data covers every flight that landed at the airport from 2019-01-01 to 2019-12-31.",
            expected: [
                ExpectedDate(text: "2019-01-01", value: "2019-01-01", precision: "day"),
                ExpectedDate(text: "2019-12-31", value: "2019-12-31", precision: "day"),
            ]
        ),

        // MARK: - No publication date: relative expressions stay unresolved

        DateCase(
            published: nil,
            sentence: "The bridge reopened on Tuesday after repairs lasting more than five years.",
            expected: [
                ExpectedDate(text: "Tuesday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Officials said yesterday that the plant would be shut down next year.",
            expected: [
                ExpectedDate(text: "yesterday", value: nil, precision: "day"),
                ExpectedDate(text: "next year", value: nil, precision: "year"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The company's revenue has doubled since last December.",
            expected: [
                ExpectedDate(text: "last December", value: nil, precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Talks between the two sides collapsed two years ago and have not resumed.",
            expected: [
                ExpectedDate(text: "two years ago", value: nil, precision: "year"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The festival will take place on March 3 in the old town square.",
            expected: [
                ExpectedDate(text: "March 3", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "PARIS, March 3 (Reuters) - French unions called a nationwide strike for next Thursday over pension reform.",
            expected: [
                ExpectedDate(text: "March 3", value: nil, precision: "day"),
                ExpectedDate(text: "next Thursday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Gold prices hit a record high last week before retreating this week.",
            expected: [
                ExpectedDate(text: "last week", value: nil, precision: "week"),
                ExpectedDate(text: "this week", value: nil, precision: "week"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The ceasefire took effect at midnight on Sunday, a spokesman said.",
            expected: [
                ExpectedDate(text: "Sunday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "WASHINGTON (AP) — The Supreme Court will hear arguments in the case next month.",
            expected: [
                ExpectedDate(text: "next month", value: nil, precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Prices fell three months ago and again last month.",
            expected: [
                ExpectedDate(text: "three months ago", value: nil, precision: "month"),
                ExpectedDate(text: "last month", value: nil, precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The ship left port 10 days ago and is expected in Rotterdam tomorrow.",
            expected: [
                ExpectedDate(text: "10 days ago", value: nil, precision: "day"),
                ExpectedDate(text: "tomorrow", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The report, published on 12 May, found that hospital waiting times had risen sharply.",
            expected: [
                ExpectedDate(text: "12 May", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The board met last Tuesday and again on Friday.",
            expected: [
                ExpectedDate(text: "last Tuesday", value: nil, precision: "day"),
                ExpectedDate(text: "Friday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "BERLIN, Sept. 18 (Reuters) - German police raided the offices of the carmaker today.",
            expected: [
                ExpectedDate(text: "Sept. 18", value: nil, precision: "day"),
                ExpectedDate(text: "today", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The week-long strike by refuse collectors ended this week.",
            expected: [
                ExpectedDate(text: "this week", value: nil, precision: "week"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The mayor is expected to announce her decision later this month.",
            expected: [
                ExpectedDate(text: "later this month", value: nil, precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Last December, the country recorded its coldest temperatures in 50 years.",
            expected: [
                ExpectedDate(text: "Last December", value: nil, precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Next March the university will open a new campus in Nairobi.",
            expected: [
                ExpectedDate(text: "Next March", value: nil, precision: "month"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "A 30-year-old cyclist was killed on Route 1776 on Saturday, the third death on the road in 12 months.",
            expected: [
                ExpectedDate(text: "Saturday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Polls close at 10 pm on Thursday, and results are expected by dawn.",
            expected: [
                ExpectedDate(text: "Thursday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Thousands of farmers will march on the capital on Sunday to protest against the new tax.",
            expected: [
                ExpectedDate(text: "Sunday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "LONDON, Jan. 7 (Reuters) - British retailers reported their worst holiday trading in a decade, and the Bank of England will meet next week.",
            expected: [
                ExpectedDate(text: "Jan. 7", value: nil, precision: "day"),
                ExpectedDate(text: "next week", value: nil, precision: "week"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Unemployment rose last year for the first time since 2012, the statistics office said on Monday.",
            expected: [
                ExpectedDate(text: "last year", value: nil, precision: "year"),
                ExpectedDate(text: "2012", value: "2012", precision: "year"),
                ExpectedDate(text: "Monday", value: nil, precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "The 45-year-old defender announced his retirement this month after 20 years as a professional.",
            expected: [
                ExpectedDate(text: "this month", value: nil, precision: "month"),
            ]
        ),

        // MARK: - Negatives: durations, ages, counts and numbers that look like years

        DateCase(
            published: nil,
            sentence: "The Security Council adopted Resolution 2231 unanimously, endorsing the nuclear agreement.",
            expected: []
        ),
        DateCase(
            published: "2019-03-08",
            sentence: "More than 2,015 protesters were detained, according to a rights group that has monitored arrests for 15 years.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The 45-year-old mother of three had worked at the factory for more than a decade.",
            expected: []
        ),
        DateCase(
            published: "2020-10-14",
            sentence: "She set a national record in the 1500 meters and is aiming for a medal at her third championships.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Traffic on Route 1776 was backed up for six miles after a lorry overturned at 3 pm.",
            expected: []
        ),
        DateCase(
            published: "2018-06-29",
            sentence: "The minister may resign if the inquiry finds she misled parliament.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Thousands of students plan to march on the capital to demand lower tuition fees.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The three-month trial involved 2,019 volunteers aged 18 to 65.",
            expected: []
        ),
        DateCase(
            published: "2023-07-31",
            sentence: "The 24-hour strike disrupted services on 1,800 routes, the operator said.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Article 2017 of the civil code governs disputes over inherited farmland.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The team finished with a score of 2019 points, four short of the league record.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "A man in his 40s was taken to hospital with serious injuries.",
            expected: []
        ),
        DateCase(
            published: "2016-09-21",
            sentence: "Ministers have spent almost a decade arguing over the route of the new high-speed line.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The Sun reported that the striker had agreed a five-year contract worth £300,000 a week.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Police said the suspect, aged 45, had been under surveillance for several months.",
            expected: []
        ),
        DateCase(
            published: "2022-02-17",
            sentence: "Each of the 1,500 soldiers will serve a six-month rotation before returning home.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The plane, a Boeing 737 operating as Flight 1990, diverted to Shannon with a hydraulic fault.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Under Section 1983 of the statute, residents can sue officials who violate their civil rights.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Temperatures could stay above 40 degrees for days, and forecasters urged people to stay indoors between 11 am and 3 pm.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The charity hopes to plant a million trees over the next 20 years.",
            expected: []
        ),
        DateCase(
            published: "2025-06-10",
            sentence: "A march by 5,000 farmers brought central Brussels to a standstill.",
            expected: []
        ),
        DateCase(
            published: "2021-05-19",
            sentence: "March organisers said they expected 10,000 people to join the rally.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Investors who held the shares for 10 years would have tripled their money.",
            expected: []
        ),
        DateCase(
            published: "2024-02-29",
            sentence: "The yacht completed the 2,400-mile crossing in 19 days.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Resolution 1747 tightened sanctions on Tehran's arms exports.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The company employs 2,017 people, compared with 1,986 when it went public.",
            expected: []
        ),
        DateCase(
            published: "2024-02-29",
            sentence: "The 2,024 runners set off at 9 am, an hour later than planned because of fog.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The motorway will be closed for three weeks while engineers repair a 1,500-metre section.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Doctors may decide to keep the 72-year-old patient sedated for several days.",
            expected: []
        ),
        DateCase(
            published: "2019-12-30",
            sentence: "Firefighters have been battling the blazes for weeks, and a 39-year-old volunteer died on duty.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "The brass band will march through the town centre, keeping alive a 200-year-old tradition.",
            expected: []
        ),
        DateCase(
            published: "2017-04-13",
            sentence: "The 1,999 remaining shares were sold to employees at a 20 percent discount.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "She has lived in the village for 35 years and has chaired the parish council for a decade.",
            expected: []
        ),
        DateCase(
            published: "2022-11-11",
            sentence: "The bus, Route 2022, now runs every 12 minutes after a year-long campaign by residents.",
            expected: [
                ExpectedDate(text: "now", value: "PRESENT_REF", precision: "reference"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Voters may punish the government for its handling of a two-year-old scandal.",
            expected: []
        ),
        DateCase(
            published: "2018-12-31",
            sentence: "The winning ticket holder has 180 days to claim the £1.8 million prize.",
            expected: []
        ),
        DateCase(
            published: nil,
            sentence: "Women in their 60s were the group most likely to volunteer, the survey found.",
            expected: []
        ),
        // MARK: - Quarters, halves, fiscal years, seasons, centuries, references and clock times (issue 9)

        DateCase(
            published: "2019-11-05",
            sentence: "The brewer said third-quarter profit fell 12 percent from a year earlier, and it expects the fourth quarter to be flat.",
            expected: [
                ExpectedDate(text: "third-quarter", value: "2019-Q3", precision: "quarter"),
                ExpectedDate(text: "a year earlier", value: "2018-Q3", precision: "quarter"),
                ExpectedDate(text: "the fourth quarter", value: "2019-Q4", precision: "quarter"),
            ]
        ),
        DateCase(
            published: "2019-11-05",
            sentence: "Sales in the latest quarter reached $2.1 billion, against $1.8 billion in the year-ago quarter.",
            expected: [
                ExpectedDate(text: "the latest quarter", value: "2019-Q3", precision: "quarter"),
                ExpectedDate(text: "the year-ago quarter", value: "2018-Q3", precision: "quarter"),
            ]
        ),
        DateCase(
            published: "2020-02-14",
            sentence: "The carrier lost money in fiscal 2019 and warned that the first half of 2020 would be weak.",
            expected: [
                ExpectedDate(text: "fiscal 2019", value: "2019", precision: "year"),
                ExpectedDate(text: "the first half of 2020", value: "2020-H1", precision: "half"),
            ]
        ),
        DateCase(
            published: "2021-04-20",
            sentence: "The festival, cancelled last fall, will return this summer with a smaller programme.",
            expected: [
                ExpectedDate(text: "last fall", value: "2020-FA", precision: "season"),
                ExpectedDate(text: "this summer", value: "2021-SU", precision: "season"),
            ]
        ),
        DateCase(
            published: "2016-06-08",
            sentence: "The chapel, built in the 12th century, was restored in the spring of 1988.",
            expected: [
                ExpectedDate(text: "12th century", value: "11", precision: "century"),
                ExpectedDate(text: "the spring of 1988", value: "1988-SP", precision: "season"),
            ]
        ),
        DateCase(
            published: "2018-03-02",
            sentence: "The court upheld its 2009 ruling, which critics had recently challenged.",
            expected: [
                ExpectedDate(text: "2009", value: "2009", precision: "year"),
                ExpectedDate(text: "recently", value: "PAST_REF", precision: "reference"),
            ]
        ),
        DateCase(
            published: "2018-03-02",
            sentence: "Officials said the bridge is currently closed and could reopen in the near future.",
            expected: [
                ExpectedDate(text: "currently", value: "PRESENT_REF", precision: "reference"),
                ExpectedDate(text: "the near future", value: "FUTURE_REF", precision: "reference"),
            ]
        ),
        DateCase(
            published: "2017-08-30",
            sentence: "Voting ends at 2000 GMT and results are expected after 0600 local time on Thursday.",
            expected: [
                ExpectedDate(text: "0600 local time on Thursday", value: "2017-08-31T06:00", precision: "day"),
            ]
        ),
        DateCase(
            published: "2017-08-30",
            sentence: "The camera records at 3840 x 2160 pixels, and the launch event begins at 10:30 am.",
            expected: []
        ),
        DateCase(
            published: "2019-10-14",
            sentence: "Thousands marched over the weekend, and organisers said more protests were planned in recent days.",
            expected: [
                ExpectedDate(text: "the weekend", value: "2019-W41-WE", precision: "week"),
                ExpectedDate(text: "recent days", value: "PAST_REF", precision: "reference"),
            ]
        ),
        DateCase(
            published: "2015-12-01",
            sentence: "The shelter expects to be full by Christmas, as it was on Thanksgiving Day.",
            expected: [
                ExpectedDate(text: "Christmas", value: "2015-12-25", precision: "day"),
                ExpectedDate(text: "Thanksgiving Day", value: "2015-11-26", precision: "day"),
            ]
        ),
        DateCase(
            published: nil,
            sentence: "Profit rose in the third quarter, and the firm is now debt-free.",
            expected: [
                ExpectedDate(text: "the third quarter", value: nil, precision: "quarter"),
                ExpectedDate(text: "now", value: "PRESENT_REF", precision: "reference"),
            ]
        ),
        DateCase(
            published: "2012-05-09",
            sentence: "Prices fall in the spring of every year, a spring in the step of buyers.",
            expected: []
        ),
    ]
}
