/// A view model that writes its own digest: the very stream `DigestEncoder` makes of its `Encodable`
/// encoding, field for field and tag for tag, so a page's key is the same either way. Codable's keyed
/// containers cost a box and a few metadata lookups per field, which made hashing the entity pages (most of
/// a site) a tenth of a rebuild; written by hand, the same stream is a few plain calls per field.
/// `PageKeyCoverageTests` compares both streams on every page of the seeds, so a field added to a view and
/// not here fails a test instead of leaving a changed page wrongly carried over.
protocol DigestWritable: Encodable {
    /// The fields in the order its `encode(to:)` writes them, without the keyed container's opening mark.
    func writeFields(to d: DigestSink)
}

extension DigestSink {
    /// The digest of a whole page's view: the top level has an opening mark and no end (see `DigestKeyed`).
    func top<T: DigestWritable>(_ value: T) {
        tag(.keyed)
        value.writeFields(to: self)
    }

    /// A value nested in another: opened, its fields, then the end mark `nested` writes after it.
    func nested<T: DigestWritable>(_ value: T) {
        tag(.keyed)
        value.writeFields(to: self)
        tag(.end)
    }

    func key(_ name: StaticString) {
        tag(.key)
        hash.add(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        hash.add(byte: 0)
    }

    func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    func field(_ name: StaticString, _ value: Int) { key(name); int(Int64(value)) }
    func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }

    /// An optional, as `encodeIfPresent` marks it: the value, or null.
    func field(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { string(value) } else { tag(.null) }
    }

    func field(_ name: StaticString, _ value: Int?) {
        key(name)
        if let value { int(Int64(value)) } else { tag(.null) }
    }

    func field<T: DigestWritable>(_ name: StaticString, _ value: T) { key(name); nested(value) }

    func field<T: DigestWritable>(_ name: StaticString, _ value: T?) {
        key(name)
        if let value { nested(value) } else { tag(.null) }
    }

    /// A string-backed enum encodes through a single-value container: the string, then the end mark.
    func field<E: RawRepresentable & Encodable>(_ name: StaticString, raw value: E) where E.RawValue == String {
        key(name)
        string(value.rawValue)
        tag(.end)
    }

    /// A keyed container opened inside the current one (`nestedContainer(keyedBy:forKey:)`, as synthesized
    /// enum cases with values use): marked open, never closed, since Codable does not close containers.
    func open(_ name: StaticString) {
        key(name)
        tag(.keyed)
    }

    /// An unkeyed container opened inside the current one, with the same rule.
    func openList(_ name: StaticString) {
        key(name)
        tag(.unkeyed)
    }

    /// An array is an unkeyed container of nested values, closed like any nested value.
    func field<T: DigestWritable>(_ name: StaticString, _ list: [T]) {
        key(name)
        tag(.unkeyed)
        for item in list { nested(item) }
        tag(.end)
    }

    /// Lists by key, as `encode(to:)` writes them to stay the same from run to run: an unkeyed container
    /// opened inside the current one, and in it each key (in order) and its list.
    func field<T: DigestWritable>(_ name: StaticString, byKey lists: [String: [T]]) {
        openList(name)
        for (key, list) in lists.sorted(by: { $0.key < $1.key }) {
            string(key)
            tag(.unkeyed)
            for item in list { nested(item) }
            tag(.end)
        }
    }

    func field(_ name: StaticString, _ list: [String]) {
        key(name)
        tag(.unkeyed)
        for item in list { string(item) }
        tag(.end)
    }

    /// Lists of numbers (the highlighted ranges of a sentence): each inner list nested and closed in turn.
    func field(_ name: StaticString, _ lists: [[Int]]) {
        key(name)
        tag(.unkeyed)
        for list in lists {
            tag(.unkeyed)
            for n in list { int(Int64(n)) }
            tag(.end)
        }
        tag(.end)
    }
}
