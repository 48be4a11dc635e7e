extension String {
    /// The text between two UTF-8 byte offsets, in time proportional to the slice and not to the whole text:
    /// a paragraph's sentence or mention is cut out once per mention, and copying the whole paragraph each
    /// time made an 11 MB paragraph quadratic. Offsets inside a character decode with replacement, as before.
    func utf8Slice(_ range: Range<Int>) -> String {
        let view = utf8
        let start = view.index(view.startIndex, offsetBy: range.lowerBound)
        let end = view.index(start, offsetBy: range.count)
        return String(decoding: view[start..<end], as: UTF8.self)
    }
}
