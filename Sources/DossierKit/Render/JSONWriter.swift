/// Writes JSON text straight into bytes, value by value, with the layout `JSON.write(to:indent:depth:)`
/// gives a tree of the same values: the same bytes, without the tree. `data/dossier.json` holds hundreds of
/// thousands of mentions and dates; building a `JSON` value of each (an array of pairs, a copy of every
/// string) and then walking it cost more than writing the text.
///
/// Containers are opened and closed in order (`object`/`array` … `end`); in an object each value follows its
/// `key`. Containers opened at an indent below `depth` put each member on a line of its own, deeper ones
/// are written on one line.
///
/// A writer made with `hashing()` writes nothing: it takes the same calls into `hash`, each value with its
/// kind, so two records hash alike exactly when they would be written alike. That is how a rebuild finds
/// the records of the last `data/dossier.json` it can copy instead of writing (see `JSONRecordMemo`):
/// hashing a record reads its strings once, writing one escapes and indents them.
struct JSONWriter {
    var out: [UInt8]
    private(set) var hash = Hash128()
    private let hashing: Bool
    private let depth: Int
    /// The open containers: their indent (nil when written on one line), members so far, and whether they
    /// are arrays (whose members are not keyed).
    private var open: [(indent: Int?, count: Int, isArray: Bool)] = []
    /// The indent the next value is written at.
    private var next: Int?
    /// The indent of a value outside any container: each record of a stream starts there again.
    private let base: Int?

    init(into out: [UInt8] = [], indent: Int?, depth: Int) {
        self.out = out
        self.depth = depth
        base = indent
        next = indent
        hashing = false
    }

    private init(hashing: Void) {
        out = []
        depth = 0
        base = nil
        self.hashing = true
    }

    /// A writer that only hashes what it is given.
    static func hashing() -> JSONWriter { JSONWriter(hashing: ()) }

    /// Starts the hash again, for the next record.
    mutating func resetHash() { hash = Hash128() }

    /// What a hashing writer takes for each call: the kind of value, then its contents.
    private enum Mark: UInt64 { case object = 1, array, end, key, string, int, yes, no, null }

    mutating func object() {
        if hashing { return hash.add(word: Mark.object.rawValue) }
        begin()
        open.append((next.flatMap { $0 < depth ? $0 : nil }, 0, false))
        out.append(0x7B)
    }

    mutating func array() {
        if hashing { return hash.add(word: Mark.array.rawValue) }
        begin()
        open.append((next.flatMap { $0 < depth ? $0 : nil }, 0, true))
        out.append(0x5B)
    }

    mutating func end() {
        if hashing { return hash.add(word: Mark.end.rawValue) }
        let top = open.removeLast()
        if top.count > 0, let indent = top.indent { newline(indent) }
        out.append(top.isArray ? 0x5D : 0x7D)
    }

    /// A member's name in the open object. The names are literals of ours, letters and underscores, with
    /// nothing to escape.
    mutating func key(_ name: StaticString) {
        if hashing {
            hash.add(word: Mark.key.rawValue)
            hash.add(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            return hash.add(word: UInt64(name.utf8CodeUnitCount))
        }
        let top = open[open.count - 1]
        if top.count > 0 { out.append(0x2C) }
        if let indent = top.indent { newline(indent + 1) }
        open[open.count - 1].count += 1
        out.append(0x22)
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(0x22)
        out.append(0x3A)
        if top.indent != nil { out.append(0x20) }
        next = top.indent.map { $0 + 1 }
    }

    mutating func string(_ s: String) {
        if hashing { hash.add(word: Mark.string.rawValue); return hash.add(s) }
        begin()
        JSON.quote(s, into: &out)
    }

    mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    mutating func int(_ n: Int) {
        if hashing { hash.add(word: Mark.int.rawValue); return hash.add(word: UInt64(bitPattern: Int64(n))) }
        begin()
        JSON.append(n, to: &out)
    }

    mutating func bool(_ b: Bool) {
        if hashing { return hash.add(word: (b ? Mark.yes : Mark.no).rawValue) }
        begin()
        out.append(contentsOf: b ? Self.trueBytes : Self.falseBytes)
    }

    mutating func null() {
        if hashing { return hash.add(word: Mark.null.rawValue) }
        begin()
        out.append(contentsOf: Self.nullBytes)
    }

    /// An array of strings.
    mutating func strings<S: Sequence>(_ items: S) where S.Element == String {
        array()
        for item in items { string(item) }
        end()
    }

    // Keyed forms of the above, for a record's fields.
    mutating func field(_ name: StaticString, _ s: String) { key(name); string(s) }
    mutating func field(_ name: StaticString, _ s: String?) { key(name); string(s) }
    mutating func field(_ name: StaticString, _ n: Int) { key(name); int(n) }
    mutating func field(_ name: StaticString, _ b: Bool) { key(name); bool(b) }
    mutating func field<S: Sequence>(_ name: StaticString, strings items: S) where S.Element == String { key(name); strings(items) }

    /// Before a value: inside an array, the comma and line break that come before each member but the first.
    private mutating func begin() {
        guard let top = open.last else { next = base; return }
        guard top.isArray else { return }
        if top.count > 0 { out.append(0x2C) }
        if let indent = top.indent { newline(indent + 1) }
        open[open.count - 1].count += 1
        next = top.indent.map { $0 + 1 }
    }

    private mutating func newline(_ level: Int) {
        out.append(0x0A)
        for _ in 0..<level { out.append(0x20); out.append(0x20) }
    }

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)
}
