import Foundation

/// The last stage: writes the files into a temporary folder beside the output and swaps it in only when
/// every file is written (see `FolderSwap`). A failed, interrupted or killed build leaves the previous site
/// exactly as it was; what a killed build left beside it is removed by the next one.
public struct SiteWriter: Sendable {
    public var output: URL
    public var displayName: String

    /// What dossier ever writes; a folder holding anything else is not a dossier site and is never replaced.
    static let generatedExtensions: Set<String> = ["html", "css", "js", "json", "jsonld", "csv", "svg", "txt", "ico", "png", "woff2"]

    public init(output: URL, displayName: String? = nil) {
        self.output = output.standardizedFileURL
        self.displayName = displayName ?? output.path
    }

    /// Refuses outputs that would destroy the user's work: the seeds or templates folder or a folder that
    /// holds them, or an existing folder that does not look like a generated site.
    public func checkSafe(seeds: URL, templates: URL) throws {
        let out = output.resolvingSymlinksInPath().path
        for (name, protected) in [("seeds", seeds), ("templates", templates)] {
            let p = protected.standardizedFileURL.resolvingSymlinksInPath().path
            if p == out || p.hasPrefix(out.hasSuffix("/") ? out : out + "/") || out.hasPrefix(p + "/") {
                throw BuildFailure([DossierError(.write, file: displayName, "refusing to write the site over or inside the \(name) folder")])
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BuildFailure([DossierError(.write, file: displayName, "output exists and is not a folder")])
        }
        let contents = (try? FileManager.default.subpathsOfDirectory(atPath: out)) ?? []
        let foreign = contents.filter { path in
            var dir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: out + "/" + path, isDirectory: &dir)
            let name = (path as NSString).lastPathComponent
            return !dir.boolValue && !name.hasPrefix(".")
                && !Self.generatedExtensions.contains((name as NSString).pathExtension.lowercased())
        }.sorted()
        if let first = foreign.first {
            throw BuildFailure([DossierError(
                .write, file: displayName,
                "refusing to replace a folder that holds files dossier does not write (\(first)\(foreign.count > 1 ? " and \(foreign.count - 1) more" : "")); choose another --output")])
        }
    }

    public func write(_ files: [OutputFile]) throws {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        FolderSwap.cleanStale(beside: output)
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(FolderSwap.stagingName(name, token: token))
        let previous = parent.appendingPathComponent(FolderSwap.previousName(name, token: token))
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            var made = Set<String>()
            for file in files {
                guard Self.isSafeRelativePath(file.path) else {
                    throw DossierError(.write, file: file.path, "unsafe output path")
                }
                let target = staging.appendingPathComponent(file.path)
                let folder = target.deletingLastPathComponent().path
                if !made.contains(folder) {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    made.insert(folder)
                }
                try file.bytes.write(to: target)
            }
            // Every file on disk before the new site takes the output's name: after a power cut the output
            // is never a site whose pages are still empty.
            FolderSwap.syncFolder(staging, wholeFileSystem: true)
        } catch {
            try? fm.removeItem(at: staging)
            if let error = error as? DossierError { throw BuildFailure([error]) }
            throw BuildFailure([DossierError(.write, file: displayName, "cannot write the site: \(SeedsLoader.reason(error))")])
        }
        let outcome: FolderSwap.Outcome
        do {
            outcome = try FolderSwap.swap(staging: staging, into: output, previous: previous)
        } catch {
            try? fm.removeItem(at: staging)
            throw BuildFailure([DossierError(.write, file: displayName, "cannot replace the site: \(SeedsLoader.reason(error))")])
        }
        if let leftover = outcome.leftover { try? fm.removeItem(at: leftover) }
    }

    /// Relative, no `..`, no empty or hidden components: nothing can land outside the output folder.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
        }
    }
}
