import Foundation
import Testing
@testable import DossierKit

/// Runs the entity stage on several articles, each a list of paragraphs.
func entities(articles: [[String]], yml: String = "") throws -> (entities: [Entity], review: Review) {
    let parsed = articles.enumerated().map { index, paragraphs in
        Article(file: "a\(index).txt", slug: "a\(index)", format: .text, title: "Headline", metadata: SourceMetadata(),
                paragraphs: paragraphs.enumerated().map { Paragraph(id: "p\($0 + 1)", text: $1, line: $0 + 3) },
                captions: [], removed: [], markdownBody: nil)
    }
    let config = yml.isEmpty ? DossierConfig() : try DossierConfig.decode(yml, file: "dossier.yml")
    let out = EntityStage.run(parsed, config: config)
    return (out.entities, out.review)
}

extension Array where Element == Entity {
    /// The entity one of whose names (canonical or alias) is `form`.
    func writing(_ form: String) -> Entity? { first { $0.name == form || $0.aliases.contains(form) } }
}

/// The resolver's passes, each with the examples it exists for.
@Suite("Resolution passes")
struct ResolutionPassTests {
    @Test("Lower-case words: a word the sources write in lower case is never a name alone (“Hey There” made “There” a name)")
    func lowerCaseWords() throws {
        let (found, _) = try entities([
            "The song Hey There was a hit in the charts.",
            "There were crowds. There is no doubt there was fear, and there was noise.",
            "Officials of the Union said the union was ready. The union met. Harlow was quiet in Harlow.",
        ])
        #expect(found.writing("There") == nil)
        #expect(found.named("Hey There") != nil)
        #expect(found.writing("Union") == nil)
        #expect(found.named("Harlow")?.mentions.count == 2)
    }

    @Test("Lower-case words: the counts behind the rule")
    func wordCaseCounts() {
        var counts = WordCase(Tokenizer.tokenize("The union met. Union leaders and the union agreed."))
        counts.add(WordCase(Tokenizer.tokenize("He met Harlow officials near Harlow.")))
        #expect(counts.isMostlyLowerCase("Union"))
        #expect(!counts.isMostlyLowerCase("Harlow"))
    }

    @Test("Same key: a name in capitals is the name (LONDON = London), and a nationality's forms are one group")
    func sameKey() throws {
        let (found, _) = try entities([
            "LONDON 1996-08-22",
            "Prices rose in London on Friday, German dealers said.",
            "The Germans bought more. GERMAN FIRMS BUY BRITISH",
        ])
        let london = try #require(found.named("London"))
        #expect(london.kind == .place)
        #expect(london.mentions.count == 2)
        let german = try #require(found.writing("German"))
        #expect(german.kind == .group)
        #expect(Set(german.mentions.map(\.text)) == ["German", "Germans", "GERMAN"])
        #expect(found.writing("FIRMS") == nil && found.writing("GERMAN FIRMS BUY BRITISH") == nil)
    }

    @Test("Acronyms: only an expansion of words whose initials they are (UK is no “Usman Khan”, UN no “U.S. Navy”)")
    func acronyms() throws {
        let (found, _) = try entities([
            "Usman Khan left the UK for New York.",
            "The U.S. Navy and the UN disagreed. The United Nations said the UN would vote.",
        ])
        #expect(found.named("United Kingdom")?.aliases == ["UK"])
        #expect(found.writing("Usman Khan")?.kind == .person)
        let un = try #require(found.named("United Nations"))
        #expect(Set(un.aliases) == ["UN"])
        #expect(KindDecision.initials("ING Mutual Fund") == nil)
        #expect(KindDecision.initials("International Monetary Fund") == "IMF")
    }

