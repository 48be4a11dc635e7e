/// Evidence for an entity's kind, with how much it weighs against other evidence.
struct KindEvidence: Sendable, Hashable {
    var kind: EntityKind
    var reason: String
    var weight: Int

    // Weights: what the name itself says (a head word, the place table) beats what its neighbours say.
    static let analyst = 1000
    static let workCue = 70
    static let head = 60
    static let place = 50
    static let title = 45
    static let placeContext = 35
    static let organizationCue = 35
    static let speech = 30
    static let givenName = 20
    static let resultsTable = 55
    static let plainName = 5
    static let acronym = 10
}

/// A name found in the text before resolution: cleaned of titles, possessives and sentence-initial words.
struct Candidate: Sendable, Equatable {
    var name: String
    var tokens: [String]
    var location: TextLocation
    var start: Int
    var end: Int
    var evidence: [KindEvidence]
    var role: String?
    /// A single capitalized word that opens a sentence: a name only if the dossier knows it as one.
    var needsConfirmation: Bool
    /// Found inside another name (the first part of a hyphenated compound), not as a mention of its own.
    var implied: Bool = false
    /// An acronym written right after this name in brackets: "Joint Comprehensive Plan of Action (JCPOA)".
    var bracketedAcronym: String?
}

/// Finds candidate names in English news text with general rules: runs of capitalized words with the
/// connectors names use, titles split off as roles, sentence-initial words checked, kinds from evidence.
enum NameExtractor {
    static let titleFirstTokens: Set<String> = Set(Gazetteer.titles.compactMap(\.first))
    static let maxTitleLength = Gazetteer.titles.map(\.count).max() ?? 1
    static let titleSet: Set<[String]> = Set(Gazetteer.titles)

    static func extract(from text: String, at location: TextLocation) -> [Candidate] {
        extract(from: text, tokens: Tokenizer.tokenize(text), at: location)
    }

    static func extract(from text: String, tokens: [Token], at location: TextLocation) -> [Candidate] {
        var out: [Candidate] = []
        let layout = SentenceLayout(tokens)
        // A sentence in capitals ("SOCCER - LEADING RESULTS", "LONDON 1996-08-22") says nothing by its case:
        // only the names the tables know are taken from it, as from a headline.
        for range in layout.shoutedRanges {
            out += knownNames(in: text, tokens: Array(tokens[range]), at: location)
        }
        var i = 0
        while i < tokens.count {
            if layout.shouted.contains(tokens[i].sentence) { i += 1; continue }
            guard let first = nameToken(tokens, i) else { i += 1; continue }
            var run = [first]
            var j = i + 1
            if first.possessive { continuePossessive(&run, tokens: tokens, text: text) }
            if !run.last!.possessive && !first.cut {
                while j < tokens.count, tokens[j].sentence == tokens[i].sentence {
                    if let t = nameToken(tokens, j, previous: run.last) {
                        run.append(t)
                        j += 1
                        if t.possessive { continuePossessive(&run, tokens: tokens, text: text) }
                        if run.last!.possessive || t.cut { break }
                        continue
                    }
                    // "J Sainsbury plc": a company suffix in lower case.
                    if Gazetteer.companySuffixes.contains(tokens[j].text), tokens[j].kind == .word {
                        run.append(NameToken(tokens[j], index: j))
                        j += 1
                        break
                    }
                    // Connectors inside a name: "Bank of England", "Bashar al Assad", "Battle of the Persian Gulf".
                    if let joined = connectorJoin(tokens, j, run: run) {
                        run += joined.tokens
                        j = joined.next
                        if run.last!.possessive || run.last!.cut { break }
                        continue
                    }
                    // A number after a document or event word: "Resolution 1747", "World Cup 2018" stays apart.
                    if tokens[j].kind == .number, let last = run.last?.text,
                       Gazetteer.documentStarts.contains(last) || Gazetteer.documentHeads.contains(last),
                       tokens[j].text.allSatisfy(\.isNumber) {
                        run.append(NameToken(tokens[j]))
                        j += 1
                    }
                    break
                }
            }
            out += candidates(from: run, tokens: tokens, runStart: i, runEnd: j, text: text, location: location,
                              tableLine: layout.tables.contains(tokens[i].sentence))
            i = max(j, i + 1)
        }
        return out
    }

