import Foundation

/// What the last build wrote into the site: for each file, the key of everything it was made from (see
/// `PageReuse`) and the identity of the file on disk (inode, size, modification time). A page whose key is
/// unchanged and whose file is still the one that build wrote is hard-linked from the current site into the
/// staging folder instead of being rendered and written again; the swap stays atomic and the result is the
/// same bytes a full build writes. A file edited by hand, replaced or deleted no longer matches its identity
/// and is simply made again. Kept in the cache folder, one memo per output folder name; like the parse cache
/// it is never trusted when it is damaged or was written by another build of dossier.
public struct PageMemo: Sendable {
    struct Record: Codable, Sendable, Equatable {
        var key: String
        var identity: FileIdentity
    }

    static let format = "dossier-page-memo 1"

    let file: URL
    var records: [String: Record] = [:]
    /// Why the memo on disk was not used, for a notice; nil when it was (or when there was none).
    var ignoredBecause: String?

    static func file(in cacheFolder: URL, output: URL) -> URL {
        cacheFolder.appendingPathComponent("pages-\(Slug.make(output.lastPathComponent)).json")
    }

    static func load(cacheFolder: URL, output: URL) -> PageMemo {
        var memo = PageMemo(file: file(in: cacheFolder, output: output))
        let (records, reason) = CacheFile.decode([String: Record].self, from: memo.file, format: format)
        memo.records = records ?? [:]
        memo.ignoredBecause = reason
        return memo
    }

    /// The record of `path` when the file the last build wrote there is still in `site`, untouched.
    func unchanged(_ path: String, key: String, in site: URL) -> Record? {
        guard let record = records[path], record.key == key,
              FileIdentity(of: site.path + "/" + path) == record.identity else { return nil }
        return record
    }

    static func save(_ records: [String: Record], to file: URL) {
        guard let payload = try? JSONEncoder.sorted.encode(records) else { return }
        CacheFile.write(payload, to: file, format: format)
    }
}

/// A regular file as the file system knows it: the same inode, size and modification time means nobody
/// wrote to it since (a hard link shares all three, which is what lets a reused page keep its record).
public struct FileIdentity: Codable, Sendable, Equatable {
    var inode: UInt64
    var size: Int64
    var modified: Int64

    init?(of path: String) {
        var s = stat()
        guard lstat(path, &s) == 0, (s.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(s)
    }

    init?(descriptor fd: Int32) {
        var s = stat()
        guard fstat(fd, &s) == 0 else { return nil }
        self.init(s)
    }

    private init(_ s: stat) {
        inode = UInt64(s.st_ino)
        size = Int64(s.st_size)
        modified = Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec)
    }
}

/// Lets the renderer skip a page whose inputs are the ones it had last time. The key of a page is a hash of
/// the dossier binary, every template and asset, the page's place and title and its whole view model (see
/// `DigestEncoder`): whatever reaches the page's bytes. `carryOver` is asked with that key before the
/// page is rendered; when it answers true the file is already in the staging folder.
public struct PageReuse: Sendable {
    /// The part of every key that is the same for all pages of a build.
    var seed: Hash128
    var carryOver: @Sendable (_ path: String, _ key: String) -> Bool
}