    @Test("Bracketed acronyms: only when their letters are the name's initials (a player is not his country)")
    func bracketedAcronyms() throws {
        let (found, _) = try entities([
            "Michael Chang (U.S.) beat Sergi Bruguera (Spain) 6-3 6-4 in the United States.",
            "The Joint Comprehensive Plan of Action (JCPOA) was signed; the JCPOA holds.",
        ])
        #expect(found.named("United States")?.aliases.contains("Michael Chang") == false)
        #expect(found.named("Michael Chang")?.kind == .person)
        #expect(found.named("Joint Comprehensive Plan of Action")?.aliases == ["JCPOA"])
        #expect(MergePass.fitsInitials("IRGC", ["Islamic", "Revolutionary", "Guard", "Corps"]))
        #expect(!MergePass.fitsInitials("US", ["Michael", "Chang"]))
    }

    @Test("Demonym prefixes: “Lebanese Hezbollah” is Hezbollah, but the French and the Canadian Parliament are two")
    func demonymPrefixes() throws {
        let (found, _) = try entities([
            "The French Parliament and the Canadian Parliament voted. Parliament rose.",
            "Lebanese Hezbollah fighters and Hezbollah officials met.",
        ])
        #expect(found.writing("French Parliament")?.name != found.writing("Canadian Parliament")?.name)
        #expect(found.named("Hezbollah")?.mentions.count == 2)
    }

    @Test("Surnames: a surname joins the full name only where its own articles write it")
    func surnamesShareArticles() throws {
        let (found, _) = try entities(articles: [
            ["Maria Ortega, the mayor, spoke on Tuesday.", "Ortega said the port would reopen."],
            ["Ortega won the race in Lyon.", "Ortega thanked the crowd."],
            ["Ortega was cheered again."],
        ])
        #expect(found.named("Maria Ortega")?.mentions.count == 1)
        #expect(found.named("Ortega") != nil)
    }

    @Test("First words: “Fox” joins Fox News where the articles write Fox News, not across the dossier")
    func firstWords() throws {
        let (same, _) = try entities(articles: [["Fox News said it would appeal.", "Later, Fox said more."]])
        #expect(same.named("Fox News")?.mentions.count == 2)
        let (apart, _) = try entities(articles: [
            ["The Brexit Party won seats."], ["Brexit was delayed."], ["Brexit talks resumed."],
        ])
        #expect(apart.named("Brexit Party")?.aliases.contains("Brexit") == false)
    }

    @Test("Canonical name: the most complete form, never a one-off against a repeated one")
    func canonicalName() {
        #expect(KindDecision.canonical(["Royce", "Ed Royce"], analystName: nil, counts: ["Royce": 2, "Ed Royce": 1]) == "Ed Royce")
        #expect(KindDecision.canonical(["Pierluisi", "Pedro Pierluisi", "Pedro R. Pierluisi X"], analystName: nil,
                                       counts: ["Pierluisi": 19, "Pedro Pierluisi": 2, "Pedro R. Pierluisi X": 1]) == "Pedro Pierluisi")
        #expect(KindDecision.canonical(["NEW YORK", "New York"], analystName: nil) == "New York")
        #expect(KindDecision.canonical(["UN", "United Nations"], analystName: nil, counts: ["UN": 2, "United Nations": 1]) == "United Nations")
    }

    @Test("Possible duplicates: spelling variants, but not a nationality and its country")
    func possibleDuplicates() throws {
        let (_, review) = try entities(["The Quds Force met the Qods Force in Iran with Iranian officials."])
        #expect(review.possibleDuplicates.map(\.first) == ["Qods Force"])
    }
}

/// Names cut right and typed from evidence that generalizes.
@Suite("Name cutting and kinds")
struct NameCuttingTests {
    @Test("A title with no name after it names no one; a title goes on with “of” to the person")
    func titles() throws {
        let (found, _) = try entities([
            "The U.S. President said on Monday he would go.",
            "President of the United States Donald Trump met Speaker of the House Nancy Pelosi.",
        ])
        #expect(found.writing("President") == nil && found.writing("U.S. President") == nil)
        #expect(found.named("United States")?.kind == .place)
        #expect(found.named("Donald Trump")?.kind == .person)
        #expect(found.named("Nancy Pelosi")?.kind == .person)
        #expect(!found.contains { $0.name.hasPrefix("of ") || $0.aliases.contains { $0.hasPrefix("of ") } })
    }

