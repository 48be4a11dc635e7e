import Foundation

/// The last stage: writes the files into a temporary folder beside the output and swaps it in only when
/// every file is written. A failed or interrupted build leaves the previous site exactly as it was.
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
        try checkApart(seeds: seeds, templates: templates)
        try checkFolder()
    }

    /// The first half of `checkSafe`, which reads no folder: the output is neither the seeds nor the
    /// templates folder, nor inside or above either.
    func checkApart(seeds: URL, templates: URL) throws {
        let out = output.resolvingSymlinksInPath().path
        for (name, protected) in [("seeds", seeds), ("templates", templates)] {
            let p = protected.standardizedFileURL.resolvingSymlinksInPath().path
            if p == out || p.hasPrefix(out.hasSuffix("/") ? out : out + "/") || out.hasPrefix(p + "/") {
                throw BuildFailure([DossierError(.write, file: displayName, "refusing to write the site over or inside the \(name) folder")])
            }
        }
    }

    /// The second half: an existing output is a folder of files dossier writes.
    func checkFolder() throws {
        let out = output.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BuildFailure([DossierError(.write, file: displayName, "output exists and is not a folder")])
        }
        let foreign = SiteListing.files(in: out).filter { !Self.mayBeGenerated($0) }.sorted()
        if let first = foreign.first {
            throw BuildFailure([DossierError(
                .write, file: displayName,
                "refusing to replace a folder that holds files dossier does not write (\(first)\(foreign.count > 1 ? " and \(foreign.count - 1) more" : "")); choose another --output")])
        }
    }

    /// Whether a file of an output folder (its path inside it) is of a kind dossier writes: a hidden file, or
    /// one whose extension is one of `generatedExtensions`. Read from the path's bytes: Foundation's path
    /// parsing (`lastPathComponent`, `pathExtension`) of the 13,000 files of a site was 65 ms of every build.
    static func mayBeGenerated(_ path: String) -> Bool {
        let bytes = path.utf8
        let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
        let name = slash.map { bytes[bytes.index(after: $0)...] } ?? bytes[...]
        guard let first = name.first else { return false }
        if first == UInt8(ascii: ".") { return true }
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = name[name.index(after: dot)...]
        guard !ext.isEmpty, ext.count <= 6 else { return false }
        return generatedExtensions.contains(String(decoding: ext.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self))
    }

    /// Writes a whole site held in memory: stage, write every file, swap.
    public func write(_ files: [OutputFile]) throws {
        let staging = try stage()
        do {
            for file in files { try staging.write(file) }
        } catch {
            staging.discard()
            throw error
        }
        try commit(staging)
    }

    /// A new, empty staging folder beside the output, for `Staging.write` to fill and `commit` to swap in.
    /// With `spare` (from `SpareSite.check`), the spare site kept in that cache folder becomes the staging
    /// folder when it can: it then holds the files of the site before the current one.
    func stage(spare: (cache: URL, checked: [String: PageMemo.Record]?)? = nil) throws -> Staging {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        FolderSwap.cleanStale(beside: output)
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let folder = parent.appendingPathComponent(FolderSwap.stagingName(name, token: token))
        let previous = parent.appendingPathComponent(FolderSwap.previousName(name, token: token))
        if let spare, let records = SpareSite.take(spare.checked, cacheFolder: spare.cache, output: output, to: folder) {
            return Staging(folder: folder, previous: previous, displayName: displayName, spare: records)
        }
        let staging = Staging(folder: folder, previous: previous, displayName: displayName)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging.folder, withIntermediateDirectories: false)
        } catch {
            throw BuildFailure([DossierError(.write, file: displayName, "cannot write the site: \(SeedsLoader.reason(error))")])
        }
        return staging
    }

    /// Swaps a fully written staging folder in for the output. The old site is then deleted, or moved into
    /// `trash` when given, for a later build to delete (see `OldSites`); or, with `spare`, kept in that cache
    /// folder with the page memo that describes it, as the next build's staging folder (see `SpareSite`).
    public func commit(_ stagingFolder: Staging, trash: URL? = nil, spare: (cache: URL, pageMemo: URL)? = nil) throws {
        let fm = FileManager.default
        let staging = stagingFolder.folder
        let previous = stagingFolder.previous
        // Every file on disk before the new site takes the output's name: after a power cut the output
        // is never a site whose pages are still empty.
        FolderSwap.syncFolder(staging, wholeFileSystem: true)
        let outcome: FolderSwap.Outcome
        do {
            outcome = try FolderSwap.swap(staging: staging, into: output, previous: previous)
        } catch {
            try? fm.removeItem(at: staging)
            throw BuildFailure([DossierError(.write, file: displayName, "cannot replace the site: \(SeedsLoader.reason(error))")])
        }
        guard let leftover = outcome.leftover else { return }
        if let spare, SpareSite.keep(leftover, cacheFolder: spare.cache, output: output, pageMemo: spare.pageMemo) { return }
        OldSites.discard(leftover, into: trash)
    }

    /// Relative, no `..`, no empty or hidden components: nothing can land outside the output folder.
    /// Read a byte at a time (it is asked for every file of every build): each part between slashes must be
    /// non-empty and must not start with a dot, which also rules out `.` and `..`.
    static func isSafeRelativePath(_ path: String) -> Bool {
        var atPartStart = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "\\") { return false }
            if byte == UInt8(ascii: "/") {
                if atPartStart { return false }  // a leading slash, or an empty part
                atPartStart = true
                continue
            }
            if atPartStart, byte == UInt8(ascii: ".") { return false }
            atPartStart = false
        }
        return !atPartStart  // not empty, and no trailing slash
    }
}

