import Foundation
import Testing
@testable import DossierKit

/// Extraction precision/recall and value accuracy of the date extractor on a hand-written corpus of dated
/// news sentences with known publication dates (Tests/DossierKitTests/Corpus/DateCorpus.swift).
@Suite("Date corpus")
struct DateCorpusTests {
    @Test("Precision, recall and value accuracy, printed")
    func corpus() {
        var predicted = 0, correct = 0, gold = 0, found = 0, valueRight = 0
        var problems: [String] = []
        for c in DateCorpus.cases {
            let got = dates(c.sentence, published: c.published)
            predicted += got.count
            gold += c.expected.count
            // A found expression matches an expected one when their spans overlap.
            let sentence = c.sentence
            func range(_ text: String) -> Range<String.Index>? { sentence.range(of: text) }
            var used = Set<Int>()
            for e in c.expected {
                guard let er = range(e.text) else { continue }
                if let i = got.indices.first(where: { i in
                    !used.contains(i) && range(got[i].0).map { $0.overlaps(er) } == true
                }) {
                    used.insert(i)
                    found += 1
                    if got[i].1 == e.value { valueRight += 1 } else {
                        problems.append("value: \(e.text) → \(got[i].1 ?? "nil"), want \(e.value ?? "nil") | \(sentence)")
                    }
                } else {
                    problems.append("missed: \(e.text) | \(sentence)")
                }
            }
            correct += used.count
            for i in got.indices where !used.contains(i) { problems.append("spurious: \(got[i].0) | \(sentence)") }
        }
        let precision = predicted == 0 ? 0 : Double(correct) / Double(predicted)
        let recall = gold == 0 ? 0 : Double(found) / Double(gold)
        let accuracy = found == 0 ? 0 : Double(valueRight) / Double(found)
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        print("date corpus: \(DateCorpus.cases.count) sentences, \(gold) date expressions, \(predicted) found")
        print("date corpus: precision \(pct(precision)), recall \(pct(recall)), value accuracy \(pct(accuracy)) of those found")
        if ProcessInfo.processInfo.environment["DOSSIER_CORPUS_DETAILS"] != nil {
            for p in problems { print("  \(p)") }
        }
        // The corpus is the project's own: every expression found, nothing else, every value right.
        #expect(precision == 1, "\(problems)")
        #expect(recall == 1, "\(problems)")
        #expect(accuracy == 1, "\(problems)")
    }
}
