import Foundation

/// A large seeds folder made to provoke ties: groups of generated articles name exactly the same people,
/// organizations and places on the same dates (so related sources, entity lists and timeline events score
/// equal), next to the project's own annotated corpora (the entity corpus as .txt, the date corpus as .md with
/// front matter) for variety.
enum GeneratedCorpus {
    static let people = [
        "Maria Lopez", "Daniel Okafor", "Anneliese Brandt", "Tomasz Wierzbicki", "Farah Haddad", "Kenji Morita",
        "Lucia Ferreira", "Samuel Adeyemi", "Ingrid Solberg", "Rafael Ortega", "Mei Lin Chow", "Pavel Novak",
    ]
    static let organizations = [
        "Northern Grid Authority", "Coastal Shipping Union", "Harbour Development Bank", "Ministry of Water",
        "Eastern Rail Consortium", "Valley Farmers Association",
    ]
    static let places = ["Brussels", "Lagos", "Oslo", "Lisbon", "Nairobi", "Warsaw", "Osaka", "Santiago"]
    static let months = ["January", "March", "May", "July", "September", "November"]

    /// `generated` tie-heavy articles in `groups` groups, then the annotated corpora when `withProjectCorpora`.
    static func files(generated: Int, groups: Int = 9, withProjectCorpora: Bool = true) -> [String: String] {
        var files: [String: String] = [:]
        for k in 0..<generated {
            let g = k % groups
            let a = people[g % people.count], b = people[(g * 5 + 3) % people.count]
            let org = organizations[g % organizations.count], place = places[g % places.count]
            let month = months[g % months.count], year = 2015 + g % 4
            // Within a group every article is the same story told with the same names: only the numbers vary.
            var paragraphs = [
                "\(a) met \(b) in \(place) on 12 \(month) \(year) to discuss the \(org) plan, officials said.",
                "“We will not accept delays,” said \(a). \(b) said the \(org) had promised \(k % 7 + 2) new sites.",
                "The talks in \(place) resumed in \(year), and \(org) said a decision would come next week.",
            ]
            if k % 3 == 0 { paragraphs.append("[Photo: \(place) harbour at dawn / Reuters]") }
            if k % 4 == 0 { paragraphs.append("Sign up for our newsletter") }
            if k % 5 == 0 { paragraphs.append("\(b) later told reporters in \(places[(g + 1) % places.count]) that \(a) had left.") }
            let name = String(format: "gen/%02d/story-%03d.txt", g, k)
            files[name] = "\(org) talks in \(place), part \(k / groups + 1)\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
        }
        for (path, text) in relatedTies(hubs: generated / 8) { files[path] = text }
        guard withProjectCorpora else { return files }
        for article in EntityCorpus.articles {
            files["entities/\(article.id).txt"] = article.headline + "\n\n" + article.paragraphs.joined(separator: "\n\n") + "\n"
        }
        for (i, c) in DateCorpus.cases.enumerated() {
            let front = c.published.map { "---\ntitle: Dated report \(i)\npublished: \($0)\n---\n\n" } ?? "# Dated report \(i)\n\n"
            files[String(format: "dates/case-%03d.md", i)] = front + c.sentence + "\n"
        }
        return files
    }

    static let givenNames = ["Anna", "Boris", "Carmen", "Dmitri", "Elif", "Felipe", "Greta", "Hamid", "Irene", "Jonas", "Keiko", "Lars"]
    static let surnames = ["Aldana", "Brekke", "Castell", "Dvorak", "Eriksen", "Falk", "Gorski", "Halloran", "Ibsen", "Jovic", "Kanter", "Lund"]

    /// Related sources that tie without sharing a single entity: a hub names a1…a3 and b1…b3; one source
    /// names the a's, another the b's; the a's and the b's are in 2, 3 and 5 sources each, so both sources
    /// score the same sum of three different weights, added in two different orders.
    static func relatedTies(hubs: Int) -> [String: String] {
        var files: [String: String] = [:]
        for h in 0..<hubs {
            let names = (0..<6).map { k -> String in
                let i = h * 6 + k
                return "\(givenNames[i % givenNames.count]) \(surnames[(i / givenNames.count) % surnames.count])"
            }
            let (a, b) = (Array(names[0..<3]), Array(names[3..<6]))
            func article(_ title: String, _ people: [String]) -> String {
                "\(title)\n\n" + people.map { "\($0) spoke at the meeting on Tuesday, officials said." }.joined(separator: " ") + "\n"
            }
            let folder = String(format: "ties/%02d", h)
            files["\(folder)/hub.txt"] = article("Hub \(h) meets", a + b)
            files["\(folder)/p.txt"] = article("Side P of hub \(h)", a)
            files["\(folder)/q.txt"] = article("Side Q of hub \(h)", b)
            files["\(folder)/f1.txt"] = article("Filler one of hub \(h)", [a[1], a[2], b[1], b[2]])
            files["\(folder)/f2.txt"] = article("Filler two of hub \(h)", [a[2], b[2]])
            files["\(folder)/f3.txt"] = article("Filler three of hub \(h)", [a[2], b[2]])
        }
        return files
    }

    /// dossier.yml for the generated part: analyst entities, events on shared dates and pinned notes, so the
    /// analyst's lists meet the same ties.
    static let config = """
        title: Generated dossier
        description: Many articles that tell *the same* stories.
        entities:
          - name: Northern Grid Authority
            kind: organization
            aliases: [NGA]
          - name: Maria Lopez
            kind: person
            note: An invented negotiator.
        events:
          - date: 2015-01-12
            title: First round
            entities: [Maria Lopez, Northern Grid Authority]
          - date: 2015-01-12
            title: Second round
            entities: [Northern Grid Authority, Maria Lopez]
          - date: 2016
            title: A year of talks
        annotations:
          - source: gen/00/story-000.txt
            quote: We will not accept delays
            note: Said twice.
            tags: [repeat]
          - source: gen/00/story-009.txt
            quote: We will not accept delays
            note: Said again.
            tags: [repeat]

        """
}
