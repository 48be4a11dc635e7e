import Foundation

extension StringProtocol {
    /// Every byte is ASCII: each scalar is then one byte, and the text is NFC. The fast paths of the parser,
    /// the tables and the site's paths ask this before walking bytes instead of characters.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}

/// `trimmingCharacters(in: .whitespaces)` (the spaces of Unicode category Zs and the tab) for the lines of
/// sources and data tables: answered from the bytes when the text is ASCII alone, where those characters
/// are the space and the tab, and by Foundation otherwise. Foundation's trimming, with its NFC composition
/// of the text, was 40% of the parse stage of the development corpora, and most of reading the name tables.
enum SpaceTrimming {
    static func trimmed(_ line: Substring) -> String {
        guard line.isASCII else { return line.trimmingCharacters(in: .whitespaces) }
        let bytes = line.utf8
        let isSpace = { (b: UInt8) in b == 32 || b == 9 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(line[first..<bytes.index(after: last)])
    }
}
