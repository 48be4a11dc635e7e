import Foundation

/// Where each record of the last build's `data/dossier.json` sits in that file, under the hash of what it
/// was written from (see `JSONWriter.hashing()`). A rebuild hashes each record, and one whose hash is
/// there is copied from the last file instead of written again: after an edit of one article nearly all of
/// the file's records (58 MB of text at 5,448 articles) are the last build's, and hashing them costs a
/// fraction of escaping and indenting them.
///
/// The last file is read from the current site only when the page memo says it is still the file the last
/// build wrote (the same key and the same inode, size and modification time) and it is as long as this memo
/// says; a memo that is damaged, from another build of dossier, or about another file is ignored with a
/// notice and every record is written.
final class JSONRecordMemo: @unchecked Sendable {
    struct Key: Hashable {
        var a: UInt64, b: UInt64
        init(_ hash: Hash128) { a = hash.a; b = hash.b }
    }

    /// A record of the file being written: its key, and its bytes' place in the file.
    struct Span: Equatable {
        var key: Key
        var offset: Int
        var length: Int
    }

    static let format = "dossier-json-records 1"
    static let path = "data/dossier.json"

    let file: URL
    /// The last build's file and its records by key; nil when there is nothing to copy from.
    let last: (bytes: Data, records: [Key: Range<Int>])?
    /// Why the memo on disk was not used, for a notice; nil when it was (or when there was none).
    let ignoredBecause: String?
    /// This build's records, in the order of the file. Only the thread writing the file adds to them.
    private(set) var spans: [Span] = []
    /// How many records this build copied from the last file.
    private(set) var copied = 0

    static func file(in cacheFolder: URL, output: URL) -> URL {
        cacheFolder.appendingPathComponent("records-\(Slug.make(output.lastPathComponent)).memo")
    }

    init(file: URL, last: (bytes: Data, records: [Key: Range<Int>])?, ignoredBecause: String?) {
        self.file = file
        self.last = last
        self.ignoredBecause = ignoredBecause
    }

    /// The memo of the last build into `output`, trusted only as far as `pages` vouches for the file it
    /// describes.
    static func load(cacheFolder: URL, output: URL, pages: PageMemo) -> JSONRecordMemo {
        let file = file(in: cacheFolder, output: output)
        let (payload, reason) = CacheFile.read(file, format: format)
        guard let payload else { return JSONRecordMemo(file: file, last: nil, ignoredBecause: reason) }
        guard let (fileKey, spans) = decode(payload) else {
            return JSONRecordMemo(file: file, last: nil, ignoredBecause: "it is damaged (it does not decode)")
        }
        // The site's file, untouched since the build that wrote this memo: anything else (edited by hand,
        // deleted, or written by a build that did not get to save its memo) is not copied from.
        guard let record = pages.unchanged(path, key: fileKey, in: output.path),
              let bytes = FileManager.default.contents(atPath: output.appendingPathComponent(path).path),
              bytes.count == Int(record.identity.size) else {
            return JSONRecordMemo(file: file, last: nil, ignoredBecause: nil)
        }
        var records: [Key: Range<Int>] = [:]
        records.reserveCapacity(spans.count)
        for span in spans {
            guard span.offset >= 0, span.length > 0, span.offset <= bytes.count - span.length else {
                return JSONRecordMemo(file: file, last: nil, ignoredBecause: "it is damaged (a record lies outside \(path))")
            }
            records[span.key] = span.offset..<(span.offset + span.length)
        }
        return JSONRecordMemo(file: file, last: (bytes, records), ignoredBecause: nil)
    }

    /// Where the last file holds the record under `key`, if it does.
    func range(of key: Key) -> Range<Int>? { last?.records[key] }

    /// Records of the file being written, `offset` bytes from its start.
    func add(_ more: [Span], at offset: Int, copied: Int) {
        spans.reserveCapacity(spans.count + more.count)
        for var span in more {
            span.offset += offset
            spans.append(span)
        }
        self.copied += copied
    }

    /// Saves this build's records beside `fileKey`, the page memo's key of the file they are in.
    func save(fileKey: String) {
        CacheFile.write(Self.encode(fileKey: fileKey, spans: spans), to: file, format: Self.format)
    }

    /// The file's key, the count, then each record's two hash words, offset and length.
    static func encode(fileKey: String, spans: [Span]) -> Data {
        var writer = ByteWriter()
        writer.unique(fileKey)
        writer.int(spans.count)
        for span in spans {
            writer.int(Int(bitPattern: UInt(span.key.a)))
            writer.int(Int(bitPattern: UInt(span.key.b)))
            writer.int(span.offset)
            writer.int(span.length)
        }
        return Data(writer.bytes)
    }

    static func decode(_ payload: Data) -> (fileKey: String, spans: [Span])? {
        var reader = ByteReader(payload)
        do {
            let fileKey = try reader.unique()
            let count = try reader.count()
            var spans: [Span] = []
            spans.reserveCapacity(count)
            for _ in 0..<count {
                var key = Key(Hash128())
                key.a = UInt64(UInt(bitPattern: try reader.int()))
                key.b = UInt64(UInt(bitPattern: try reader.int()))
                spans.append(Span(key: key, offset: try reader.int(), length: try reader.int()))
            }
            return reader.atEnd ? (fileKey, spans) : nil
        } catch {
            return nil
        }
    }
}
