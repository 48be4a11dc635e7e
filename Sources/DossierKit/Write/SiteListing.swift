import Foundation

/// Whether a site folder holds exactly the files a page memo records, each still the file that build wrote
/// (same inode, size and modification time), and nothing else: no extra file, no hidden file, no link, no
/// empty folder. A build writes only regular files into folders it makes for them, so anything else in the
/// folder is something a fresh build would not leave there. Read with `readdir`, one `lstat` a file.
enum SiteListing {
    static func matches(_ site: URL, records: [String: PageMemo.Record]) -> Bool {
        var seen = 0
        guard walk(site.path, relative: "", records: records, seen: &seen) else { return false }
        return seen == records.count
    }

    /// False at the first entry that is not in `records` as recorded; counts the files that are in `seen`.
    private static func walk(_ folder: String, relative: String, records: [String: PageMemo.Record], seen: inout Int) -> Bool {
        guard let dir = opendir(folder) else { return false }
        defer { closedir(dir) }
        var entries = 0
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            entries += 1
            let path = folder + "/" + name
            let key = relative.isEmpty ? name : relative + "/" + name
            var s = stat()
            guard lstat(path, &s) == 0 else { return false }
            switch s.st_mode & S_IFMT {
            case S_IFDIR:
                guard walk(path, relative: key, records: records, seen: &seen) else { return false }
            case S_IFREG:
                guard let record = records[key], FileIdentity(s) == record.identity else { return false }
                seen += 1
            default:
                return false
            }
        }
        // The top folder may be empty only when nothing was recorded; any folder below holds files.
        return entries > 0 || relative.isEmpty
    }
}
