import Foundation

/// The site a swap replaced, kept in the build cache to be the next build's staging folder.
///
/// A rebuild used to start from an empty staging folder, hard-link into it every unchanged file of the
/// current site, and after the swap delete the old site: a link and an unlink for each of 13,000 files when
/// one article changed, a quarter of the rebuild's CPU and most of its time in the kernel. The old site
/// already holds almost every file the next build makes (the same files, often the very same inodes), so
/// it is kept instead, with the page memo of the build that made it, which records every file's key and
/// identity.
///
/// The next build renames it into place as its staging folder, but only when it holds exactly what that
/// memo records, every file untouched (`SiteListing.matches`); a spare that does not is deleted and the
/// build starts from an empty folder, as before. In the staging folder a file whose key is the one its
/// record holds stays as it is and costs nothing; any other is replaced, never written in place (it may be
/// a hard link shared with the current site), and the files the new site does not have are deleted
/// (`Staging.sweep`). What is swapped in is what a build from scratch writes.
enum SpareSite {
    static func folder(in cacheFolder: URL, output: URL) -> URL {
        cacheFolder.appendingPathComponent("spare-\(Slug.make(output.lastPathComponent))")
    }

    static func memo(in cacheFolder: URL, output: URL) -> URL {
        cacheFolder.appendingPathComponent("spare-\(Slug.make(output.lastPathComponent)).memo")
    }

    /// What the spare holds, when it holds exactly what its memo records (nil when there is no spare, or
    /// one that cannot be used), and why its memo was not used when it was damaged or foreign. Reads and
    /// walks, and changes nothing: a build does this on a thread of its own while it resolves, and `take`s
    /// the spare only once it is about to write. A spare that does not match its memo (a page of the site
    /// edited by hand, which edits the spare's hard link to it too) is simply not used.
    static func check(cacheFolder: URL, output: URL) -> (records: [String: PageMemo.Record]?, ignoredBecause: String?) {
        let folder = self.folder(in: cacheFolder, output: output), memoFile = memo(in: cacheFolder, output: output)
        var s = stat()
        guard lstat(folder.path, &s) == 0, (s.st_mode & S_IFMT) == S_IFDIR else { return (nil, nil) }
        let (payload, reason) = CacheFile.read(memoFile, format: PageMemo.format)
        guard let payload else { return (nil, reason ?? "it has no memo") }
        guard let records = PageMemo.decode(payload) else { return (nil, "its memo is damaged (it does not decode)") }
        return (SiteListing.matches(folder, records: records) ? records : nil, nil)
    }

    /// Moves the spare to `staging` when `check` found it sound, and answers what it holds; otherwise any
    /// spare is put in the trash for the next build to delete, and nil is the answer (`staging` is not made).
    static func take(_ checked: [String: PageMemo.Record]?, cacheFolder: URL, output: URL, to staging: URL) -> [String: PageMemo.Record]? {
        let folder = self.folder(in: cacheFolder, output: output)
        // The memo tells of this one folder, once: it goes whether the folder is used or not.
        unlink(memo(in: cacheFolder, output: output).path)
        if let checked, rename(folder.path, staging.path) == 0 { return checked }
        var s = stat()
        if lstat(folder.path, &s) == 0 { OldSites.discard(folder, into: OldSites.trash(in: cacheFolder)) }
        return nil
    }

    /// After a swap: `leftover`, the site just replaced, becomes the spare, and `pageMemo`, the memo that
    /// describes it, becomes the spare's memo. False when it could not be kept (it is then for the caller to
    /// discard).
    static func keep(_ leftover: URL, cacheFolder: URL, output: URL, pageMemo: URL) -> Bool {
        let folder = self.folder(in: cacheFolder, output: output), memoFile = memo(in: cacheFolder, output: output)
        unlink(memoFile.path)
        // A spare this build did not take (there was a site to compare with but no memo, say) is old news.
        var s = stat()
        if lstat(folder.path, &s) == 0 { OldSites.discard(folder, into: OldSites.trash(in: cacheFolder)) }
        guard lstat(pageMemo.path, &s) == 0, (try? FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)) != nil,
              rename(leftover.path, folder.path) == 0 else { return false }
        if rename(pageMemo.path, memoFile.path) != 0 { OldSites.discard(folder, into: OldSites.trash(in: cacheFolder)) }
        return true
    }
}