    /// "Addenbrooke's Hospital", "St George's Park": a possessive inside a name that ends in a head word.
    /// The possessive token keeps its `’s` and the run goes on.
    static func continuePossessive(_ run: inout [NameToken], tokens: [Token], text: String) {
        guard let last = run.last, last.possessive, last.index >= 0 else { return }
        var m = last.index + 1
        var rest: [String] = []
        while m < tokens.count, tokens[m].sentence == tokens[last.index].sentence, let t = nameToken(tokens, m) {
            rest.append(t.text)
            m += 1
            if t.possessive || t.cut { break }
        }
        guard let end = rest.last, Gazetteer.organizationHeads.contains(end) || Gazetteer.placeHeads.contains(end)
                || Gazetteer.documentHeads.contains(end) || Gazetteer.eventHeads.contains(end) else { return }
        // Take the apostrophe and s from the text as written.
        // Walks the UTF-8 view from the token on (never copies the paragraph: this runs once per name).
        let view = text.utf8
        var suffixEnd = last.end
        var at = view.index(view.startIndex, offsetBy: suffixEnd)
        while at < view.endIndex, view[at] != 0x20 { suffixEnd += 1; at = view.index(after: at) }
        var extended = run.removeLast()
        extended.text = text.utf8Slice(extended.start..<suffixEnd)
        extended.end = suffixEnd
        extended.possessive = false
        run.append(extended)
    }

