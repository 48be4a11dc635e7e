import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a finished staging folder in the place of the output folder so that, whenever the process dies, the
/// output is either the whole old site or the whole new one. On Linux the two folders trade names in one
/// atomic `renameat2(RENAME_EXCHANGE)`; elsewhere, or on a file system without it, the old site steps aside
/// and the new one takes its name (a crash between the two renames leaves the old site beside the output,
/// where the next build puts it back).
enum FolderSwap {
    /// Names of the writer's temporary folders beside `output`: `.Site.tmp-<pid>-<n>` holds a site being
    /// written (or, after an exchange, the old one being deleted), `.Site.old-<pid>-<n>` an old site that
    /// stepped aside.
    static func stagingName(_ output: String, token: String) -> String { ".\(output).tmp-\(token)" }
    static func previousName(_ output: String, token: String) -> String { ".\(output).old-\(token)" }

    /// How the swap went: whether the old site is now at `leftover` (to delete) and whether it was atomic.
    struct Outcome {
        var leftover: URL?
        var atomic: Bool
    }

    static func swap(staging: URL, into output: URL, previous: URL) throws -> Outcome {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            // Nothing to replace: one rename, atomic by itself.
            try fm.moveItem(at: staging, to: output)
            syncFolder(output.deletingLastPathComponent())
            return Outcome(leftover: nil, atomic: true)
        }
        if exchange(staging.path, output.path) {
            syncFolder(output.deletingLastPathComponent())
            return Outcome(leftover: staging, atomic: true)
        }
        try fm.moveItem(at: output, to: previous)
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: previous, to: output)
            throw error
        }
        syncFolder(output.deletingLastPathComponent())
        return Outcome(leftover: previous, atomic: false)
    }

    /// Swaps the names of two existing paths atomically; false where the system cannot.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */) == 0
        #else
        return false
        #endif
    }

    #if os(Linux)
    // glibc has `renameat2` and `syncfs`, but declares them only for _GNU_SOURCE, which Swift's Glibc module
    // does not set (and `syscall` is variadic, so Swift cannot call it): both are looked up at run time.
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    typealias SyncFS = @convention(c) (Int32) -> Int32
    static let renameat2: RenameAt2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
        .map { unsafeBitCast($0, to: RenameAt2.self) }
    static let syncfs: SyncFS? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs")
        .map { unsafeBitCast($0, to: SyncFS.self) }
    #endif

    /// Flushes the file system holding `folder` (every file of a freshly written staging folder, in one
    /// call instead of one fsync per file), then the folder's own entry. Best effort: a failure to sync is
    /// not a failure to build.
    static func syncFolder(_ folder: URL, wholeFileSystem: Bool = false) {
        let fd = open(folder.path, O_RDONLY)
        guard fd >= 0 else { return }
        defer { close(fd) }
        #if os(Linux)
        if wholeFileSystem, let syncfs { _ = syncfs(fd); return }
        #endif
        _ = fsync(fd)
    }

    /// Temporary folders beside `output` that no running build owns (their process is gone): what a killed
    /// build left. An `.old-` folder is the old site itself when the output is missing (a crash between the
    /// two renames of the fallback): it is put back first.
    static func cleanStale(beside output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        guard let siblings = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        let tmpPrefix = ".\(name).tmp-", oldPrefix = ".\(name).old-"
        for sibling in siblings.sorted() {
            let prefix = sibling.hasPrefix(tmpPrefix) ? tmpPrefix : sibling.hasPrefix(oldPrefix) ? oldPrefix : nil
            guard let prefix, !isRunning(token: String(sibling.dropFirst(prefix.count))) else { continue }
            let url = parent.appendingPathComponent(sibling)
            if prefix == oldPrefix, !fm.fileExists(atPath: output.path), (try? fm.moveItem(at: url, to: output)) != nil { continue }
            try? fm.removeItem(at: url)
        }
    }

    /// Whether the build that made a folder with this token (`<pid>-<n>`) is still running.
    static func isRunning(token: String) -> Bool {
        guard let pid = token.split(separator: "-").first.flatMap({ Int32($0) }), pid > 0 else { return false }
        if pid == getpid() { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
