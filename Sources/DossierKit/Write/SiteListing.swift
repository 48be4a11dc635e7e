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

    /// Every path under `root` that is not a folder (a link to a folder counts as a folder and is not
    /// entered, a link to anything else as a file), hidden folders included: what `checkFolder` looks at.
    /// Folder entries come with their type, so only links cost a `stat`.
    static func files(in root: String) -> [String] {
        var out: [String] = []
        func walk(_ folder: String, _ relative: String) {
            guard let dir = opendir(folder) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = folder + "/" + name, key = relative.isEmpty ? name : relative + "/" + name
                var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
                if Int32(entry.pointee.d_type) == Int32(DT_LNK) || Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    var s = stat()
                    isFolder = stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
                    // A real folder of unknown type is entered; a link to one is not.
                    if isFolder, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                        var l = stat()
                        if lstat(path, &l) == 0, (l.st_mode & S_IFMT) == S_IFDIR { walk(path, key) }
                        continue
                    }
                } else if isFolder {
                    walk(path, key)
                }
                if !isFolder { out.append(key) }
            }
        }
        walk(root, "")
        return out
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
