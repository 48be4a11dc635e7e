/// Letter and case tests with ASCII answered by range: the same answers as `Unicode.Scalar.Properties`, whose
/// table lookups were a twentieth of the whole build's CPU when asked of every character of English text.
extension Unicode.Scalar {
    var isAlphabeticFast: Bool {
        value < 0x80 ? (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) : properties.isAlphabetic
    }
    var isUppercaseFast: Bool { value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase }
    var isLowercaseFast: Bool { value < 0x80 ? value >= 0x61 && value <= 0x7A : properties.isLowercase }
}