/// The folder a build writes into before the swap. `write` may be called from many threads at once: it
/// shares nothing but the file system (a missing folder is made on demand, and a folder another thread made
/// first is no error), and writes each file with one `write` and no fsync: durability belongs at the swap.
public struct Staging: Sendable {
    public let folder: URL
    let previous: URL
    let displayName: String
    /// `folder.path`, made once: every file of a build is named from it.
    let folderPath: String
    /// When the folder is the spare site (see `SpareSite`): every file in it, as the memo of the build that
    /// wrote it records it. Nil for a folder that started empty.
    let spare: [String: PageMemo.Record]?

    init(folder: URL, previous: URL, displayName: String, spare: [String: PageMemo.Record]? = nil) {
        self.folder = folder
        self.previous = previous
        self.displayName = displayName
        folderPath = folder.path
        self.spare = spare
    }

    /// The record of the spare's file at `relative` when it was made under `key`: the file is already the
    /// one this build would write, and stays.
    func kept(_ relative: String, key: String) -> PageMemo.Record? {
        guard let record = spare?[relative], record.key == key else { return nil }
        return record
    }

    /// Deletes the spare's files the new site does not have (`site` is every file this build wrote, linked or
    /// kept), and the folders that leaves empty. Only a file that is still the spare's is deleted: one this
    /// build wrote has another identity.
    func sweep(keeping site: [String: PageMemo.Record]) {
        guard let spare else { return }
        var folders = Set<String>()
        for (relative, record) in spare where site[relative] == nil {
            let path = folderPath + "/" + relative
            guard FileIdentity(of: path) == record.identity, unlink(path) == 0 else { continue }
            var parent = relative
            while let slash = parent.lastIndex(of: "/") {
                parent = String(parent[..<slash])
                folders.insert(parent)
            }
        }
        // Deepest first; a folder that still holds anything stays.
        for relative in folders.sorted(by: { $0.count > $1.count }) { rmdir(folderPath + "/" + relative) }
    }

    /// Writes the file; answers what it is on disk now (for the page memo), nil if that cannot be read.
    @discardableResult
    public func write(_ file: OutputFile) throws -> FileIdentity? {
        try writeCounted(file).identity
    }

