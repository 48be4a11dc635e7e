import Foundation

/// Where a replaced site goes once the new one has taken its name: a folder in the build cache, emptied by
/// the next build on a thread of its own while that build reads and resolves the seeds.
///
/// Deleting the old site is the last thing a build used to do, and it was the slowest part of the swap:
/// 13,000 unlinks (and, after a build from scratch, the freeing of every page's blocks) between the new
/// site being in place and the command returning. Nothing needs the old site once the swap is done, so
/// the user no longer waits for it. Moving it is one rename inside the same parent folder; where that
/// fails (the cache on another file system) it is deleted on the spot, as before.
enum OldSites {
    static func trash(in cacheFolder: URL) -> URL { cacheFolder.appendingPathComponent("old-sites") }

    /// Moves `folder` (an old site, no longer the output) into `trash`; false when it could not, and it is
    /// then deleted here.
    @discardableResult
    static func discard(_ folder: URL, into trash: URL?) -> Bool {
        let fm = FileManager.default
        if let trash {
            try? fm.createDirectory(at: trash, withIntermediateDirectories: true)
            let target = trash.appendingPathComponent(folder.lastPathComponent)
            if (try? fm.moveItem(at: folder, to: target)) != nil { return true }
        }
        try? fm.removeItem(at: folder)
        return false
    }

    /// Deletes what is in `trash` now on a background thread and returns at once: what is listed here,
    /// not what a later swap of this build puts there. A process that exits first leaves the rest for the
    /// next build; two builds emptying it at once only race to delete the same files, which is harmless.
    /// `done`, when given, is called once the thread has finished (for tests).
    static func empty(_ trash: URL, done: (@Sendable () -> Void)? = nil) {
        let path = trash.path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        guard !names.isEmpty else { done?(); return }
        let thread = Thread {
            for name in names { try? FileManager.default.removeItem(atPath: path + "/" + name) }
            done?()
        }
        thread.qualityOfService = .utility
        thread.start()
    }
}