    @Test("Nationalities: a word of their own, cut off a name unless the whole is one")
    func nationalities() throws {
        let (found, _) = try entities([
            "German Chancellor Helmut Kohl met Russian Interfax reporters and the European Central Bank.",
            "British Airways and Iraqi officials spoke to Interfax.",
        ])
        #expect(found.writing("German")?.kind == .group)
        #expect(found.named("Helmut Kohl")?.kind == .person)
        #expect(found.writing("Russian")?.kind == .group)
        #expect(found.named("Interfax")?.mentions.count == 2)
        #expect(found.named("European Central Bank")?.kind == .organization)
        #expect(found.named("British Airways")?.kind == .organization)
        #expect(found.writing("Iraqi")?.kind == .group)
        let (row, _) = try entities(["Bosnian Serb leaders met Iraqi Kurdish officials."])
        #expect(row.writing("Bosnian Serb")?.kind == .group)
        #expect(row.writing("Iraqi Kurdish")?.kind == .group)
    }

    @Test("Sentences in capitals give only the names the tables know")
    func shouted() throws {
        let (found, _) = try entities(["SOCCER - LEADING RESULTS IN FRANCE", "The league resumed in France."])
        #expect(found.writing("SOCCER") == nil && found.writing("LEADING RESULTS") == nil)
        #expect(found.named("France")?.mentions.count == 2)
        let layout = SentenceLayout(Tokenizer.tokenize("BRUSSELS 1996-08-22"))
        #expect(layout.shouted == [0])
    }

    @Test("A line of results: a name before figures is a team; a scorer in brackets and an initial are people")
    func resultsTables() throws {
        let (found, _) = try entities([
            "Bastia 1 Guingamp 2",
            "Guingamp 0 Bastia 3 (Drobnjak 31st)",
            "Ujpest 1 Videoton 2",
            "8. Videoton 3 1 1 1 7 5 4",
            "England 326 (J. Crawley 106, G. Thorpe 54)",
        ])
        #expect(found.named("Bastia")?.kind == .organization)
        #expect(found.named("Guingamp")?.kind == .organization)
        #expect(found.named("Videoton")?.kind == .organization)
        #expect(found.named("G. Thorpe")?.kind == .person)
        #expect(found.named("J. Crawley")?.kind == .person)
        #expect(found.named("Drobnjak")?.kind != .organization)
        #expect(SentenceLayout(Tokenizer.tokenize("Nice 1 Bastia 1")).tables == [0])
        #expect(SentenceLayout(Tokenizer.tokenize("Nice won 1-0 at home.")).tables.isEmpty)
    }

    @Test("Context cues: a company's shares, a retailer, a city and a plural (a team)")
    func contextCues() throws {
        let (found, _) = try entities([
            "Shares in Motorola rose after German retailer Promodes said Motorola shares were cheap.",
            "The Seattle Mariners beat the Boston Red Sox.",
        ])
        #expect(found.named("Promodes")?.kind == .organization)
        #expect(found.named("Motorola")?.kind == .organization)
        #expect(found.named("Seattle Mariners")?.kind == .organization)
    }

    @Test("Time zones, months and weekdays are never names")
    func calendarWords() throws {
        let (found, _) = try entities(["Trading closed at 1600 GMT on Friday in August, Tomasz Wrobel said."])
        #expect(found.writing("GMT") == nil && found.writing("Friday") == nil && found.writing("August") == nil)
        #expect(found.named("Tomasz Wrobel")?.kind == .person)
    }

    @Test("Two or three plain capitalized words with no other cue are most likely a person")
    func plainNames() throws {
        let (found, _) = try entities(["The match was decided when Wasim Akram took the last wicket."])
        #expect(found.named("Wasim Akram")?.kind == .person)
    }
}