    /// Writes the file, a piece at a time when it comes in pieces; answers what it is on disk now, its
    /// size, and (for a file in pieces) the hash of its pieces, which is its key in the page memo.
    func writeCounted(_ file: OutputFile) throws -> (identity: FileIdentity?, size: Int, hash: String?) {
        guard SiteWriter.isSafeRelativePath(file.path) else {
            throw BuildFailure([DossierError(.write, file: file.path, "unsafe output path")])
        }
        let path = folderPath + "/" + file.path
        let fd = try create(path, relative: file.path)
        defer { close(fd) }
        func put(_ bytes: Data) throws {
            try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < raw.count {
                    let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw failure(file.path)
                    }
                    offset += n
                }
            }
        }
        guard let pieces = file.pieces else {
            try put(file.bytes)
            return (FileIdentity(descriptor: fd), file.bytes.count, nil)
        }
        var hash = Hash128(), size = 0
        try pieces { piece in
            try put(piece)
            hash.add(piece)
            size += piece.count
        }
        return (FileIdentity(descriptor: fd), size, hash.hex)
    }

    /// Replaces the file just written at `relative` by a hard link to the current site's: it came out the
    /// same, and the memo's record of the old file stays true.
    func relink(_ relative: String, from site: String) -> Bool {
        guard SiteWriter.isSafeRelativePath(relative) else { return false }
        let source = site + "/" + relative, target = folderPath + "/" + relative
        let moved = target + ".new"
        guard rename(target, moved) == 0 else { return false }
        if link(source, target) == 0 {
            unlink(moved)
            return true
        }
        rename(moved, target)
        return false
    }

    /// Puts the file at `relative` of the current site into the staging folder as a hard link: an unchanged
    /// page costs one link, not a render and a write. False when the file system refuses (another device, no
    /// hard links): the caller renders the page instead.
    func carryOver(_ relative: String, from site: String) -> Bool {
        guard SiteWriter.isSafeRelativePath(relative) else { return false }
        let source = site + "/" + relative, target = folderPath + "/" + relative
        if link(source, target) == 0 { return true }
        if errno == EEXIST, spare != nil {
            // The spare's own file, made under another key.
            guard clear(target) else { return false }
            return link(source, target) == 0
        }
        guard errno == ENOENT, (try? makeFolders(for: relative)) != nil else { return false }
        return link(source, target) == 0
    }

    /// A file at `path`, open for writing and empty. A file already there is the spare's: it is rewritten in
    /// place when the staging folder holds its only link, and otherwise unlinked first and made anew, never
    /// truncated, since it may be a hard link to a file of the current site (or to a copy the user made with
    /// `cp -al`).
    private func create(_ path: String, relative: String) throws -> Int32 {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var fd = open(path, flags, 0o644)
        if fd < 0, errno == ENOENT {
            try makeFolders(for: relative)
            fd = open(path, flags, 0o644)
        }
        if fd < 0, errno == EEXIST {
            if let unshared = Staging.openUnshared(path) { return unshared }
            if clear(path) { fd = open(path, flags, 0o644) }
        }
        guard fd >= 0 else { throw failure(relative) }
        return fd
    }

    /// The regular file at `path`, opened and truncated, when it has exactly one link: nil otherwise (a
    /// symbolic link is not followed). Rewriting such a file keeps its inode, where unlinking it and making a
    /// new one frees an inode and takes another: ext4 without a journal skips a free inode freed in the last
    /// five minutes while its table block is dirty (`recently_deleted`), so each new file searched past all
    /// those the build had just freed, and a template edit, which rewrites 13,000 pages, took 3.6, then 5.5,
    /// then 12 s, 11 of them in the kernel. (Syncing after the frees does not help: the first new file in a
    /// block dirties it again.)
    static func openUnshared(_ path: String) -> Int32? {
        // Non-blocking, so that a FIFO put there since the spare was checked fails at once instead of waiting
        // for a reader (it has no effect on a regular file).
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1, ftruncate(fd, 0) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Removes what is at `path` (a file, or anything else a spare could hold there): true when it is gone.
    private func clear(_ path: String) -> Bool {
        if unlink(path) == 0 { return true }
        return (try? FileManager.default.removeItem(atPath: path)) != nil
    }

    /// Removes the staging folder after a failed build.
    public func discard() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Every folder above `relative`, one level at a time, so two threads making the same one both succeed.
    private func makeFolders(for relative: String) throws {
        var path = folderPath
        for part in relative.split(separator: "/").dropLast() {
            path += "/" + part
            if mkdir(path, 0o755) != 0, errno != EEXIST { throw failure(relative) }
        }
    }

    private func failure(_ relative: String) -> BuildFailure {
        let reason = String(cString: strerror(errno))
        return BuildFailure([DossierError(.write, file: displayName, "cannot write the site: \(relative): \(reason)")])
    }
}
