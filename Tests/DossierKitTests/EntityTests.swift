import Foundation
import Testing
@testable import DossierKit

/// Runs the entity stage on articles made from paragraphs, with an optional dossier.yml.
func entities(_ paragraphs: [String], title: String = "Headline", yml: String = "") throws -> (entities: [Entity], review: Review) {
    let article = Article(
        file: "a.txt", slug: "a", format: .text, title: title, metadata: SourceMetadata(),
        paragraphs: paragraphs.enumerated().map { Paragraph(id: "p\($0 + 1)", text: $1, line: $0 + 3) },
        captions: [], removed: [], markdownBody: nil)
    let config = yml.isEmpty ? DossierConfig() : try DossierConfig.decode(yml, file: "dossier.yml")
    let out = EntityStage.run([article], config: config)
    return (out.entities, out.review)
}

extension Array where Element == Entity {
    func named(_ name: String) -> Entity? { first { $0.name == name } }
}

@Suite("Entity extraction")
struct EntityExtractionTests {
    @Test("Tokens: possessives stripped, dotted acronyms kept, hyphenated tails cut")
    func tokens() {
        let tokens = Tokenizer.tokenize("Iran’s U.N. envoy met Soleimani-commanded forces in Washington, D.C. As usual.")
        #expect(tokens[0].text == "Iran" && tokens[0].possessive && tokens[0].end == 4)
        #expect(tokens[1].text == "U.N.")
        let matched = EntityMatcher.words(tokens).map(\.text)
        #expect(matched.contains("Soleimani"))
        // "D.C." ends the sentence because "As" cannot continue a name.
        let asToken = tokens.first { $0.text == "As" }!
        #expect(asToken.sentenceInitial)
        // "Gen." does not end a sentence.
        let gen = Tokenizer.tokenize("Marine Gen. Joseph Dunford spoke.")
        #expect(Set(gen.map(\.sentence)) == [0])
    }

    @Test("Titles are roles, not part of the name; a surname alone joins the full name")
    func titlesAndSurnames() throws {
        let (found, _) = try entities([
            "Maj. Gen. Rafael Ortega, the commander of the brigade, arrived on Tuesday.",
            "Ortega said the talks would go on. Later, Gen. Ortega left.",
        ])
        let ortega = try #require(found.named("Rafael Ortega"))
        #expect(ortega.kind == .person)
        #expect(ortega.mentions.count == 3)
        #expect(ortega.roles.contains("Maj. Gen."))
        #expect(found.named("Tuesday") == nil)
        #expect(found.named("Later") == nil)
        #expect(found.named("Gen.") == nil)
    }

    @Test("Sentence-initial capitals are names only when the dossier knows them")
    func sentenceInitial() throws {
        let (found, _) = try entities([
            "Nonetheless, officials met. Reports said little. Harlow was quiet.",
            "The mayor of Harlow, Ms. Jane Pike, spoke.",
        ])
        #expect(found.named("Nonetheless") == nil)
        #expect(found.named("Reports") == nil)
        #expect(found.named("Harlow")?.mentions.count == 2)
        #expect(found.named("Jane Pike")?.kind == .person)
    }

    @Test("Arabic articles inside names: al-Sudani, el-Zour (a bug cut them to nothing)")
    func arabicArticles() throws {
        let (found, _) = try entities(["Prime Minister Mohammed Shia al-Sudani met Hamid Jabbar al-Mansouri near Deir el-Zour."])
        #expect(found.named("Mohammed Shia al-Sudani")?.kind == .person)
        #expect(found.named("Hamid Jabbar al-Mansouri") != nil)
        #expect(!found.contains { $0.name.hasSuffix(" ") || $0.name.isEmpty })
    }

