import Foundation
import Testing
@testable import DossierKit

/// Every rule of the date extractor's table (DateRules.swift) on its own examples: each example is found
/// by that rule with the value it says, each counterexample is not found by it. Publication date:
/// Thursday 2 November 1989.
@Suite("Date rules")
struct DateRuleTests {
    static let published = "1989-11-02"

    /// "in [the third quarter] → 1989-Q3" → sentence, expression, value.
    static func parse(_ example: String) -> (sentence: String, text: String, value: String) {
        let halves = example.components(separatedBy: " → ")
        let marked = halves[0]
        let sentence = marked.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        var text = sentence
        if let open = marked.firstIndex(of: "["), let close = marked.firstIndex(of: "]") {
            text = String(marked[marked.index(after: open)..<close])
        }
        return (sentence, text, halves.count > 1 ? halves[1] : "")
    }

    @Test("Each rule matches its examples with their values", arguments: DateRules.all.map(\.name))
    func examples(_ name: String) {
        let rule = DateRules.all.first { $0.name == name }!
        #expect(!rule.examples.isEmpty)
        for example in rule.examples {
            let (sentence, text, value) = Self.parse(example)
            let found = foundDates(sentence, published: Self.published, times: true)
            let hit = found.first { $0.text == text }
            #expect(hit?.found.rule == name, "\(name): “\(text)” in “\(sentence)” found as \(found.map { "\($0.text) [\($0.found.rule)]" })")
            let got = hit.map { $0.found.isTime ? "time" : $0.found.isSpan ? "span" : $0.found.value?.timeML ?? "nil" }
            #expect(got == value, "\(name): “\(text)” → \(got ?? "not found"), want \(value)")
        }
    }

    @Test("No rule matches its counterexamples", arguments: DateRules.all.map(\.name))
    func counterexamples(_ name: String) {
        let rule = DateRules.all.first { $0.name == name }!
        for sentence in rule.counterexamples {
            let found = foundDates(sentence, published: Self.published, times: true).filter { $0.found.rule == name }
            #expect(found.isEmpty, "\(name) should not match “\(sentence)”: \(found.map(\.text))")
        }
    }

    @Test("Rule names are unique")
    func uniqueNames() {
        #expect(Set(DateRules.all.map(\.name)).count == DateRules.all.count)
    }
}
