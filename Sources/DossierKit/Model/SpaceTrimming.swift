import Foundation

/// `trimmingCharacters(in: .whitespaces)` (the spaces of Unicode category Zs and the tab) for the lines of
/// sources and data tables: answered from the bytes when the text is ASCII alone, where those characters
/// are the space and the tab, and by Foundation otherwise. Foundation's trimming, with its NFC composition
/// of the text, was 40% of the parse stage of the development corpora, and most of reading the name tables.
enum SpaceTrimming {
    static func trimmed(_ line: Substring) -> String {
        let bytes = line.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return line.trimmingCharacters(in: .whitespaces) }
        let isSpace = { (b: UInt8) in b == 32 || b == 9 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(line[first..<bytes.index(after: last)])
    }
}
