import Foundation

/// Numbers written into SVG attributes.
enum NumberText {
    /// `String(format: "%.1f", v)`, byte for byte, without Foundation's formatter: it was a quarter of
    /// drawing an entity's neighbourhood picture, once per line of it. The value times ten is rounded half
    /// to even, which is what printf does with the exact value, except within a hair of a half, where the
    /// product may have rounded across it: there, and for what is not a plain small number, printf decides.
    static func oneDecimal(_ v: Double) -> String {
        let scaled = v * 10
        guard v.isFinite, v.sign == .plus, scaled < 1e15 else { return String(format: "%.1f", v) }
        let fraction = scaled - scaled.rounded(.down)
        if abs(fraction - 0.5) < 1e-6 { return String(format: "%.1f", v) }
        let tenths = Int(scaled.rounded(.toNearestOrEven))
        return "\(tenths / 10).\(tenths % 10)"
    }
}