    /// Places and well-known institutions in a title-case text (a headline), longest first, up to four words.
    static func knownNames(in text: String, tokens: [Token], at location: TextLocation) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        while i < tokens.count {
            var matched = 0
            if tokens[i].isCapitalized {
                for length in stride(from: min(4, tokens.count - i), through: 1, by: -1) {
                    let run = tokens[i..<(i + length)]
                    guard run.allSatisfy({ $0.kind == .word }), run.dropLast().allSatisfy({ !$0.possessive }) else { continue }
                    let name = run.map(\.text).joined(separator: " ")
                    let names = run.map(\.text)
                    if Gazetteer.place(name) == nil, !Gazetteer.knownOrganization(name), Gazetteer.people(name) != nil {
                        out.append(groupCandidate(names, start: run.first!.start, end: run.last!.end, location: location))
                        matched = length
                        break
                    }
                    guard Gazetteer.place(name) != nil || Gazetteer.knownOrganization(name) else { continue }
                    out.append(Candidate(
                        name: name, tokens: names, location: location, start: run.first!.start, end: run.last!.end,
                        evidence: kindEvidence(names: names, name: name, tokens: tokens, firstIndex: -1, lastIndex: -1),
                        role: nil, needsConfirmation: false))
                    matched = length
                    break
                }
            }
            i += max(matched, 1)
        }
        return out
    }

    /// A token as part of a name, possibly cut short at a lower-case hyphenated part (Soleimani-commanded).
    struct NameToken {
        var text: String
        var start: Int
        var end: Int
        var possessive: Bool
        var sentenceInitial: Bool
        var cut = false
        var isAcronym: Bool
        var index: Int = -1

        init(_ t: Token, index: Int = -1) {
            text = t.text
            start = t.start
            end = t.end
            possessive = t.possessive
            sentenceInitial = t.sentenceInitial
            isAcronym = t.isAcronym
            self.index = index
        }
    }

    static func nameToken(_ tokens: [Token], _ i: Int, previous: NameToken? = nil) -> NameToken? {
        let t = tokens[i]
        guard t.isCapitalized || hasArabicArticle(t) else { return nil }
        if Gazetteer.weekdays.contains(t.text) || Gazetteer.months.contains(t.text) || Gazetteer.timeZones.contains(t.text) { return nil }
        // "AUGUST", "MONDAY": calendar words in capitals.
        if t.isAcronym, let titled = Gazetteer.titleCased(t.text), Gazetteer.weekdays.contains(titled) || Gazetteer.months.contains(titled) {
            return nil
        }
        if t.text == "I" && previous?.text != "War" { return nil }
        if t.text.hasPrefix("I'") || t.text.hasPrefix("I\u{2019}") { return nil }  // I'd, I’m
        if isPartyCode(t.text) { return nil }
        // "(Lab, Slough)", "(Con)": a party after a lawmaker's name.
        if i > 0, tokens[i - 1].text == "(", Gazetteer.partyAbbreviations.contains(t.text) { return nil }
        // MPs, GPs, CEOs: plural abbreviations are common nouns.
        if t.text.hasSuffix("s"), t.text.count >= 3, NameExtractor.isAcronymText(String(t.text.dropLast())) { return nil }
        var nt = NameToken(t, index: i)
        // Hyphenated: keep the capitalized leading parts (U.S.-led → U.S.; Corps-Qods stays whole); an
        // Arabic article (al-Sudani) is part of the name.
        if t.text.utf8.contains(UInt8(ascii: "-")), !hasArabicArticle(t) {
            let parts = t.text.split(separator: "-", omittingEmptySubsequences: false)
            var kept: [Substring] = []
            for part in parts {
                guard let c = part.unicodeScalars.first, c.isUppercaseFast else { break }
                kept.append(part)
            }
            if kept.count < parts.count {
                let keptText = kept.joined(separator: "-")
                nt.text = keptText
                nt.end = t.start + keptText.utf8.count
                nt.cut = true
                nt.possessive = false
            }
        }
        return nt
    }

    /// `al-Hol`, `el-Zour`: a lower-case Arabic article before a capitalized name.
    static func hasArabicArticle(_ t: Token) -> Bool {
        // Most words hold no hyphen: told from their bytes before any character is looked at.
        guard t.kind == .word, t.text.utf8.contains(UInt8(ascii: "-")), let dash = t.text.firstIndex(of: "-") else { return false }
        let article = t.text[..<dash]
        guard arabicArticles.contains(String(article)) else { return false }
        return t.text[t.text.index(after: dash)...].first?.isUppercase == true
    }

    static let arabicArticles: Set<String> = GazetteerParser.set(nameTable("arabic-articles.txt"))

    /// `R-TX`, `D-Calif.`: party and state after a US lawmaker's name.
    static func isPartyCode(_ s: String) -> Bool {
        guard s.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = s.split(separator: "-")
        guard parts.count == 2, ["R", "D", "I"].contains(parts[0]) else { return false }
        return parts[1].count <= 6
    }

    /// Lower-case connectors between capitalized words: "of", "al", "bin", "de", "for", "the" after "of",
    /// and "and" only inside an organization's name or a known place ("Bosnia and Herzegovina").
    static func connectorJoin(_ tokens: [Token], _ j: Int, run: [NameToken]) -> (tokens: [NameToken], next: Int)? {
        // "Faber & Faber", "Brighton & Hove Albion": an ampersand between capitals is inside a name.
        if tokens[j].text == "&", j + 1 < tokens.count, let next = nameToken(tokens, j + 1) {
            return ([NameToken(tokens[j], index: j), next], j + 2)
        }
        // "Trump v. Slaughter": a court case.
        if ["v.", "v", "vs.", "vs"].contains(tokens[j].text), j + 1 < tokens.count, let next = nameToken(tokens, j + 1) {
            return ([NameToken(tokens[j], index: j), next], j + 2)
        }
        var k = j
        var connectors: [NameToken] = []
        while k < tokens.count, tokens[k].kind == .word, connectors.count < 2,
              Gazetteer.nameConnectors.contains(tokens[k].text) || tokens[k].text.hasPrefix("al-") {
            if tokens[k].text.hasPrefix("al-"), tokens[k].text.count > 3 {
                // "al-Assad" is itself a name part.
                var nt = NameToken(tokens[k], index: k)
                nt.isAcronym = false
                return ([nt], k + 1)
            }
            connectors.append(NameToken(tokens[k], index: k))
            k += 1
        }
        guard !connectors.isEmpty, k < tokens.count, tokens[k].sentence == tokens[j].sentence,
              let next = nameToken(tokens, k) else { return nil }
        if connectors.contains(where: { $0.text == "the" }) && connectors.first?.text != "of" { return nil }
        // "Thomas Muster of Austria", "Maria Lopez of the Ferry Union": a person's full name, then where the
        // person is from or works. Two names, not one ("Bank of England", "Joan of Arc" still join).
        if connectors.first?.text == "of", endsInPersonalName(run) { return nil }
        // "for" and "on" join only inside an institution's name: "Institute for Fiscal Studies", "Council on
        // Foreign Relations" — not "YouGov for The Times".
        if ["for", "on"].contains(connectors.first!.text),
           !run.contains(where: { Gazetteer.organizationStarts.contains($0.text) || Gazetteer.organizationHeads.contains($0.text) }) {
            return nil
        }
        if connectors.first?.text == "and" {
            // Look ahead to the end of the following capitalized run.
            var rest = [next]
            var m = k + 1
            while m < tokens.count, !rest.last!.possessive, !rest.last!.cut, let t = nameToken(tokens, m) {
                rest.append(t)
                m += 1
            }
            let whole = (run.map(\.text) + ["and"] + rest.map(\.text)).joined(separator: " ")
            // "Department of Health and Human Services", "Food and Drug Administration", "Bosnia and
            // Herzegovina" — but not "Hezbollah and Palestinian Islamic Jihad", two names in a list.
            let endsAsOrganization = Gazetteer.organizationHeads.contains(rest.last!.text)
                && !run.contains { Gazetteer.organizationHeads.contains($0.text) }
            // "Department for Work and Pensions", "National Institute for Health and Care Excellence".
            let departmentStyle = run.contains { Gazetteer.organizationStarts.contains($0.text) || Gazetteer.organizationHeads.contains($0.text) }
                && run.contains { $0.text == "of" || $0.text == "for" }
            let shortPair = run.count == 1 && rest.count <= 2
            guard departmentStyle || endsAsOrganization && shortPair || Gazetteer.places[whole] != nil else { return nil }
            return (connectors + rest, m)
        }
        return (connectors + [next], k + 1)
    }

    /// Words that make a run something other than a person's name.
    static let notPersonHeads = [Gazetteer.organizationHeads, Gazetteer.organizationStarts, Gazetteer.documentHeads,
                                 Gazetteer.documentStarts, Gazetteer.eventHeads, Gazetteer.eventStarts]

    /// A run that is a given name and more ("Maria Lopez", "President Bill Clinton") with nothing in it that
    /// heads an organization, a document or an event ("Georgia Institute", "Bill of Rights" are not persons).
    static func endsInPersonalName(_ run: [NameToken]) -> Bool {
        guard run.count >= 2 else { return false }
        if run.contains(where: { token in notPersonHeads.contains { $0.contains(token.text) } }) { return false }
        return run.dropLast().contains { Gazetteer.givenNames.contains($0.text) }
    }

    // MARK: from a run of tokens to candidates

    static func candidates(from run: [NameToken], tokens: [Token], runStart: Int, runEnd: Int, text: String,
                           location: TextLocation, tableLine: Bool = false) -> [Candidate] {
        var parts = run
        var out: [Candidate] = []
        var role: [String] = []
        var evidence: [KindEvidence] = []

        // Sentence-initial function words are not part of a name: "As Saudi Arabia" → Saudi Arabia.
        while let first = parts.first, Gazetteer.commonCapitalized.contains(first.text),
              first.sentenceInitial || parts.count > 1 && isFunctionWord(first.text) {
            parts.removeFirst()
            dropLeadingConnectors(&parts)
        }
        // A title alone names no one, even one ending in an institution: "Member of Parliament".
        if titleSet.contains(parts.map(\.text)) { return out }
        // Titles split a run: what comes before is an organization or a modifier, what follows is the person.
        if let (titleStart, titleEnd) = firstTitle(in: parts), !Gazetteer.organizationHeads.contains(parts.last!.text) {
            let before = Array(parts[..<titleStart])
            let title = parts[titleStart..<titleEnd].map(\.text).joined(separator: " ")
            // What comes before a title is a name of its own when it is one: "U.S." in "U.S. President Donald
            // Trump", "German" in "German Chancellor Helmut Kohl".
            if before.count >= 2 || before.first.map({ Gazetteer.place($0.text) != nil || Gazetteer.people($0.text) != nil || $0.isAcronym }) == true {
                out += candidates(from: before, tokens: tokens, runStart: runStart, runEnd: runStart + before.count,
                                  text: text, location: location)
            }
            // A title with no name after it ("the U.S. President", "Spanish Farm Minister") names no one.
            guard titleEnd < parts.count else { return out }
            role = before.map(\.text) + [title]
            parts = Array(parts[titleEnd...])
            // Several titles in a row: "Supreme Leader Ayatollah Ali Khamenei".
            while let (s, e) = firstTitle(in: parts), s == 0 {
                // "Lord President": titles all the way to the end name no one.
                guard e < parts.count else { return out }
                role.append(parts[..<e].map(\.text).joined(separator: " "))
                parts = Array(parts[e...])
            }
            // "President of the United States Donald Trump", "Speaker of the House Nancy Pelosi": the title goes on
            // with "of" up to the person's given name, or past a name the tables know.
            if let connector = parts.first, Gazetteer.nameConnectors.contains(connector.text) {
                dropLeadingConnectors(&parts)
                let split = parts.indices.dropFirst().first { Gazetteer.givenNames.contains(parts[$0].text) }
                    ?? knownPrefixLength(parts).flatMap { $0 < parts.count ? $0 : nil }
                let office = Array(parts[..<(split ?? parts.count)])
                role.append(([connector.text] + office.map(\.text)).joined(separator: " "))
                if office.count >= 2 || knownPrefixLength(office) != nil {
                    out += candidates(from: office, tokens: tokens, runStart: runStart, runEnd: runStart + office.count,
                                      text: text, location: location)
                }
                // "the Speaker of the House said": the office goes on to the end and names no person.
                guard let split else { return out }
                parts = Array(parts[split...])
            }
            evidence.append(KindEvidence(kind: .person, reason: "title ‘\(title)’ before the name", weight: KindEvidence.title))
        }
        while let last = parts.last, Gazetteer.nameConnectors.contains(last.text) { parts.removeLast() }
        guard !parts.isEmpty else { return out }
        // A demonym on its own describes ("Iranian", "South Africans"); before a name it may belong to it
        // ("European Central Bank") or not ("Lebanese Hezbollah"): the resolver decides.
        // A nationality, people or persuasion on its own names a group ("Iranian", "South Africans").
        var whole = parts.map(\.text).joined(separator: " ")
        if Gazetteer.place(whole) == nil, !Gazetteer.knownOrganization(whole), Gazetteer.people(whole) != nil {
            return out + [groupCandidate(parts.map(\.text), start: parts.first!.start, end: parts.last!.end, location: location)]
        }
        // "Bosnian Serb", "Iraqi Kurdish": nationalities in a row name one group.
        if parts.allSatisfy({ Gazetteer.people($0.text) != nil }) {
            return out + [groupCandidate(parts.map(\.text), start: parts.first!.start, end: parts.last!.end, location: location)]
        }
        // "Russian Interfax", "Israeli Likud": a nationality before a name is a word of its own, unless the whole
        // is a name the tables know or its head word makes it one ("European Central Bank", "British Airways").
        if parts.count > 1, Gazetteer.place(whole) == nil, !Gazetteer.knownOrganization(whole), !hasHeadWord(parts.last!.text),
           let k = (1...min(2, parts.count - 1)).reversed().first(where: { k in
               Gazetteer.demonyms[parts[..<k].map(\.text).joined(separator: " ")] != nil }) {
            let people = parts[..<k]
            out.append(groupCandidate(people.map(\.text), start: people.first!.start, end: people.last!.end, location: location))
            parts = Array(parts[k...])
            dropLeadingConnectors(&parts)
            guard !parts.isEmpty else { return out }
            whole = parts.map(\.text).joined(separator: " ")
        }
        if parts.allSatisfy({ Gazetteer.commonCapitalized.contains($0.text) && isFunctionWord($0.text) }) { return out }

        let names = parts.map(\.text)
        let name = names.joined(separator: " ")
        let first = parts.first!, last = parts.last!
        evidence += kindEvidence(names: names, name: name, tokens: tokens, firstIndex: first.index, lastIndex: last.index,
                                 tableLine: tableLine)
        var candidate = Candidate(
            name: name, tokens: names, location: location, start: first.start, end: last.end, evidence: evidence,
            role: role.isEmpty ? nil : role.joined(separator: " "),
            needsConfirmation: parts.count == 1 && !first.isAcronym
                && (first.sentenceInitial || Gazetteer.commonCapitalized.contains(first.text)))
        // "Joint Comprehensive Plan of Action (JCPOA)": the bracketed acronym names the same thing.
        if last.index >= 0, last.index + 3 < tokens.count, tokens[last.index + 1].text == "(",
           tokens[last.index + 2].isAcronym, !isPartyCode(tokens[last.index + 2].text), tokens[last.index + 3].text == ")" {
            candidate.bracketedAcronym = tokens[last.index + 2].text
        }
        out.append(candidate)
        // The parts of a hyphenated compound are names too: Islamic Revolutionary Guard Corps-Qods Force.
        if parts.count > 1, let hyphen = parts.firstIndex(where: { $0.text.utf8.contains(UInt8(ascii: "-")) && !$0.isAcronym }),
           let cut = parts[hyphen].text.split(separator: "-").first, cut.first?.isUppercase == true {
            let head = parts[..<hyphen].map(\.text) + [String(cut)]
            if head.count > 1 {
                var implied = candidate
                implied.name = head.joined(separator: " ")
                implied.tokens = head
                implied.evidence = kindEvidence(names: head, name: implied.name, tokens: tokens, firstIndex: -1, lastIndex: -1)
                implied.role = nil
                implied.implied = true
                implied.bracketedAcronym = nil
                out.append(implied)
            }
        }
        return out
    }

    /// A nationality, people or persuasion: "German", "Palestinians", "SOUTH AFRICAN".
    static func groupCandidate(_ names: [String], start: Int, end: Int, location: TextLocation) -> Candidate {
        let name = names.joined(separator: " ")
        let group = Gazetteer.people(name) ?? name
        return Candidate(
            name: name, tokens: names, location: location, start: start, end: end,
            evidence: [KindEvidence(kind: .group, reason: "a nationality, people or persuasion (\(group))", weight: KindEvidence.place)],
            role: nil, needsConfirmation: false)
    }

    /// A last word that makes a name an organization, place, document or event whatever comes before it.
    static func hasHeadWord(_ word: String) -> Bool {
        Gazetteer.organizationHeads.contains(word) || Gazetteer.placeHeads.contains(word) || Gazetteer.eventHeads.contains(word)
            || Gazetteer.documentHeads.contains(word) || Gazetteer.extraEventHeads.contains(word) || Gazetteer.clubWords.contains(word)
            || Gazetteer.companySuffixes.contains(word)
    }

    /// The length of the longest run of up to four leading words that the tables know as a place or institution.
    static func knownPrefixLength(_ parts: [NameToken]) -> Int? {
        for length in stride(from: min(4, parts.count), through: 1, by: -1) {
            let name = parts[..<length].map(\.text).joined(separator: " ")
            if Gazetteer.place(name) != nil || Gazetteer.knownOrganization(name) { return length }
        }
        return nil
    }

    static func isFunctionWord(_ word: String) -> Bool {
        functionWords.contains(word)
    }

    /// Closed-class words that never begin a name even mid-sentence.
    static let functionWords: Set<String> = GazetteerParser.set(nameTable("function-words.txt"))

    static func dropLeadingConnectors(_ parts: inout [NameToken]) {
        while let first = parts.first, Gazetteer.nameConnectors.contains(first.text) { parts.removeFirst() }
    }

    /// The first title in a run, as a token range.
    static func firstTitle(in parts: [NameToken]) -> (Int, Int)? {
        for s in parts.indices where titleFirstTokens.contains(parts[s].text) {
            // "Royal College of General Practitioners": after a connector it is part of a name.
            if s > 0, Gazetteer.nameConnectors.contains(parts[s - 1].text) { continue }
            var best: Int?
            var e = s
            var words: [String] = []
            while e < parts.count, e - s < maxTitleLength {
                words.append(parts[e].text)
                e += 1
                if titleSet.contains(words) { best = e }
            }
            if let best { return (s, best) }
        }
        return nil
    }

    /// What the name and its neighbours say about its kind.
    static func kindEvidence(names: [String], name: String, tokens: [Token], firstIndex: Int, lastIndex: Int,
                             tableLine: Bool = false) -> [KindEvidence] {
        var evidence: [KindEvidence] = []
        let first = names.first!
        // "Resolution 1747": the word before a trailing number is the head.
        let last = names.count > 1 && names.last!.allSatisfy(\.isNumber) ? names[names.count - 2] : names.last!
        let lastWord = last.split(separator: "-").last.map(String.init) ?? last
        if let place = Gazetteer.place(name) {
            evidence.append(KindEvidence(kind: .place, reason: "in the built-in place table (\(place.0.rawValue))", weight: KindEvidence.place))
        }
        if Gazetteer.knownOrganization(name) {
            evidence.append(KindEvidence(kind: .organization, reason: "a well-known institution", weight: KindEvidence.head))
        } else if names.count > 2, let known = (1..<names.count).lazy.map({ names[$0...].joined(separator: " ") })
                    .first(where: { $0.utf8.contains(UInt8(ascii: " ")) && Gazetteer.knownOrganizations.contains($0) }) {
            // "U.S. House of Representatives", "Texas House of Representatives".
            evidence.append(KindEvidence(kind: .organization, reason: "ends in ‘\(known)’", weight: KindEvidence.head))
        }
        // "International Court of Justice", "Royal College of General Practitioners": a head word before "of".
        if names.count >= 3, let connector = names.firstIndex(where: { ["of", "for", "on"].contains($0) }), connector > 0,
           Gazetteer.organizationHeads.contains(names[connector - 1]) || Gazetteer.extraOrganizationStarts.contains(names[connector - 1]) {
            evidence.append(KindEvidence(kind: .organization, reason: "‘\(names[connector - 1]) \(names[connector]) …’", weight: KindEvidence.head))
        }
        if names.count > 1, Gazetteer.extraEventHeads.contains(lastWord) {
            evidence.append(KindEvidence(kind: .event, reason: "event word ‘\(lastWord)’", weight: KindEvidence.head))
        }
        if names.count > 1, Gazetteer.extraOrganizationStarts.contains(first), !Gazetteer.organizationStarts.contains(first) {
            evidence.append(KindEvidence(kind: .organization, reason: "begins with ‘\(first)’", weight: KindEvidence.head - 5))
        }
        if names.count > 1, Gazetteer.placeHeads.contains(lastWord) || Gazetteer.placeStarts.contains(first) {
            let word = Gazetteer.placeHeads.contains(lastWord) ? lastWord : first
            evidence.append(KindEvidence(kind: .place, reason: "place word ‘\(word)’", weight: KindEvidence.head - 1))
        }
        if names.count > 1, names.contains(where: { ["FC", "AFC", "CF"].contains($0) })
            || names.contains(where: { Gazetteer.clubWords.contains($0) }) && names.contains(where: { Gazetteer.places[$0] != nil }) {
            evidence.append(KindEvidence(kind: .organization, reason: "a sports club’s name", weight: KindEvidence.head + 2))
        }
        // "Seattle Mariners", "San Diego Padres": a city and a plural is a team.
        if names.count >= 2, let last = names.last, last.count > 3, last.hasSuffix("s"), !Gazetteer.givenNames.contains(first),
           Gazetteer.places[names.dropLast().joined(separator: " ")]?.0 == .city {
            evidence.append(KindEvidence(kind: .organization, reason: "a city and a plural: a team", weight: KindEvidence.head + 2))
        }
        if names.count > 1, Gazetteer.companySuffixes.contains(names.last!) {
            evidence.append(KindEvidence(kind: .organization, reason: "company suffix ‘\(names.last!)’", weight: KindEvidence.head + 2))
        }
        if names.count >= 3, names.contains(where: { ["v.", "v", "vs.", "vs"].contains($0) }) {
            evidence.append(KindEvidence(kind: .document, reason: "a court case (‘v.’)", weight: KindEvidence.head + 2))
        }
        if names.count > 1 || lastWord != name {
            if Gazetteer.organizationHeads.contains(lastWord) {
                evidence.append(KindEvidence(kind: .organization, reason: "head word ‘\(lastWord)’", weight: KindEvidence.head))
            } else if Gazetteer.organizationStarts.contains(first) {
                evidence.append(KindEvidence(kind: .organization, reason: "begins with ‘\(first)’", weight: KindEvidence.head))
            }
        } else if Gazetteer.organizationHeads.contains(name) {
            // A capitalized head word on its own names an institution: "Congress", "the Navy".
            evidence.append(KindEvidence(kind: .organization, reason: "an institution’s name (‘\(name)’)", weight: KindEvidence.speech))
        }
        if Gazetteer.documentHeads.contains(lastWord) && names.count > 1 || Gazetteer.documentStarts.contains(first) && names.count > 1 {
            let word = Gazetteer.documentHeads.contains(lastWord) ? lastWord : first
            evidence.append(KindEvidence(kind: .document, reason: "document word ‘\(word)’", weight: KindEvidence.head + 1))
        }
        if names.count > 1, Gazetteer.eventHeads.contains(lastWord) || Gazetteer.eventStarts.contains(first) {
            let word = Gazetteer.eventHeads.contains(lastWord) ? lastWord : first
            evidence.append(KindEvidence(kind: .event, reason: "event word ‘\(word)’", weight: KindEvidence.head))
        }
        if names.count == 1, name.count >= 2, isAcronymText(name), Gazetteer.place(name) == nil {
            evidence.append(KindEvidence(kind: .organization, reason: "an acronym", weight: KindEvidence.acronym))
        }
        // "G. Thorpe", "M. Waugh": an initial before a surname is a person's.
        if names.count >= 2, isInitial(first) && !names.dropFirst().allSatisfy(isInitial) {
            evidence.append(KindEvidence(kind: .person, reason: "an initial before the name (‘\(first)’)", weight: KindEvidence.head))
        }
        if names.count >= 2, Gazetteer.givenNames.contains(first), evidence.isEmpty {
            evidence.append(KindEvidence(kind: .person, reason: "given name ‘\(first)’", weight: KindEvidence.givenName))
        } else if evidence.isEmpty, (2...3).contains(names.count), names.allSatisfy(isPlainNameWord) {
            // "Wasim Akram", "Loyola de Palacio" with no other cue: in news, two or three plain capitalized words
            // are a person's name more often than anything else. The weakest evidence there is.
            evidence.append(KindEvidence(kind: .person, reason: "two or three plain capitalized words", weight: KindEvidence.plainName))
        }
        guard firstIndex >= 0, lastIndex >= 0 else { return evidence }
        // Neighbours: "said Royce", "Royce said", "researcher Amir Toumaj", "the Obama administration",
        // "a film called …", "Aleppo, Syria".
        let before = previousWords(tokens, firstIndex, count: 3)
        let after = nextWord(tokens, lastIndex)
        // "Nice 1 Bastia 1", "8. Videoton 3 1 1 1 7 5 4": a name followed by figures in a line of results is a
        // team (an athlete's given name says otherwise).
        // Only a name that opens the line or follows a figure or a rank: a scorer in brackets or a bowler after a
        // comma ("(Schulz 31st)", ", Mullally 9-3-28-0") is a player.
        let opensEntry = firstIndex == 0 || tokens[firstIndex - 1].sentence != tokens[firstIndex].sentence
            || tokens[firstIndex - 1].kind == .number || tokens[firstIndex - 1].text == "."
        if tableLine, opensEntry, lastIndex + 1 < tokens.count, tokens[lastIndex + 1].kind == .number,
           tokens[lastIndex + 1].sentence == tokens[lastIndex].sentence,
           !(names.count >= 2 && Gazetteer.givenNames.contains(first)) {
            evidence.append(KindEvidence(kind: .organization, reason: "a team in a table of results", weight: KindEvidence.resultsTable))
        }
        if let b = before.last, b == "to", before.dropLast().last == "according" {
            evidence.append(KindEvidence(kind: .person, reason: "attribution ‘according to \(name)’", weight: KindEvidence.acronym))
        } else if let b = before.last, Gazetteer.speechVerbs.contains(b), !Gazetteer.institutionalVerbs.contains(b), b != "told" {
            evidence.append(KindEvidence(kind: .person, reason: "attribution ‘\(b) \(name)’", weight: KindEvidence.speech))
        }
        if let a = after, Gazetteer.speechVerbs.contains(a), a != "according", !Gazetteer.institutionalVerbs.contains(a) {
            evidence.append(KindEvidence(kind: .person, reason: "attribution ‘\(name) \(a)’", weight: KindEvidence.speech))
        }
        if let b = before.last, placePrepositions.contains(b), names.count <= 3 {
            evidence.append(KindEvidence(kind: .place, reason: "‘\(b) \(name)’", weight: KindEvidence.acronym + 2))
        }
        if let b = before.last, Gazetteer.personRoleNouns.contains(b) {
            evidence.append(KindEvidence(kind: .person, reason: "role ‘\(b)’ before the name", weight: KindEvidence.speech))
        }
        // "Aryna Sabalenka, 26, said": an age after a name is said of people.
        if lastIndex + 3 < tokens.count, tokens[lastIndex + 1].text == ",", tokens[lastIndex + 2].kind == .number,
           let age = Int(tokens[lastIndex + 2].text), (12...110).contains(age), [",", ")"].contains(tokens[lastIndex + 3].text) {
            evidence.append(KindEvidence(kind: .person, reason: "an age after the name (‘\(name), \(age)’)", weight: KindEvidence.title))
        }
        if let b = before.last, Gazetteer.organizationCuesBefore.contains(b) {
            evidence.append(KindEvidence(kind: .organization, reason: "‘\(b) \(name)’", weight: KindEvidence.organizationCue))
        }
        if let a = after, Gazetteer.organizationCuesAfter.contains(a) {
            evidence.append(KindEvidence(kind: .organization, reason: "‘\(name) \(a)’", weight: KindEvidence.organizationCue))
        }
        // "(Korneev 15th, Hansma 24th)": a name before the minute of a goal is a scorer's.
        if lastIndex + 1 < tokens.count, tokens[lastIndex + 1].sentence == tokens[lastIndex].sentence,
           isOrdinal(tokens[lastIndex + 1].text) {
            evidence.append(KindEvidence(kind: .person, reason: "a scorer’s minute after the name", weight: KindEvidence.title))
        }
        if after == "administration" {
            evidence.append(KindEvidence(kind: .person, reason: "‘\(name) administration’", weight: KindEvidence.speech))
        }
        if let cue = workCue(before) {
            evidence.append(KindEvidence(kind: .work, reason: "named as a \(cue)", weight: KindEvidence.workCue))
        }
        if lastIndex + 2 < tokens.count, tokens[lastIndex + 1].text == ",", let place = Gazetteer.places[tokens[lastIndex + 2].text],
           place.0 != .city, Gazetteer.places[name] == nil {
            evidence.append(KindEvidence(kind: .place, reason: "‘\(name), \(tokens[lastIndex + 2].text)’", weight: KindEvidence.placeContext))
        }
        return evidence
    }

    /// A capitalized word of letters (an apostrophe or hyphen inside allowed) that is no acronym and no word
    /// that opens sentences.
    static func isPlainNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isUppercaseFast, !isAcronymText(word),
              !Gazetteer.commonCapitalized.contains(word), Gazetteer.place(word) == nil else { return false }
        return word.unicodeScalars.allSatisfy { $0.isAlphabeticFast || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }

    /// "15th", "90th", "1st": digits and an ordinal ending.
    static func isOrdinal(_ word: String) -> Bool {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
    }

    /// One capital letter and a period: "J.".
    static func isInitial(_ word: String) -> Bool {
        word.count == 2 && word.hasSuffix(".") && word.first!.isUppercase
    }

    static let placePrepositions: Set<String> = GazetteerParser.set(nameTable("place-prepositions.txt"))

    static func isAcronymText(_ s: String) -> Bool {
        var letters = 0
        for c in s.unicodeScalars {
            if c.isAlphabeticFast {
                guard c.isUppercaseFast else { return false }
                letters += 1
            } else if c != "." && c != "&" { return false }
        }
        return letters >= 2
    }

    /// Up to `count` word tokens before index `i` in the same sentence, nearest last; a comma stops it.
    static func previousWords(_ tokens: [Token], _ i: Int, count: Int) -> [String] {
        var out: [String] = []
        var k = i - 1
        while k >= 0, out.count < count, tokens[k].sentence == tokens[i].sentence {
            if tokens[k].kind == .punctuation {
                if ["\u{201C}", "\"", "(", "\u{2018}"].contains(tokens[k].text) { k -= 1; continue }
                break
            }
            out.insert(tokens[k].text, at: 0)
            k -= 1
        }
        return out
    }

    /// The word after index `i`, skipping a closing quote or a comma-free bracket ("Thornberry (R-TX) said").
    static func nextWord(_ tokens: [Token], _ i: Int) -> String? {
        var k = i + 1
        if k < tokens.count, tokens[k].text == "(" {
            while k < tokens.count, tokens[k].text != ")" { k += 1 }
            k += 1
        }
        guard k < tokens.count, tokens[k].kind == .word else { return nil }
        return tokens[k].text
    }

    static func workCue(_ before: [String]) -> String? {
        var words = before
        if let last = words.last, ["called", "titled", "entitled", "named"].contains(last) { words.removeLast() }
        guard let cue = words.last, Gazetteer.workCues.contains(cue) else { return nil }
        return cue
    }
}
