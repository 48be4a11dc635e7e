import Foundation
import Testing
@testable import DossierKit

/// The furniture rules walk lines of plain ASCII a byte at a time and other lines a character at a time.
/// These tests hold both walks to the same answers on random lines made of the pieces the rules look for,
/// and show that a line with one non-ASCII character or a "\r\n" takes the character walk.
@Suite("Furniture rules: byte walk and character walk agree")
struct FurnitureByteWalkTests {
    /// Pieces that trip the rules (credits, captions, chrome, sentence ends, brackets) and plain words.
    static let pieces = [
        "The", "minister", "said", "on", "Tuesday", "in", "Tehran", ".", ". ", "! ", "? ", ", ", ": ", "; ",
        "(AP Photo/Vahid Salemi)", "(Reuters)", "Photo: Reuters", "Getty Images", "via", "Twitter", "|", " | ",
        "FILE - ", "FILE PHOTO", "In this", "This undated photo shows", "still", "Share this", "Read more:",
        "Sign up for our newsletter", "We use cookies", "Copyright 2019", "(c)", "3 comments", "Follow us on",
        "Click here", "  ", "\t", "\n", "\r", "\r\n", "\"", "'", "-", "*", ")", "]", "(", "[", "YOU", "your inbox",
        "may not be published", "redistributed", "x", "a", "OK", "please ", "> ", "#", "1", "2019",
    ]

    static func line(_ random: inout SplitMix) -> String {
        let count = Int(random.next() % 24)
        var text = ""
        for _ in 0..<count {
            text += pieces[Int(random.next() % UInt64(pieces.count))]
            if random.next() % 3 == 0 { text += " " }
        }
        return text
    }

    @Test("normalize, sentences, words and counts give the same answers by bytes and by characters")
    func textHelpers() {
        var random = SplitMix(seed: 0xF0_4217)
        for _ in 0..<4000 {
            let text = Self.line(&random)
            let line = Substring(text)
            #expect(FurnitureCleaner.Text.normalize(line) == FurnitureCleaner.Text.normalizeCharacters(line), "\(text.debugDescription)")
            let normalized = FurnitureCleaner.Text.normalize(line)
            #expect(FurnitureCleaner.Boilerplate.sentences(normalized) == FurnitureCleaner.Boilerplate.sentencesCharacters(normalized))
            #expect(FurnitureCleaner.Text.words(line) == line.split(whereSeparator: FurnitureCleaner.Text.isSpace))
            for limit in [1, 3, 14] {
                #expect(FurnitureCleaner.Text.leadingWords(line, limit: limit)
                    == FurnitureCleaner.Text.leadingWordsCharacters(line, limit: limit))
            }
            #expect(FurnitureCleaner.Text.bareWords(normalized) == FurnitureCleaner.Text.bareWordsCharacters(normalized))
            #expect(FurnitureCleaner.Text.characterCount(line) == line.count)
            for needle in ["our newsletter", "may not be published", "x", "comment policy"] where FurnitureCleaner.Text.isPlainASCII(normalized) {
                #expect(FurnitureCleaner.Text.containsASCII(normalized, needle) == normalized.contains(needle))
            }
        }
    }

    @Test("a credit split off the end of a line is the same found by bytes or by characters")
    func trailingCredits() {
        var random = SplitMix(seed: 0xC2_ED17)
        var found = 0
        for _ in 0..<4000 {
            let line = Substring(Self.line(&random) + " " + Self.pieces[14 + Int(random.next() % 8)])
            let bytes = FurnitureCleaner.Credits.splitTrailing(line)
            let characters = FurnitureCleaner.Credits.splitTrailing(line, bytes: false)
            #expect(bytes?.prose == characters?.prose && bytes?.credit == characters?.credit
                && bytes?.display == characters?.display, "\(line.debugDescription)")
            if bytes != nil { found += 1 }
        }
        // The lines are made to end in credits often enough that the comparison means something.
        #expect(found > 100)
    }

    @Test("a line with a character beyond ASCII, or a \\r\\n, is walked by characters")
    func otherLines() {
        #expect(!FurnitureCleaner.Text.isPlainASCII("caf\u{E9} society"))
        #expect(!FurnitureCleaner.Text.isPlainASCII("two\r\nlines"))
        #expect(FurnitureCleaner.Text.normalizeASCII("Caf\u{E9}") == nil)
        #expect(FurnitureCleaner.Text.normalize("  Don\u{2019}t  STOP ") == "don't stop")
        #expect(FurnitureCleaner.Text.characterCount("a\r\nb") == 3)
        #expect(FurnitureCleaner.Boilerplate.sentences("share this\u{2026} follow us") == ["share this\u{2026}", " follow us"])
        #expect(FurnitureCleaner.Text.leadingWords("\u{A0}Caf\u{E9}\u{A0}du monde", limit: 2) == ["Caf\u{E9}", "du"])
    }
}

/// Plain-text sources are cut into lines and made NFC with fast paths for ASCII; these hold them to what
/// Foundation answers.
@Suite("Source text by bytes")
struct SourceTextByteTests {
    @Test("a line's spaces and tabs are trimmed as trimmingCharacters(in: .whitespaces) trims them")
    func trimmedLines() {
        var random = SplitMix(seed: 0x7E_1A55)
        let pieces = [" ", "\t", "\u{0B}", "\u{0C}", "a", "Word", ".", "\u{A0}", "\u{2003}", "caf\u{E9}", "\r", "x y"]
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<Int(random.next() % 9) { line += pieces[Int(random.next() % UInt64(pieces.count))] }
            #expect(SpaceTrimming.trimmed(Substring(line)) == line.trimmingCharacters(in: .whitespaces), "\(line.debugDescription)")
        }
    }

    @Test("text is NFC with \\n line ends, whether or not it is ASCII alone")
    func normalizedText() {
        #expect(SourceText.normalize("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n")
        #expect(SourceText.normalize("plain ASCII, kept as it is") == "plain ASCII, kept as it is")
        let decomposed = "Cafe\u{301} au lait\r\n"
        #expect(SourceText.normalize(decomposed) == "Caf\u{E9} au lait\n")
        #expect(SourceText.normalize(decomposed).unicodeScalars.count == 13)
        #expect(SourceText.normalize("a\u{0}b") == "a\u{FFFD}b")
    }
}
