import Foundation

/// The encodings an analyst may declare for sources that are not UTF-8. Nothing is ever guessed.
public enum TextEncoding: String, Sendable, Equatable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"

    static let allNames = ["utf-8", "windows-1252", "iso-8859-1"]

    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "cp-1252": self = .windows1252
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1": self = .latin1
        default: return nil
        }
    }

    /// Windows-1252's characters for 0x80–0x9F; the rest of the byte range is Latin-1. Undefined bytes
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same number, as browsers do.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes bytes that are not UTF-8 (`.utf8` is handled by `SourceText.decode`).
    func decodeSingleByte(_ bytes: Data) -> String {
        var out = String.UnicodeScalarView()
        for byte in bytes {
            if self == .windows1252, byte >= 0x80, byte <= 0x9F {
                out.append(Unicode.Scalar(Self.cp1252High[Int(byte) - 0x80])!)
            } else {
                out.append(Unicode.Scalar(byte))
            }
        }
        return String(out)
    }
}

/// Bytes of a source turned into the text model: NFC, `\n` line ends, no BOM.
enum SourceText {
    enum Failure: Error, Equatable {
        case invalidUTF8(offset: Int)
    }

    static func decode(_ bytes: Data, encoding: TextEncoding?) -> Result<String, Failure> {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let raw: String
        if let offset = firstInvalidUTF8(body) {
            guard let encoding, encoding != .utf8 else { return .failure(.invalidUTF8(offset: offset + (bytes.count - body.count))) }
            raw = encoding.decodeSingleByte(body)
        } else {
            raw = String(decoding: body, as: UTF8.self)
        }
        return .success(normalize(raw))
    }

    /// NFC with `\n` line ends, and U+0000 replaced by U+FFFD as CommonMark does: cmark takes text as C
    /// strings, so a NUL would silently cut a paragraph short on its page (and the anchors after it).
    static func normalize(_ text: String) -> String {
        var s = text
        // Looked for by bytes: a carriage return is byte 13 wherever it is (alone or in "\r\n").
        if s.utf8.contains(13) {
            s = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if s.utf8.contains(0) { s = s.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") }
        // Text of ASCII bytes alone is NFC already: most English news is. Composing it through Foundation,
        // with Foundation's trimming of each line, was 40% of the parse stage of the development corpora.
        if s.isASCII { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// Byte offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                var need = 0
                var min: UInt32 = 0
                var value: UInt32 = 0
                switch c {
                case 0xC2...0xDF: need = 1; min = 0x80; value = UInt32(c & 0x1F)
                case 0xE0...0xEF: need = 2; min = 0x800; value = UInt32(c & 0x0F)
                case 0xF0...0xF4: need = 3; min = 0x10000; value = UInt32(c & 0x07)
                default: return i
                }
                guard i + need < n else { return i }
                for k in 1...need {
                    let cc = b[i + k]
                    guard cc & 0xC0 == 0x80 else { return i }
                    value = (value << 6) | UInt32(cc & 0x3F)
                }
                if value < min || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
                i += need + 1
            }
            return nil
        }
    }
}
