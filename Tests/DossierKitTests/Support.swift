import Foundation
import Testing
@testable import DossierKit

/// A folder on disk made for one test, deleted when the test's `Fixture` goes away.
final class Fixture {
    let root: URL

    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, contents) in files { try write(path, contents) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ contents: String) throws {
        try write(path, bytes: Data(contents.utf8))
    }

    func write(_ path: String, bytes: Data) throws {
        let url = url(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// Copies the project's real Templates/ in, so tests render with what users get.
    func withProjectTemplates() throws -> Fixture {
        try FileManager.default.copyItem(at: Project.root.appendingPathComponent("Templates"), to: url("Templates"))
        return self
    }

    func options(seeds: String = "seeds", templates: String = "Templates", output: String = "Site") -> BuildOptions {
        BuildOptions(seeds: seeds, templates: templates, output: output, relativeTo: root)
    }

    /// Every file under `folder` with its bytes, keyed by relative path.
    func tree(_ folder: String) throws -> [String: Data] {
        try Project.tree(url(folder))
    }
}

enum Project {
    /// The package folder, found from this file's place in Tests/DossierKitTests.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func tree(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for relative in try FileManager.default.subpathsOfDirectory(atPath: base) {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue { out[relative] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + relative)) }
        }
        return out
    }
}

/// Runs a build and returns its errors as printed, or [] when it succeeded.
func buildErrors(_ options: BuildOptions) -> [String] {
    do {
        try DossierBuild.build(options)
        return []
    } catch let failure as BuildFailure {
        return failure.errors.map(\.description)
    } catch {
        return ["unexpected: \(error)"]
    }
}

let seedArticle = """
    Minister Resigns Over Port Deal

    The minister resigned on Monday, officials said.

    A second paragraph with *stars* and <b>tags</b>.
    """

/// Damages a cache file the way a bad disk would: one bit of one byte, `back` bytes before its end.
func flipBit(in file: URL, back: Int) throws {
    var bytes = try Data(contentsOf: file)
    bytes[bytes.index(before: bytes.endIndex) - back] ^= 0x01
    try bytes.write(to: file)
}

/// A second story, with a quotation: three names, a date and a place.
let portTalksStory = """
    Port Talks Resume In Oslo

    Anna Berg said on Tuesday that talks with the Port Authority would resume in Oslo.

    “We are ready,” said Lars Holm, a spokesman.
    """

/// Builds `f` with its cache, then from scratch into another folder with no cache, and compares the two
/// sites byte for byte: a rebuild must write what a build from scratch writes.
func expectSameAsFresh(_ f: Fixture, _ note: Comment) throws {
    try DossierBuild.build(f.options())
    try expectSiteIsFresh(f, note)
}

/// The second half of `expectSameAsFresh`, for a test that made `Site/` its own way.
func expectSiteIsFresh(_ f: Fixture, _ note: Comment) throws {
    var fresh = f.options(output: "Fresh")
    fresh.cacheFolder = nil
    try DossierBuild.build(fresh)
    let cached = try f.tree("Site"), full = try f.tree("Fresh")
    #expect(cached.keys.sorted() == full.keys.sorted(), note)
    for (path, bytes) in full where cached[path] != bytes { Issue.record("\(path) differs: \(note)") }
}

/// A Markdown source with front matter, a heading, a list, a quotation and a code block.
let markdownArticle = """
    ---
    title: Talks Resume
    published: 2017-04-13
    outlet: The Outlet
    url: https://example.org/a?x=1&y=2
    author: Zoë Ångström
    ---
    # Talks resume in Oslo

    Anna Berg said on **Tuesday** that talks resume.

    - a list item
    - another

    > A quotation from Lars Holm.

    ```
    code, never names
    ```
    """
