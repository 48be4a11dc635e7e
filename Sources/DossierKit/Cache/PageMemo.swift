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
        /// The hash of what the page's view is made from, for the pages that have one (see
        /// `SiteRenderer.Page.inputs`); empty for the others.
        var inputs: String = ""
        var identity: FileIdentity
    }

    // Binary since version 2: a rebuild with nothing to do spent most of its time decoding a JSON memo.
    // Version 3 adds each page's inputs; version 4 writes its strings without a table (none repeats).
    static let format = "dossier-page-memo 4"

    let file: URL
    var records: [String: Record] = [:]
    /// Why the memo on disk was not used, for a notice; nil when it was (or when there was none).
    var ignoredBecause: String?

    static func file(in cacheFolder: URL, output: URL) -> URL {
        cacheFolder.appendingPathComponent("pages-\(Slug.make(output.lastPathComponent)).memo")
    }

    static func load(cacheFolder: URL, output: URL) -> PageMemo {
        var memo = PageMemo(file: file(in: cacheFolder, output: output))
        let (payload, reason) = CacheFile.read(memo.file, format: format)
        memo.ignoredBecause = reason
        if let payload {
            if let records = decode(payload) { memo.records = records } else { memo.ignoredBecause = "it is damaged (it does not decode)" }
        }
        return memo
    }

    /// The records in path order: path, key, inputs, then the identity's three numbers.
    static func encode(_ records: [String: Record]) -> Data {
        var writer = ByteWriter()
        writer.int(records.count)
        for path in records.keys.sorted() {
            let record = records[path]!
            writer.unique(path)
            writer.unique(record.key)
            writer.unique(record.inputs)
            writer.int(Int(bitPattern: UInt(record.identity.inode)))
            writer.int(Int(record.identity.size))
            writer.int(Int(record.identity.modified))
        }
        return Data(writer.bytes)
    }

    static func decode(_ payload: Data) -> [String: Record]? {
        var reader = ByteReader(payload)
        do {
            let count = try reader.count()
            var records: [String: Record] = [:]
            records.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.unique(), key = try reader.unique(), inputs = try reader.unique()
                let identity = FileIdentity(inode: UInt64(UInt(bitPattern: try reader.int())), size: Int64(try reader.int()),
                                            modified: Int64(try reader.int()))
                records[path] = Record(key: key, inputs: inputs, identity: identity)
            }
            return reader.atEnd ? records : nil
        } catch {
            return nil
        }
    }

    /// The record of `path` when the file the last build wrote there is still in `site`, untouched.
    func unchanged(_ path: String, key: String, in site: String) -> Record? {
        guard let record = records[path], record.key == key,
              FileIdentity(of: site + "/" + path) == record.identity else { return nil }
        return record
    }

    /// The view key the last build recorded for `path` when it recorded these same inputs: the page's view
    /// is then that one, and need not be made to be compared.
    func key(_ path: String, inputs: String) -> String? {
        guard let record = records[path], !record.inputs.isEmpty, record.inputs == inputs else { return nil }
        return record.key
    }

    static func save(_ records: [String: Record], to file: URL) {
        save(encoded: encode(records), to: file)
    }

    /// Writes records `encode` made.
    static func save(encoded: Data, to file: URL) {
        CacheFile.write(encoded, to: file, format: format)
        // The JSON memo of earlier versions, under its old name.
        unlink(file.deletingPathExtension().appendingPathExtension("json").path)
    }
}

/// A regular file as the file system knows it: the same inode, size and modification time means nobody
/// wrote to it since (a hard link shares all three, which is what lets a reused page keep its record).
public struct FileIdentity: Codable, Sendable, Equatable {
    var inode: UInt64
    var size: Int64
    var modified: Int64

    init(inode: UInt64, size: Int64, modified: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
    }

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

    init(_ s: stat) {
        inode = UInt64(s.st_ino)
        size = Int64(s.st_size)
        modified = Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec)
    }
}

/// Lets the renderer skip a page whose inputs are the ones it had last time. The key of a page is a hash of
/// the dossier binary, every template and asset, the page's place and title and its whole view model (see
/// `DigestEncoder`): whatever reaches the page's bytes. `carryOver` is asked with that key before the
/// page is rendered; when it answers true the file is already in the staging folder.
///
/// Making every view to hash it was most of a rebuild's render stage. So a page may also hash its inputs,
/// the model's parts its view is made from, without making the view (`SiteRenderer.Page.inputs`);
/// `recordedKey` answers with the view key the last build recorded beside the same inputs, and the page is
/// carried over under that key, its view never made.
public struct PageReuse: Sendable {
    /// The part of every key that is the same for all pages of a build.
    var seed: Hash128
    /// `inputs`, when given, are recorded with the page for the next build.
    var carryOver: @Sendable (_ path: String, _ key: String, _ inputs: String?) -> Bool
    var recordedKey: @Sendable (_ path: String, _ inputs: String) -> String? = { _, _ in nil }
    /// For tests: when set, unchanged inputs are not trusted; the view is made anyway and this hears
    /// whether its key is the one recorded (it must always be).
    var check: (@Sendable (_ path: String, _ sameView: Bool) -> Void)?
    /// The records of the last `data/dossier.json`, copied where a record is unchanged.
    var records: JSONRecordMemo?
}
