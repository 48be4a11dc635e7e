import Foundation

/// The files of the seeds folder, walked without following symbolic links out of it. A link whose target
/// lies outside the folder (a file or a folder) is never read: it is skipped with a warning, as Hugo does,
/// so a dossier cannot publish `/etc/passwd` or a private folder by accident. A link that stays inside names
/// a file that is read under its own path; the link adds it only if that path was not read already (a
/// hidden file), so nothing is read twice and no link loop is followed.
struct SeedsFolder {
    /// The seeds folder with its own links resolved: what "inside" means.
    let base: String

    init(_ seeds: URL) {
        base = seeds.resolvingSymlinksInPath().standardizedFileURL.path
    }

    struct Listing {
        /// Relative paths of the files to read, sorted so that builds are the same on every machine.
        var files: [String]
        /// Relative paths of links skipped because they point outside, with where they point.
        var outside: [(link: String, target: String)]
    }

    func list() -> Listing {
        var files: [String] = []
        var links: [String] = []
        walk("", files: &files, links: &links)
        var read = Set(files.map { base + "/" + $0 })
        var outside: [(String, String)] = []
        for link in links.sorted() {
            let target = resolved(link)
            guard contains(target) else { outside.append((link, target)); continue }
            var isDirectory: ObjCBool = false
            // A dangling link inside is listed, so that reading it fails with an error naming it.
            let exists = FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory)
            if exists, isDirectory.boolValue { continue }
            if !exists || read.insert(target).inserted { files.append(link) }
        }
        return Listing(files: files.sorted(), outside: outside)
    }

    /// Whether `relative` may be read: it exists and its real path is inside the folder.
    func isInside(_ relative: String) -> Bool {
        contains(resolved(relative))
    }

    private func resolved(_ relative: String) -> String {
        URL(fileURLWithPath: base + "/" + relative).resolvingSymlinksInPath().standardizedFileURL.path
    }

    private func contains(_ path: String) -> Bool {
        path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    /// Real files and folders are followed; links are collected, never entered; hidden entries are skipped.
    private func walk(_ relative: String, files: inout [String], links: inout [String]) {
        let folder = relative.isEmpty ? base : base + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(base + "/" + path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK: links.append(path)
            case S_IFDIR: walk(path, files: &files, links: &links)
            case S_IFREG: files.append(path)
            default: continue  // sockets, pipes, devices: never articles
            }
        }
    }
}
