import Foundation

/// Whether a site folder holds exactly the files a page memo records, each still the file that build wrote
/// (same inode, size and modification time), and nothing else: no extra file, no hidden file, no link, no
/// empty folder. A build writes only regular files into folders it makes for them, so anything else in the
/// folder is something a fresh build would not leave there. Read with `readdir`, one `lstat` an entry.
enum SiteListing {
    static func matches(_ site: URL, records: [String: PageMemo.Record]) -> Bool {
        var seen = 0
        let top = open(site.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard top >= 0 else { return false }
        guard walk(top, relative: "", records: records, seen: &seen) else { return false }
        return seen == records.count
    }

    /// Every path under `root` that is not a folder (a link to a folder counts as a folder and is not
    /// entered, a link to anything else as a file), hidden folders included: what `checkFolder` looks at.
    /// The entry's type comes from `readdir` where the file system gives it (ext4, xfs, btrfs, tmpfs do), so
    /// a site of thirteen thousand files costs no `lstat` each; an entry of unknown type is looked up.
    static func files(in root: String) -> [String] {
        var out: [String] = []
        func walk(_ folder: String, _ relative: String) {
            for (name, type) in entries(in: folder) ?? [] {
                let path = folder + "/" + name, key = relative.isEmpty ? name : relative + "/" + name
                var mode = type
                if mode == nil {
                    var s = stat()
                    guard lstat(path, &s) == 0 else { continue }
                    mode = s.st_mode & S_IFMT
                }
                switch mode {
                case S_IFDIR: walk(path, key)
                case S_IFLNK:
                    var target = stat()
                    if !(stat(path, &target) == 0 && (target.st_mode & S_IFMT) == S_IFDIR) { out.append(key) }
                default: out.append(key)
                }
            }
        }
        walk(root, "")
        return out
    }

    /// The entries of a folder but `.` and `..`, each with its type as `S_IFMT` bits when `readdir` tells
    /// it (nil when it does not, or for a type this walk does not tell apart).
    private static func entries(in folder: String) -> [(name: String, type: mode_t?)]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var entries: [(String, mode_t?)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            let type: mode_t?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): type = S_IFDIR
            case Int32(DT_REG): type = S_IFREG
            case Int32(DT_LNK): type = S_IFLNK
            default: type = nil
            }
            entries.append((name, type))
        }
        return entries
    }

    /// False at the first entry that is not in `records` as recorded; counts the files that are in `seen`.
    /// `folder` is an open descriptor of the folder, closed here: each entry is looked up by `fstatat` in its
    /// folder, one name for the kernel to resolve rather than the whole path (two walks of thirteen thousand
    /// files a rebuild).
    private static func walk(_ folder: Int32, relative: String, records: [String: PageMemo.Record], seen: inout Int) -> Bool {
        guard let dir = fdopendir(folder) else { close(folder); return false }
        defer { closedir(dir) }
        var any = false
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            any = true
            let key = relative.isEmpty ? name : relative + "/" + name
            var s = stat()
            guard fstatat(dirfd(dir), name, &s, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            switch s.st_mode & S_IFMT {
            case S_IFDIR:
                let inner = openat(dirfd(dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard inner >= 0, walk(inner, relative: key, records: records, seen: &seen) else { return false }
            case S_IFREG:
                guard let record = records[key], FileIdentity(s) == record.identity else { return false }
                seen += 1
            default:
                return false
            }
        }
        // The top folder may be empty only when nothing was recorded; any folder below holds files.
        return any || relative.isEmpty
    }
}
