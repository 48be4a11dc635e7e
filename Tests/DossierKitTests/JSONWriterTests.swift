import Testing
@testable import DossierKit

/// `JSONWriter` must give the bytes `JSON.write` gives the same values as a tree: `data/dossier.json` is
/// read by users' scripts and compared byte for byte between a full and an incremental build.
@Suite struct JSONWriterTests {
    /// A record with every kind of value, nested past the depth where members stop getting lines of their
    /// own, with empty containers and text that needs escaping.
    static let tree: JSON = .object([
        ("id", .string("a\"b</script>\n")), ("count", .int(-42)), ("seen", .bool(true)), ("note", .null),
        ("empty", .array([])), ("none", .object([])),
        ("rows", .array([
            .object([("text", .string("x & y")), ("tags", .array([.string("p"), .string("q")]))]),
            .object([("text", .string("z")), ("tags", .array([]))]),
        ])),
    ])

    static func write(_ w: inout JSONWriter) {
        w.object()
        w.field("id", "a\"b</script>\n"); w.field("count", -42); w.field("seen", true); w.field("note", nil as String?)
        w.key("empty"); w.array(); w.end()
        w.key("none"); w.object(); w.end()
        w.key("rows"); w.array()
        w.object(); w.field("text", "x & y"); w.field("tags", strings: ["p", "q"]); w.end()
        w.object(); w.field("text", "z"); w.field("tags", strings: [String]()); w.end()
        w.end()
        w.end()
    }

    @Test(arguments: [0, 1, 2, 3, 4, 9])
    func sameBytesAsTheTree(depth: Int) {
        var expected: [UInt8] = []
        Self.tree.write(to: &expected, indent: 0, depth: depth)
        var writer = JSONWriter(indent: 0, depth: depth)
        Self.write(&writer)
        #expect(String(decoding: writer.out, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    /// The second record of a stream starts at the stream's indent again, not at the indent the first
    /// record's last value left behind (the first version indented every record after the first wrongly).
    @Test func everyRecordStartsAtTheBaseIndent() {
        var expected: [UInt8] = []
        var writer = JSONWriter(indent: 2, depth: 4)
        for _ in 0..<3 {
            Self.tree.write(to: &expected, indent: 2, depth: 4)
            expected.append(0x2C)
            Self.write(&writer)
            writer.out.append(0x2C)
        }
        #expect(String(decoding: writer.out, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }
}
