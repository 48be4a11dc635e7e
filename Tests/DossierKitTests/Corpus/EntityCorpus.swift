// A hand-annotated corpus of original news-style articles (written for this
// fixture; no text is copied from real reporting) used to measure precision
// and recall of the entity extractor. Real public figures appear in invented
// situations alongside invented people, companies and places.
//
// Annotation conventions for the gold entities:
// - `name` is the fullest form in the text without titles (Sir, Dr., Gen.,
//   Prime Minister…); an all-caps dateline form (LONDON) gets a normal-case
//   name and is listed in `forms`; if only an acronym appears, it is the name.
// - Spans are maximal: a name inside a longer name (Munich in "Munich Security
//   Conference", Texas in "Texas Supreme Court") is not annotated separately
//   unless it also appears on its own.
// - A leading "The" belongs to the name only when it is capitalised
//   mid-sentence as part of a title (The Hague, The Lancet, The Times).
// - Place names inside hyphenated compounds count (U.S.-led, Yorkshire-based);
//   demonyms and adjectives (Iranian, Anglo-French, Olympic, Antarctic) do not.
// - Party names used attributively or as plural member nouns (Labour MPs,
//   Tory votes, Republicans) are mentions of the party. Affiliation tags after
//   a politician's name, such as (R-TX) or (Lab, Slough), are notation: the
//   codes are not annotated, but a constituency written out is a place.
// - Country and city names stand for places even when they mean a government
//   or national team (Washington said…, England play Serbia); a clipped club
//   name (United, Madrid for Real Madrid) is a form of the club. Buildings
//   standing for a government (Downing Street, White House, Pentagon, Kremlin)
//   are organizations; venues (stadiums, courts, theatres, galleries) are
//   places; hospitals, universities, journals and news outlets are
//   organizations. Leagues, cups, tournaments, festivals, prizes, games and
//   named summits or conferences are events; court cases are documents.
// - Not entities: job titles, dates, weekdays, months, currencies, market
//   indices (FTSE 100, S&P 500), products and brands, diseases, ethnic and
//   religious groups.

struct CorpusEntity: Sendable {
    let name: String
    let kind: String
    let forms: [String]
}

struct CorpusArticle: Sendable {
    let id: String
    let domain: String
    let headline: String
    let paragraphs: [String]
    let entities: [CorpusEntity]
}

