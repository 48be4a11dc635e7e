import Foundation
import Markdown

/// The layout around every page, rendered once per frame and reused. Thousands of entity and source pages
/// share one frame (same folder depth, kind, scripts and current nav item) and differ only in their title
/// and body, and the layout's lookups cost as much as a small page's own. A frame is the layout rendered
/// with placeholders for the title and the body, cut at them; a page is the pieces with its escaped title
/// and body put back. A frame is used only after it gave, for a test title full of characters to escape,
/// exactly what the template renders: a layout that transforms or tests the title or body is simply rendered
/// whole for every page, as before.
final class LayoutFrames: @unchecked Sendable {
    struct Key: Hashable {
        var root: String
        var kind: String
        var scripts: [String]
        var current: String?
    }

    /// Text between the places where the title (`true`) or the body (`false`) goes.
    struct Frame {
        var pieces: [String]
        var slots: [Bool]

        func fill(title: String, body: String) -> String {
            String(decoding: fillBytes(title: title, body: Array(body.utf8)), as: UTF8.self)
        }

        /// The page as bytes, for its file.
        func fillBytes(title: String, body: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(body.count + pieces.reduce(0) { $0 + $1.utf8.count } + 256)
            out.append(contentsOf: pieces[0].utf8)
            for (i, isTitle) in slots.enumerated() {
                if isTitle { out.append(contentsOf: title.utf8) } else { out.append(contentsOf: body) }
                out.append(contentsOf: pieces[i + 1].utf8)
            }
            return out
        }
    }

    static let titleMark = "\u{E000}dossier-title\u{E001}"
    static let bodyMark = "\u{E000}dossier-body\u{E001}"

    let templates: TemplateSet
    private let lock = NSLock()
    /// nil for a key whose frame failed the check: those pages are rendered whole.
    private var frames: [Key: Frame?] = [:]

    init(templates: TemplateSet) {
        self.templates = templates
    }

    func render(_ layout: LayoutView) -> String { String(decoding: renderBytes(layout), as: UTF8.self) }

    /// The page's bytes, for its file: never made into a `String` on the way.
    func renderBytes(_ layout: LayoutView) -> [UInt8] { renderBytes(layout, body: Array(layout.bodyHTML.utf8)) }

    /// The page's bytes around `body`, the page's own HTML as the template engine wrote it: a page that
    /// fills a frame never has its body made into a `String` (checked as UTF-8) and back into bytes.
    /// `layout.bodyHTML` is not read; where the layout is rendered whole, it is `body`.
    func renderBytes(_ layout: LayoutView, body: [UInt8]) -> [UInt8] {
        func whole() -> [UInt8] {
            var layout = layout
            layout.bodyHTML = String(decoding: body, as: UTF8.self)
            return templates.renderBytes(layout, template: "layout")
        }
        let usable = !layout.pageTitle.isEmpty && !body.isEmpty
            && !Self.holdsMark(layout.pageTitle) && !body.withUnsafeBufferPointer(Self.holdsMark)
        guard usable else { return whole() }
        let key = Key(root: layout.root, kind: layout.kind, scripts: layout.scripts, current: layout.nav.first { $0.current }?.href)
        lock.lock()
        let cached = frames[key]
        lock.unlock()
        let frame: Frame?
        if let cached {
            frame = cached
        } else {
            frame = make(layout)
            lock.lock()
            frames[key] = frame
            lock.unlock()
        }
        guard let frame else { return whole() }
        return frame.fillBytes(title: Self.escape(layout.pageTitle), body: body)
    }

    /// The frame for this page's key, or nil when the template does not treat title and body as plain
    /// escaped text and raw HTML.
    private func make(_ layout: LayoutView) -> Frame? {
        var marked = layout
        marked.pageTitle = Self.titleMark
        marked.bodyHTML = Self.bodyMark
        guard let frame = Self.cut(templates.render(marked, template: "layout")) else { return nil }
        var probe = layout
        probe.pageTitle = "<Tt & \"q\" 'a' 9>"
        probe.bodyHTML = "<p>Body &amp; <b>more</b></p>"
        let expected = templates.render(probe, template: "layout")
        return frame.fill(title: Self.escape(probe.pageTitle), body: probe.bodyHTML) == expected ? frame : nil
    }

    static func cut(_ text: String) -> Frame? {
        var pieces: [String] = []
        var slots: [Bool] = []
        var rest = text[...]
        while true {
            let title = rest.range(of: titleMark), body = rest.range(of: bodyMark)
            let next: (Range<Substring.Index>, Bool)?
            switch (title, body) {
            case let (t?, b?): next = t.lowerBound < b.lowerBound ? (t, true) : (b, false)
            case let (t?, nil): next = (t, true)
            case let (nil, b?): next = (b, false)
            case (nil, nil): next = nil
            }
            guard let (range, isTitle) = next else { break }
            pieces.append(String(rest[..<range.lowerBound]))
            slots.append(isTitle)
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        // A mark cut in two by the template (escaped, transformed) would survive in a piece: no frame then.
        guard slots.contains(false), !pieces.contains(where: holdsMark) else { return nil }
        return Frame(pieces: pieces, slots: slots)
    }

    /// Whether `text` holds U+E000, the marks' first scalar, found as its UTF-8 bytes (EE 80 80) with
    /// `memchr`: walking the scalars of every page's body cost more than filling its frame.
    static func holdsMark(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(holdsMark)
    }

    static func holdsMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var at = 0
        while at + 2 < bytes.count, let found = memchr(base + at, 0xEE, bytes.count - 2 - at) {
            let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 { return true }
            at = i + 1
        }
        return false
    }

    /// HTML escaping as `{{value}}` does it (`TemplateRenderer`); if it ever differed, the check in `make`
    /// would refuse the frame.
    static func escape(_ text: String) -> String { HTMLEscape.escape(text, quotes: true) }
}