    /// "of" after a person's full name starts another name: where the person is from or works. After
    /// anything else it stays inside the name.
    @Test("A full personal name before \"of\" ends there; other names join across it", arguments: [
        ("Top seed Thomas Muster of Austria was beaten.", ["Thomas Muster", "Austria"]),
        ("Maria Lopez of the Ferry Union joined the talks.", ["Maria Lopez", "Ferry Union"]),
        ("He faces Richard Krajicek of the Netherlands next.", ["Richard Krajicek", "Netherlands"]),
        ("The Bank of England raised rates.", ["Bank of England"]),
        ("The film is about Joan of Arc.", ["Joan of Arc"]),
        ("She studied at the Georgia Institute of Technology.", ["Georgia Institute of Technology"]),
        ("She teaches at Victoria University of Wellington.", ["Victoria University of Wellington"]),
    ])
    func ofAfterPersonalName(sentence: String, names: [String]) throws {
        let (found, _) = try entities([sentence])
        #expect(found.map(\.name).sorted() == names.sorted(), "\(sentence)")
    }

    @Test("A dateline in capitals matches the usual spelling; the quick byte test never rules out a word the full test takes")
    func capitalsMatch() {
        let matcher = EntityMatcher(names: [["London"], ["Ho Chi Minh"], ["École Normale"]])
        let found = matcher.match(Tokenizer.tokenize("LONDON 1996-08-22 - Ho Chi Minh and ÉCOLE NORMALE staff met, not london or LON."))
        #expect(found.map(\.entity) == [0, 1, 2])
        func fullTest(_ s: String) -> Bool { s.count > 3 && s.allSatisfy { $0.isUppercase || !$0.isLetter } }
        for word in ["LONDON", "London", "london", "LON", "NATO", "U.S.", "ÉCOLE", "École", "ĐÀNẴNG", "AT&T", "O'NEILL",
                     "MCDONALD'S", "3M", "1996", "DE-LA", "İSTANBUL", "ß", "ÀB", "ABCé", "ABCD", "a", ""] {
            if fullTest(word) { #expect(EntityMatcher.mayBeCapitals(word), "\(word)") }
        }
        #expect(!EntityMatcher.mayBeCapitals("the") && !EntityMatcher.mayBeCapitals("LON") && EntityMatcher.mayBeCapitals("ÀB"))
    }

    @Test("Headlines give only names the built-in tables know; title case is not mined")
    func headlines() throws {
        let (found, _) = try entities(["The South African president spoke."], title: "South Africa's Leader Survives Coalition Crisis")
        #expect(found.named("South Africa")?.mentions.map(\.location.block) == ["title"])
        #expect(found.named("Leader Survives Coalition Crisis") == nil)
        // The nationality in the text is a group of its own.
        #expect(found.map(\.name).sorted() == ["South Africa", "South African"])
        #expect(found.named("South African")?.kind == .group)
    }

    @Test("Acronyms join their expansion, dotted or not")
    func acronyms() throws {
        let (found, _) = try entities([
            "The International Atomic Energy Agency said the IAEA had inspectors there.",
            "The United Nations and the U.N. envoy; the UN later agreed.",
        ])
        #expect(found.named("International Atomic Energy Agency")?.mentions.count == 2)
        let un = try #require(found.named("United Nations"))
        #expect(un.mentions.count == 3)
        #expect(Set(un.aliases) == ["U.N.", "UN"])
    }

    @Test("Kinds from head words, the place table, attribution and cues")
    func kinds() throws {
        let (found, _) = try entities([
            "The Finance Ministry and the Central Bank met in Lisbon, Portugal on Monday.",
            "“We are ready,” said Tomasz Wrobel. The Treaty of Lisbon was cited.",
            "She starred in a film called The Long Night, shown at the Venice Film Festival.",
        ])
        #expect(found.named("Finance Ministry")?.kind == .organization)
        #expect(found.named("Central Bank")?.kind == .organization)
        #expect(found.named("Portugal")?.kind == .place)
        #expect(found.named("Tomasz Wrobel")?.kind == .person)
        #expect(found.named("Treaty of Lisbon")?.kind == .document)
        #expect(found.named("The Long Night")?.kind == .work)
        #expect(found.named("Monday") == nil)
    }

    @Test("A surname that fits two people is ambiguous: reported, not merged")
    func ambiguousSurname() throws {
        let (found, review) = try entities([
            "Anna Berg and Lars Berg, her brother, spoke.",
            "Later, Berg said nothing.",
        ])
        #expect(found.named("Anna Berg")?.mentions.count == 1)
        #expect(found.named("Lars Berg")?.mentions.count == 1)
        #expect(found.named("Berg") == nil)
        #expect(review.ambiguous.map(\.form) == ["Berg"])
        #expect(review.ambiguous.first?.candidates == ["Anna Berg", "Lars Berg"])
    }

    @Test("Matching: longest name wins, whole words only, headlines too")
    func matching() throws {
        let (found, _) = try entities(
            ["The Bank of England raised rates. England fans cheered. Englander is not England."],
            title: "Bank of England Raises Rates")
        let bank = try #require(found.named("Bank of England"))
        #expect(bank.mentions.map(\.location.block) == ["title", "p1"])
        let england = try #require(found.named("England"))
        #expect(england.mentions.count == 2)
        // Byte offsets point at the name in the paragraph.
        let text = "The Bank of England raised rates. England fans cheered. Englander is not England."
        let bytes = Array(text.utf8)
        for m in england.mentions where m.location.block == "p1" {
            #expect(String(decoding: bytes[m.start..<m.end], as: UTF8.self) == "England")
        }
    }

    @Test("dossier.yml: kinds, aliases, merges and ignores win over the rules")
    func annotations() throws {
        let yml = """
            entities:
              - name: Quds Force
                kind: organization
                aliases: [Qods Force]
                note: A *note*.
              - name: Zed
                kind: person
            merge:
              - [Harbour Authority, Port Board]
            ignore:
              - Blue Room
            """
        let (found, review) = try entities([
            "The Quds Force and the Qods Force met in the Blue Room; officials said Zed left.",
            "The Harbour Authority, also called the Port Board, met.",
        ], yml: yml)
        let quds = try #require(found.named("Quds Force"))
        #expect(quds.mentions.count == 2)
        #expect(quds.why == "set in dossier.yml")
        #expect(quds.note == "A *note*.")
        #expect(found.named("Zed")?.kind == .person)
        #expect(found.named("Blue Room") == nil)
        #expect(review.ignored.map(\.phrase) == ["Blue Room"])
        #expect(found.named("Harbour Authority")?.mentions.count == 2)
    }

    @Test("Spelling variants that were not merged are reported as possible duplicates")
    func duplicates() throws {
        let (_, review) = try entities(["The Quds Force met the Qods Force."])
        #expect(review.possibleDuplicates.count == 1)
        #expect(Set([review.possibleDuplicates[0].first, review.possibleDuplicates[0].second]) == ["Quds Force", "Qods Force"])
    }

    @Test("A bad kind or an unknown key under entities is an error with its line")
    func badAnnotations() {
        #expect(throws: BuildFailure.self) { try DossierConfig.decode("entities:\n  - name: X\n    kind: animal\n", file: "d.yml") }
        do {
            _ = try DossierConfig.decode("entities:\n  - name: X\n    alias: [Y]\n", file: "d.yml")
        } catch let failure as BuildFailure {
            #expect(failure.errors.first?.line == 3)
            #expect(failure.errors.first?.message.contains("did you mean 'aliases'?") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite("Tokens")
struct TokenizerTests {
    @Test("Every token's text is the paragraph's own bytes at its range, whatever the scalars around it")
    func textIsTheSlice() {
        let text = "Müller’s café in São Paulo, the U.S.-led Gen. Qassem’s 1990s plan (AT&T, Amazon.com) — “Iranians’ ruse”… 3:30pm, 1,200 ₹ 😀 e\u{301}clair"
        let tokens = Tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        for t in tokens where !t.possessive {
            #expect(String(decoding: bytes[t.start..<t.end], as: UTF8.self) == t.text, "\(t.text)")
        }
        #expect(tokens.map(\.text).prefix(6) == ["Müller", "café", "in", "São", "Paulo", ","])
        #expect(tokens.contains { $0.text == "Qassem" && $0.possessive })
        #expect(tokens.contains { $0.text == "Iranians" && $0.possessive })
        for word in ["U.S.", "Gen.", "1990s", "AT&T", "Amazon.com", "3:30pm", "1,200", "😀"] {
            #expect(tokens.contains { $0.text == word }, "\(word)")
        }
    }
}
