import Foundation
import Testing
@testable import DossierKit

/// Precision and recall of entity extraction on a hand-annotated corpus of varied news-style text
/// (Tests/DossierKitTests/Corpus), with no dossier.yml: the rules alone.
@Suite("Entity corpus")
struct EntityCorpusTests {
    struct Score {
        var predicted = 0, correct = 0, gold = 0, found = 0, kindRight = 0
        var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var kindAccuracy: Double { found == 0 ? 0 : Double(kindRight) / Double(found) }
    }

    static func evaluate() -> (total: Score, byDomain: [String: Score], misses: [String], spurious: [String]) {
        var total = Score()
        var byDomain: [String: Score] = [:]
        var misses: [String] = [], spurious: [String] = []
        for article in EntityCorpus.articles {
            let parsed = Article(
                file: "\(article.id).txt", slug: article.id, format: .text, title: article.headline, metadata: SourceMetadata(),
                paragraphs: article.paragraphs.enumerated().map { Paragraph(id: "p\($0 + 1)", text: $1, line: $0 + 1) },
                captions: [], removed: [], markdownBody: nil)
            let found = EntityStage.run([parsed], config: DossierConfig()).entities
            var score = Score()
            score.gold = article.entities.count
            score.predicted = found.count
            var used = Set<Int>()
            for gold in article.entities {
                let forms = Set([gold.name] + gold.forms)
                if let i = found.indices.first(where: { !used.contains($0) && !forms.isDisjoint(with: [found[$0].name] + found[$0].aliases) }) {
                    used.insert(i)
                    score.found += 1
                    if found[i].kind.rawValue == gold.kind { score.kindRight += 1 } else {
                        misses.append("\(article.id): \(gold.name) is \(gold.kind), found as \(found[i].kind.rawValue)")
                    }
                } else {
                    misses.append("\(article.id): missed \(gold.name) (\(gold.kind))")
                }
            }
            // A prediction is right when it names a gold entity (several predictions may split one entity).
            let allGold = Set(article.entities.flatMap { [$0.name] + $0.forms })
            for e in found {
                if !allGold.isDisjoint(with: [e.name] + e.aliases) { score.correct += 1 } else {
                    spurious.append("\(article.id): \(e.name) (\(e.kind.rawValue))")
                }
            }
            for s in [\Score.predicted, \Score.correct, \Score.gold, \Score.found, \Score.kindRight] {
                total[keyPath: s] += score[keyPath: s]
                byDomain[article.domain, default: Score()][keyPath: s] += score[keyPath: s]
            }
        }
        return (total, byDomain, misses, spurious)
    }

    @Test("Precision and recall on varied news text, printed")
    func precisionRecall() {
        let (total, byDomain, misses, spurious) = Self.evaluate()
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        print("entity corpus: \(EntityCorpus.articles.count) articles, \(total.gold) gold entities, \(total.predicted) predicted")
        print("entity corpus: precision \(pct(total.precision)), recall \(pct(total.recall)), F1 \(pct(total.f1)), kind accuracy \(pct(total.kindAccuracy))")
        for (domain, s) in byDomain.sorted(by: { $0.key < $1.key }) {
            print("  \(domain.padding(toLength: 12, withPad: " ", startingAt: 0)) P \(pct(s.precision))  R \(pct(s.recall))  kind \(pct(s.kindAccuracy))")
        }
        if ProcessInfo.processInfo.environment["DOSSIER_CORPUS_DETAILS"] != nil {
            for m in misses { print("  miss: \(m)") }
            for s in spurious { print("  spurious: \(s)") }
        }
        // Floors just under the measured figures (87.3%, 95.4%, 86.2%): a drop below them is a regression in the
        // rules. Precision counts nationalities (`group`) as spurious: the corpus's gold lists none.
        #expect(total.precision >= 0.86)
        #expect(total.recall >= 0.94)
        #expect(total.kindAccuracy >= 0.85)
    }
}