enum EntityCorpus {
    static let articles: [CorpusArticle] = [
        // MARK: - British politics
        CorpusArticle(
            id: "uk-politics-1",
            domain: "uk-politics",
            headline: "Starmer Faces Biggest Backbench Revolt Over Welfare Cuts",
            paragraphs: [
                "Sir Keir Starmer was braced on Tuesday for the largest rebellion of his premiership after more than 60 Labour MPs signed an amendment that would delay cuts to disability benefits until an independent review has reported. Downing Street insisted the Prime Minister would not back down, but government whips spent the weekend telephoning wavering backbenchers in seats from Leeds to Llanelli, offering meetings with ministers and hinting at concessions on the timetable for the changes.",
                "The amendment was tabled by Rachel Ashby (Lab, Bristol North West), who chairs the Work and Pensions Committee. “We were elected to lift people out of poverty, not to balance the books on the backs of carers,” Ashby told the House of Commons during an urgent question on Monday afternoon. Officials at the Department for Work and Pensions argue that the changes will save £5 billion a year by 2030 and that existing claimants will be protected for at least twelve months.",
                "Rishi Sunak, the former prime minister, said the Conservatives would consider supporting the government if the vote was close, a move that could leave Starmer relying on Tory votes to pass a flagship bill. Kemi Badenoch, the Conservative leader, was more cautious, telling the BBC that her party would “read the small print first”. Nonetheless, Labour whips privately conceded that the rebellion could top 80 if no further changes were offered before Thursday.",
            ],
            entities: [
                CorpusEntity(name: "Keir Starmer", kind: "person", forms: ["Starmer"]),
                CorpusEntity(name: "Labour", kind: "organization", forms: []),
                CorpusEntity(name: "Downing Street", kind: "organization", forms: []),
                CorpusEntity(name: "Leeds", kind: "place", forms: []),
                CorpusEntity(name: "Llanelli", kind: "place", forms: []),
                CorpusEntity(name: "Rachel Ashby", kind: "person", forms: ["Ashby"]),
                CorpusEntity(name: "Bristol North West", kind: "place", forms: []),
                CorpusEntity(name: "Work and Pensions Committee", kind: "organization", forms: []),
                CorpusEntity(name: "House of Commons", kind: "organization", forms: []),
                CorpusEntity(name: "Department for Work and Pensions", kind: "organization", forms: []),
                CorpusEntity(name: "Rishi Sunak", kind: "person", forms: []),
                CorpusEntity(name: "Conservatives", kind: "organization", forms: ["Tory", "Conservative"]),
                CorpusEntity(name: "Kemi Badenoch", kind: "person", forms: []),
                CorpusEntity(name: "BBC", kind: "organization", forms: []),
            ]
        ),
        CorpusArticle(
            id: "uk-politics-2",
            domain: "uk-politics",
            headline: "Home Office to Reopen Military Sites as Channel Crossings Hit Record",
            paragraphs: [
                "The Home Office will reopen two former military sites to house asylum seekers after a record 1,200 people crossed the English Channel in small boats on Saturday, the Home Secretary, Shabana Mahmood, announced. Officials said the sites, at Wethersfield in Essex and Cameron Barracks near Inverness, would accommodate up to 1,500 single men by the autumn, despite objections from local councils and from residents who say the plans were drawn up without consultation.",
                "Mahmood told MPs that the government's returns agreement with France, struck at an Anglo-French summit in the summer, was “beginning to bite”, and that 340 people had been sent back to Calais under the one-in, one-out scheme. Reform UK's leader, Nigel Farage, called the figures “a national humiliation” and repeated his demand that Britain leave the European Convention on Human Rights, arguing that judges in Strasbourg had tied ministers' hands.",
                "Despite the pressure, Downing Street ruled out leaving the ECHR. A spokesperson for the Prime Minister said the convention was “not the obstacle some people claim” and pointed to a new returns arrangement with Iraq. The Home Affairs Committee, chaired by Dame Karen Bradley (Con, Staffordshire Moorlands), will question Mahmood and senior Home Office officials on Wednesday about the cost of the new sites, which the National Audit Office has estimated at £46 million a year.",
            ],
            entities: [
                CorpusEntity(name: "Home Office", kind: "organization", forms: []),
                CorpusEntity(name: "English Channel", kind: "place", forms: ["Channel"]),
                CorpusEntity(name: "Shabana Mahmood", kind: "person", forms: ["Mahmood"]),
                CorpusEntity(name: "Wethersfield", kind: "place", forms: []),
                CorpusEntity(name: "Essex", kind: "place", forms: []),
                CorpusEntity(name: "Cameron Barracks", kind: "place", forms: []),
                CorpusEntity(name: "Inverness", kind: "place", forms: []),
                CorpusEntity(name: "France", kind: "place", forms: []),
                CorpusEntity(name: "Calais", kind: "place", forms: []),
                CorpusEntity(name: "Reform UK", kind: "organization", forms: []),
                CorpusEntity(name: "Nigel Farage", kind: "person", forms: []),
                CorpusEntity(name: "Britain", kind: "place", forms: []),
                CorpusEntity(name: "European Convention on Human Rights", kind: "document", forms: ["ECHR"]),
                CorpusEntity(name: "Strasbourg", kind: "place", forms: []),
                CorpusEntity(name: "Downing Street", kind: "organization", forms: []),
                CorpusEntity(name: "Iraq", kind: "place", forms: []),
                CorpusEntity(name: "Home Affairs Committee", kind: "organization", forms: []),
                CorpusEntity(name: "Karen Bradley", kind: "person", forms: []),
                CorpusEntity(name: "Staffordshire Moorlands", kind: "place", forms: []),
                CorpusEntity(name: "National Audit Office", kind: "organization", forms: []),
            ]
        ),
        CorpusArticle(
            id: "uk-politics-3",
            domain: "uk-politics",
            headline: "Reeves Rules Out Income Tax Rise in Mansion House Speech",
            paragraphs: [
                "Chancellor Rachel Reeves on Thursday ruled out raising the basic rate of income tax, telling an audience of bankers and insurers at Mansion House in the City of London that the government would “keep its promises to working people”. Her remarks came a day after the Office for Budget Responsibility warned that the public finances faced a £20 billion shortfall, largely because of weaker productivity growth than it had assumed in the spring.",
                "The OBR's forecast rattled the gilt market, pushing ten-year borrowing costs to their highest level since 2008. Mel Stride, the shadow chancellor, accused Reeves of “fiscal fantasy” and said the Treasury had lost control of day-to-day spending. Paul Johnson, the former director of the Institute for Fiscal Studies, told Times Radio that freezing income tax thresholds for another two years was “by far the most likely route” to raising the money.",
                "In the House of Lords, the crossbench peer Lord Ashworth, who as Peter Ashworth ran the markets division of the Bank of England for a decade, said investors wanted “a credible plan, not a clever one”. Ashworth warned that repeated changes to the fiscal rules would cost the country dearly. Reeves is expected to set out her plans in the budget on Nov. 26, and allies say she has told cabinet colleagues to prepare for “difficult choices” on spending.",
            ],
            entities: [
                CorpusEntity(name: "Rachel Reeves", kind: "person", forms: ["Reeves"]),
                CorpusEntity(name: "Mansion House", kind: "place", forms: []),
                CorpusEntity(name: "City of London", kind: "place", forms: []),
                CorpusEntity(name: "Office for Budget Responsibility", kind: "organization", forms: ["OBR"]),
                CorpusEntity(name: "Mel Stride", kind: "person", forms: []),
                CorpusEntity(name: "Treasury", kind: "organization", forms: []),
                CorpusEntity(name: "Paul Johnson", kind: "person", forms: []),
                CorpusEntity(name: "Institute for Fiscal Studies", kind: "organization", forms: []),
                CorpusEntity(name: "Times Radio", kind: "organization", forms: []),
                CorpusEntity(name: "House of Lords", kind: "organization", forms: []),
                CorpusEntity(name: "Peter Ashworth", kind: "person", forms: ["Ashworth"]),
                CorpusEntity(name: "Bank of England", kind: "organization", forms: []),
            ]
        ),
        CorpusArticle(
            id: "uk-politics-4",
            domain: "uk-politics",
            headline: "Lib Dems Snatch Surrey Seat From Conservatives in By-Election Upset",
            paragraphs: [
                "The Liberal Democrats overturned a Conservative majority of more than 9,000 to win the Wexcombe and Ashford Hill by-election in Surrey early on Friday, a result that will intensify pressure on Kemi Badenoch. Their candidate, Priya Natarajan, a 38-year-old GP, took 41 per cent of the vote, with the Conservatives on 29 per cent and Reform UK a distant third. Labour came fourth and lost its deposit in a seat it has never held.",
                "Speaking at the count in Guildford, Sir Ed Davey said the result showed that “the blue wall has become a yellow wall”. Davey, who has led the party since 2020, visited the constituency eleven times during the campaign, at one point falling off a paddleboard on the River Wey. Natarajan said her first priority would be the Royal Surrey County Hospital, where waiting lists for cancer treatment have almost doubled in three years.",
                "Badenoch said voters had “sent a message” and that the Conservatives would “listen and learn”, but several Tory MPs said privately that the party's strategy of courting Reform voters was failing in the commuter belt. Turnout was 44 per cent, higher than at most recent by-elections. Polling by YouGov for The Times had put the two leading parties neck and neck only a fortnight ago.",
            ],
            entities: [
                CorpusEntity(name: "Liberal Democrats", kind: "organization", forms: ["Lib Dems"]),
                CorpusEntity(name: "Conservatives", kind: "organization", forms: ["Conservative", "Tory"]),
                CorpusEntity(name: "Wexcombe and Ashford Hill", kind: "place", forms: []),
                CorpusEntity(name: "Surrey", kind: "place", forms: []),
                CorpusEntity(name: "Kemi Badenoch", kind: "person", forms: ["Badenoch"]),
                CorpusEntity(name: "Priya Natarajan", kind: "person", forms: ["Natarajan"]),
                CorpusEntity(name: "Reform UK", kind: "organization", forms: ["Reform"]),
                CorpusEntity(name: "Labour", kind: "organization", forms: []),
                CorpusEntity(name: "Guildford", kind: "place", forms: []),
                CorpusEntity(name: "Ed Davey", kind: "person", forms: ["Davey"]),
                CorpusEntity(name: "River Wey", kind: "place", forms: []),
                CorpusEntity(name: "Royal Surrey County Hospital", kind: "organization", forms: []),
                CorpusEntity(name: "YouGov", kind: "organization", forms: []),
                CorpusEntity(name: "The Times", kind: "organization", forms: []),
            ]
        ),
        CorpusArticle(
            id: "uk-politics-5",
            domain: "uk-politics",
            headline: "Defence Committee Demands Answers Over Frigate Delays",
            paragraphs: [
                "The Defence Committee has accused the Ministry of Defence of “wishful thinking” over its new frigate programme, warning in a report published on Monday that delays at the BAE Systems shipyard in Govan could leave the Royal Navy short of anti-submarine warships until 2032. The committee said the first ship was already 18 months late and that costs had risen by £1.1 billion since the contract was signed, partly because of a shortage of skilled welders on the Clyde.",
                "Tan Dhesi (Lab, Slough), who chairs the committee, said ministers had known about the problems for at least a year. “The MoD cannot keep promising NATO that ships will be ready when its own officials are telling us they won't be,” he said. The report, titled Sea Power at a Crossroads, recommends an independent review of all major naval contracts and calls for quarterly updates to Parliament on the programme's progress.",
                "Defence Secretary John Healey said the government was committed to raising defence spending to 2.5 per cent of national income and that BAE had “turned a corner” on productivity. Alan West, the former First Sea Lord who now sits in the House of Lords as Lord West, was less convinced. “The navy is running on fumes,” he told LBC, adding that Britain now had fewer escort ships than at any point since the Napoleonic Wars.",
            ],
            entities: [
                CorpusEntity(name: "Defence Committee", kind: "organization", forms: []),
                CorpusEntity(name: "Ministry of Defence", kind: "organization", forms: ["MoD"]),
                CorpusEntity(name: "BAE Systems", kind: "organization", forms: ["BAE"]),
                CorpusEntity(name: "Govan", kind: "place", forms: []),
                CorpusEntity(name: "Royal Navy", kind: "organization", forms: []),
                CorpusEntity(name: "Clyde", kind: "place", forms: []),
                CorpusEntity(name: "Tan Dhesi", kind: "person", forms: []),
                CorpusEntity(name: "Slough", kind: "place", forms: []),
                CorpusEntity(name: "NATO", kind: "organization", forms: []),
                CorpusEntity(name: "Sea Power at a Crossroads", kind: "document", forms: []),
                CorpusEntity(name: "Parliament", kind: "organization", forms: []),
                CorpusEntity(name: "John Healey", kind: "person", forms: []),
                CorpusEntity(name: "Alan West", kind: "person", forms: ["West"]),
                CorpusEntity(name: "House of Lords", kind: "organization", forms: []),
                CorpusEntity(name: "LBC", kind: "organization", forms: []),
                CorpusEntity(name: "Britain", kind: "place", forms: []),
                CorpusEntity(name: "Napoleonic Wars", kind: "event", forms: []),
            ]
        ),

        // MARK: - US politics
        CorpusArticle(
            id: "us-politics-1",
            domain: "us-politics",
            headline: "Senators Grill Rubio Over Pause in Ukraine Military Aid",
            paragraphs: [
                "WASHINGTON — Secretary of State Marco Rubio faced sharp questions from both parties on Tuesday as he defended the administration's decision to pause some weapons deliveries to Ukraine. Appearing before the Senate Foreign Relations Committee for the first time since the pause was announced, Rubio said it was “a review, not a retreat”, and insisted that Kyiv would still receive air-defense interceptors that were already in the pipeline.",
                "Sen. Jeanne Shaheen (D-NH), the committee's ranking member, accused the State Department of keeping Congress in the dark. “We learned about this from a Polish news agency, not from this building,” she said. Sen. Jim Risch (R-ID), the chairman, was more supportive of the administration but pressed Rubio to give a date for resuming deliveries, noting that Russia had launched more than 700 drones at Ukrainian cities in a single night last week.",
                "At the White House, press secretary Karoline Leavitt said President Trump wanted “every dollar accounted for” and that the Pentagon was carrying out an inventory of U.S. stockpiles. Officials in Kyiv said they had not been formally notified of the decision. In a statement, Ukraine's foreign ministry called the pause “deeply regrettable” and said it would seek clarification from the American embassy.",
            ],
            entities: [
                CorpusEntity(name: "Washington", kind: "place", forms: ["WASHINGTON"]),
                CorpusEntity(name: "Marco Rubio", kind: "person", forms: ["Rubio"]),
                CorpusEntity(name: "Ukraine", kind: "place", forms: []),
                CorpusEntity(name: "Senate Foreign Relations Committee", kind: "organization", forms: []),
                CorpusEntity(name: "Kyiv", kind: "place", forms: []),
                CorpusEntity(name: "Jeanne Shaheen", kind: "person", forms: []),
                CorpusEntity(name: "State Department", kind: "organization", forms: []),
                CorpusEntity(name: "Congress", kind: "organization", forms: []),
                CorpusEntity(name: "Jim Risch", kind: "person", forms: []),
                CorpusEntity(name: "Russia", kind: "place", forms: []),
                CorpusEntity(name: "White House", kind: "organization", forms: []),
                CorpusEntity(name: "Karoline Leavitt", kind: "person", forms: []),
                CorpusEntity(name: "Trump", kind: "person", forms: []),
                CorpusEntity(name: "Pentagon", kind: "organization", forms: []),
                CorpusEntity(name: "U.S.", kind: "place", forms: []),
            ]
        ),
        CorpusArticle(
            id: "us-politics-2",
            domain: "us-politics",
            headline: "House Passes Shipbuilding Bill as Democrats Split",
            paragraphs: [
                "The House of Representatives voted 241-187 on Wednesday to pass the American Shipbuilding Revival Act, a $48 billion package that would subsidize commercial shipyards in Pennsylvania, Virginia and along the Gulf Coast. Thirty-two Democrats joined most Republicans in backing the measure, which supporters say is needed to close a widening gap with China, and which now goes to the Senate, where its prospects are less certain.",
                "Rep. Chrissy Houlahan (D-PA), a co-sponsor, said the bill would “put welders back to work in Chester and Philadelphia”. But Rep. Pramila Jayapal (D-WA) called it “a giveaway to defense contractors dressed up as industrial policy” and said the Congressional Progressive Caucus would push for stronger labor protections when the two chambers reconcile their versions. Speaker Mike Johnson praised what he called the “bipartisan spirit” of the vote.",
                "In the Senate, Majority Leader John Thune said he hoped to bring the bill to the floor before the August recess. The Navy's top officer, Adm. Daryl Caudle, told lawmakers last month that China's shipbuilding capacity was roughly 200 times that of the United States, a figure that has been repeated by supporters of the legislation in both parties. Nonetheless, some budget hawks in the Republican conference want the cost offset by cuts elsewhere.",
            ],
            entities: [
                CorpusEntity(name: "House of Representatives", kind: "organization", forms: ["House"]),
                CorpusEntity(name: "American Shipbuilding Revival Act", kind: "document", forms: []),
                CorpusEntity(name: "Pennsylvania", kind: "place", forms: []),
                CorpusEntity(name: "Virginia", kind: "place", forms: []),
                CorpusEntity(name: "Gulf Coast", kind: "place", forms: []),
                CorpusEntity(name: "Democrats", kind: "organization", forms: []),
                CorpusEntity(name: "Republicans", kind: "organization", forms: ["Republican"]),
                CorpusEntity(name: "China", kind: "place", forms: []),
                CorpusEntity(name: "Senate", kind: "organization", forms: []),
                CorpusEntity(name: "Chrissy Houlahan", kind: "person", forms: []),
                CorpusEntity(name: "Chester", kind: "place", forms: []),
                CorpusEntity(name: "Philadelphia", kind: "place", forms: []),
                CorpusEntity(name: "Pramila Jayapal", kind: "person", forms: []),
                CorpusEntity(name: "Congressional Progressive Caucus", kind: "organization", forms: []),
                CorpusEntity(name: "Mike Johnson", kind: "person", forms: []),
                CorpusEntity(name: "John Thune", kind: "person", forms: []),
                CorpusEntity(name: "Navy", kind: "organization", forms: []),
                CorpusEntity(name: "Daryl Caudle", kind: "person", forms: []),
                CorpusEntity(name: "United States", kind: "place", forms: []),
            ]
        ),
        CorpusArticle(
            id: "us-politics-3",
            domain: "us-politics",
            headline: "Pentagon Orders Review of U.S. Troop Levels in Europe",
            paragraphs: [
                "The Pentagon has ordered a review of the roughly 80,000 U.S. troops stationed in Europe, Defense Secretary Pete Hegseth told the House Armed Services Committee on Thursday, although he stressed that no decisions had been made. Gen. Alexus Grynkewich, who heads U.S. European Command and serves as NATO's supreme allied commander, is expected to present options to Hegseth by the end of the year, according to two defense officials.",
                "Rep. Mike Rogers (R-AL), the committee chairman, said he would oppose “any drawdown that rewards Moscow”. “The United States does not abandon its allies in the middle of a war,” he said. Rep. Adam Smith (D-WA), the panel's ranking member, said governments in Poland and Lithuania had been “blindsided” by reports of the review. Officials at NATO headquarters in Brussels declined to comment on Thursday.",
                "Hegseth said the review reflected President Trump's view that Europe must “carry its own weight”. Maj. Gen. Lauren Okafor, who leads a logistics command in Wiesbaden, Germany, told reporters on Friday that any reduction should be phased over several years to avoid disrupting supply lines to Ukraine. Germany hosts more American troops than any other European country, and several of its states depend heavily on the jobs and spending the bases bring.",
            ],
            entities: [
                CorpusEntity(name: "Pentagon", kind: "organization", forms: []),
                CorpusEntity(name: "United States", kind: "place", forms: ["U.S."]),
                CorpusEntity(name: "Europe", kind: "place", forms: []),
                CorpusEntity(name: "Pete Hegseth", kind: "person", forms: ["Hegseth"]),
                CorpusEntity(name: "House Armed Services Committee", kind: "organization", forms: []),
                CorpusEntity(name: "Alexus Grynkewich", kind: "person", forms: []),
                CorpusEntity(name: "U.S. European Command", kind: "organization", forms: []),
                CorpusEntity(name: "NATO", kind: "organization", forms: []),
                CorpusEntity(name: "Mike Rogers", kind: "person", forms: []),
                CorpusEntity(name: "Moscow", kind: "place", forms: []),
                CorpusEntity(name: "Adam Smith", kind: "person", forms: []),
                CorpusEntity(name: "Poland", kind: "place", forms: []),
                CorpusEntity(name: "Lithuania", kind: "place", forms: []),
                CorpusEntity(name: "Brussels", kind: "place", forms: []),
                CorpusEntity(name: "Trump", kind: "person", forms: []),
                CorpusEntity(name: "Lauren Okafor", kind: "person", forms: []),
                CorpusEntity(name: "Wiesbaden", kind: "place", forms: []),
                CorpusEntity(name: "Germany", kind: "place", forms: []),
                CorpusEntity(name: "Ukraine", kind: "place", forms: []),
            ]
        ),
        CorpusArticle(
            id: "us-politics-4",
            domain: "us-politics",
            headline: "Texas Democrats Leave State to Block Redistricting Vote",
            paragraphs: [
                "AUSTIN, Texas — More than 50 Democratic members of the Texas House of Representatives flew to Chicago on Sunday to deny Republicans the quorum needed to pass a new congressional map, escalating a fight over redistricting that has drawn in governors from both parties. Under the state's rules, two-thirds of the chamber's 150 members must be present to conduct business, giving the minority a rare tool to stall legislation it opposes.",
                "Gov. Greg Abbott called the walkout “a dereliction of duty” and threatened to have the absent lawmakers arrested if they returned to the state. In Illinois, Gov. JB Pritzker welcomed the legislators at a hotel outside Chicago and said they were “defending the right of Texans to a fair vote”. Abbott has also asked the Texas Supreme Court to declare the seats of the absent members vacant, a move legal scholars described as untested.",
                "The proposed map would give Republicans as many as five additional seats in the U.S. House of Representatives ahead of next year's midterm elections. Rep. Greg Casar (D-TX), who chairs the Congressional Progressive Caucus, said the plan was “rigged in broad daylight”. The Democratic National Committee said it would pay for the lawmakers' stay in Illinois for as long as necessary, and party officials in California have threatened to redraw their own state's map in response.",
            ],
            entities: [
                CorpusEntity(name: "Austin", kind: "place", forms: ["AUSTIN"]),
                CorpusEntity(name: "Texas", kind: "place", forms: []),
                CorpusEntity(name: "Democrats", kind: "organization", forms: ["Democratic"]),
                CorpusEntity(name: "Texas House of Representatives", kind: "organization", forms: []),
                CorpusEntity(name: "Chicago", kind: "place", forms: []),
                CorpusEntity(name: "Republicans", kind: "organization", forms: []),
                CorpusEntity(name: "Greg Abbott", kind: "person", forms: ["Abbott"]),
                CorpusEntity(name: "Illinois", kind: "place", forms: []),
                CorpusEntity(name: "JB Pritzker", kind: "person", forms: []),
                CorpusEntity(name: "Texas Supreme Court", kind: "organization", forms: []),
                CorpusEntity(name: "U.S. House of Representatives", kind: "organization", forms: []),
                CorpusEntity(name: "Greg Casar", kind: "person", forms: []),
                CorpusEntity(name: "Congressional Progressive Caucus", kind: "organization", forms: []),
                CorpusEntity(name: "Democratic National Committee", kind: "organization", forms: []),
                CorpusEntity(name: "California", kind: "place", forms: []),
            ]
        ),
        CorpusArticle(
            id: "us-politics-5",
            domain: "us-politics",
            headline: "Gabbard Defends Intelligence Cuts at Tense Senate Hearing",
            paragraphs: [
                "Director of National Intelligence Tulsi Gabbard told the Senate Intelligence Committee on Wednesday that a plan to cut her office's workforce by 40 percent would make the intelligence community “leaner, not weaker”. The Office of the Director of National Intelligence, created in 2004 to coordinate the work of 18 agencies, has about 1,600 employees, many of them detailed from other parts of the government.",
                "Sen. Mark Warner (D-VA), the committee's vice chairman, said the cuts risked “blinding us at the worst possible moment” as China expands its cyber operations against American infrastructure. Sen. Tom Cotton (R-AR), the chairman, backed Gabbard and said the ODNI had “grown far beyond what Congress ever intended”. Both men pressed her on how analysis would be shared with the CIA and the FBI once the cuts take effect.",
                "Gabbard said the Central Intelligence Agency would absorb some analytic functions, including parts of the team that produces the President's Daily Brief. John Ratcliffe, the CIA director, did not attend the hearing but said in a statement that his agency was “ready to take on the mission”. A former official at the National Counterterrorism Center, who asked not to be named, told The Washington Post that morale across the community was “at rock bottom”.",
            ],
            entities: [
                CorpusEntity(name: "Tulsi Gabbard", kind: "person", forms: ["Gabbard"]),
                CorpusEntity(name: "Senate Intelligence Committee", kind: "organization", forms: []),
                CorpusEntity(name: "Office of the Director of National Intelligence", kind: "organization", forms: ["ODNI"]),
                CorpusEntity(name: "Mark Warner", kind: "person", forms: []),
                CorpusEntity(name: "China", kind: "place", forms: []),
                CorpusEntity(name: "Tom Cotton", kind: "person", forms: []),
                CorpusEntity(name: "Congress", kind: "organization", forms: []),
                CorpusEntity(name: "Central Intelligence Agency", kind: "organization", forms: ["CIA"]),
                CorpusEntity(name: "FBI", kind: "organization", forms: []),
                CorpusEntity(name: "President's Daily Brief", kind: "document", forms: []),
                CorpusEntity(name: "John Ratcliffe", kind: "person", forms: []),
                CorpusEntity(name: "National Counterterrorism Center", kind: "organization", forms: []),
                CorpusEntity(name: "The Washington Post", kind: "organization", forms: []),
            ]
        ),
