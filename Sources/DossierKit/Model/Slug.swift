import Foundation

/// Lowercase ASCII slugs that are safe as a single path component.
public enum Slug {
    /// `Qassem Soleimani` → `qassem-soleimani`; `wire/2017/Café.md` → `wire-2017-cafe`. Never empty, never
    /// `.`/`..`, no `/`: a slug cannot leave the folder it is written into.
    public static func make(_ text: String, maxLength: Int = 80) -> String {
        let folded = asciiFolded(text)
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            let isDigit = v >= 48 && v <= 57
            let isUpper = v >= 65 && v <= 90
            let isLower = v >= 97 && v <= 122
            if isDigit || isUpper || isLower {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(isUpper ? Unicode.Scalar(v + 32)! : scalar)
                if out.utf8.count >= maxLength { break }
            } else if scalar == "'" || scalar == "’" {
                continue  // "Iran's" → "irans", not "iran-s"
            } else {
                pendingDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "item" : out
    }

    /// Latin letters with their marks taken off (é → e, ß → ss); other scripts are left for the caller.
    static func asciiFolded(_ text: String) -> String {
        // Most names are ASCII already, and decomposing goes through Foundation (a tenth of laying out the
        // entity pages of a rebuild): nothing below changes an ASCII string.
        if text.isASCII { return text }
        var out = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks
            case 0x00DF: out += "ss"
            case 0x00E6: out += "ae"
            case 0x00C6: out += "AE"
            case 0x00F8: out += "o"
            case 0x00D8: out += "O"
            case 0x0142: out += "l"
            case 0x0141: out += "L"
            case 0x0111: out += "d"
            case 0x0110: out += "D"
            case 0x0153: out += "oe"
            case 0x0152: out += "OE"
            case 0x00FE: out += "th"
            case 0x0131: out += "i"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Slugs for `keys` in the given order, each unique: a clash gets `-2`, `-3`, … in that order, so the
    /// result is the same on every run for the same input.
    public static func unique(_ bases: [String], reserved: Set<String> = []) -> [String] {
        var taken = reserved
        var out: [String] = []
        out.reserveCapacity(bases.count)
        for base in bases {
            var candidate = base
            var n = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            taken.insert(candidate)
            out.append(candidate)
        }
        return out
    }
}
