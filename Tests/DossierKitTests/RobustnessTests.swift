import Foundation
import Testing
@testable import DossierKit

/// Text no one would write on purpose: every stage must take it without crashing, and every offset it
/// exports must still point at whole characters.
@Suite("Robustness")
struct RobustnessTests {
    /// Deterministic noise built from news words, capitals, numbers, quotes, dashes, emoji and other scripts.
    static func noise(seed: UInt64, words: Int) -> String {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let pieces = ["Gen.", "U.N.", "Iran’s", "said", "“", "”", "\"", "—", "-", "(R-TX)", "on", "Tuesday", "2015", "Sept.",
                      "18,", "in", "the", "of", "al-", "Qassem", "Soleimani", "Moscow", "🙂", "مرحبا", "Zoë", "e\u{301}",
                      "'", "’s", "...", "…", "[x](y)", "<b>", "&", "*", "_", "#", "\t", "Mr.", "D.C.", "last", "December",
                      "two", "years", "ago", "Resolution", "1747", "Force", "Committee", "AT&T", "mid-2015", "1990s", ".", ","]
        var out: [String] = []
        for i in 0..<words {
            out.append(pieces[next(pieces.count)])
            if i % 17 == 16 { out.append(next(3) == 0 ? "\n\n" : ".") }
        }
        return out.joined(separator: next(2) == 0 ? " " : " ")
    }

    @Test("Noise in every form builds, and every exported offset is on a character boundary", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func noise(seed: UInt64) throws {
        let f = try Fixture([
            "seeds/a.txt": "Head “line” \(Self.noise(seed: seed, words: 5))\n\n" + Self.noise(seed: seed * 7, words: 600),
            "seeds/b.md": "---\ntitle: \"T\"\n---\n\n" + Self.noise(seed: seed * 13, words: 400),
            "seeds/c.txt": "Headline only\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let data = try Data(contentsOf: f.url("Site/data/dossier.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var texts: [String: String] = [:]
        for s in json["sources"] as? [[String: Any]] ?? [] {
            for p in (s["paragraphs"] as? [[String: Any]] ?? []) + (s["captions"] as? [[String: Any]] ?? []) {
                texts["\(s["id"]!)#\(p["id"]!)"] = p["text"] as? String
            }
            texts["\(s["id"]!)#title"] = s["title"] as? String
        }
        var spans: [[String: Any]] = json["dates"] as? [[String: Any]] ?? []
        for e in json["entities"] as? [[String: Any]] ?? [] { spans += e["mentions"] as? [[String: Any]] ?? [] }
        spans += json["quotes"] as? [[String: Any]] ?? []
        for span in spans {
            let text = try #require(texts["\(span["source"]!)#\(span["paragraph"]!)"])
            let bytes = Array(text.utf8)
            let start = span["start"] as! Int, end = span["end"] as! Int
            #expect(start >= 0 && start <= end && end <= bytes.count)
            #expect(String(validatingUTF8: bytes[start..<end].map { CChar(bitPattern: $0) } + [0]) != nil, "offsets \(start)..<\(end) split a character")
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == span["text"] as? String)
        }
        for page in try f.tree("Site").keys where page.hasSuffix(".html") {
            #expect(!(try f.read("Site/\(page)")).contains("<script>alert"), "\(page)")
        }
    }

    @Test("A very long paragraph and a file of only furniture")
    func extremes() throws {
        let long = String(repeating: "Anna Berg met Lars Dahl in Oslo on Tuesday, officials said. ", count: 4000)
        let f = try Fixture([
            "seeds/long.txt": "Headline\n\n" + long + "\n",
            "seeds/furniture.txt": "Headline\n\n[Photo: A / B ]\n\nPlease let us know if you're having issues with commenting.\n",
        ]).withProjectTemplates()
        try DossierBuild.build(f.options())
        let dossier = try DossierBuild.model(f.options())
        #expect(dossier.entities.first { $0.name == "Anna Berg" }?.mentions.count == 4000)
        #expect(dossier.articles.first { $0.file == "furniture.txt" }?.paragraphs.isEmpty == true)
        #expect(dossier.warnings.contains { $0.message.contains("no paragraphs") })
    }
}
