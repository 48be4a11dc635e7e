import Foundation

/// General knowledge shipped as data: one table per file under `Sources/DossierKit/Resources`, copied into the
/// module's resource bundle by SwiftPM. A table is UTF-8 text with one entry a line; `#` opens a comment line and
/// blank lines are skipped. Tables are read once, by the `static let` that holds them.
public enum DataTable {
    /// The entries of `name` (a path under Resources, such as `dates/months.txt`), in file order.
    /// A missing or unreadable table is a packaging error, not bad input: it stops the program.
    public static func lines(_ name: String) -> [String] {
        guard let text = try? String(contentsOf: url(name), encoding: .utf8) else {
            fatalError("dossier's data table \(name) is missing from its resource bundle (\(url(name).path))")
        }
        return text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let entry = SpaceTrimming.trimmed(line)
            return entry.isEmpty || entry.hasPrefix("#") ? nil : entry
        }
    }

    /// The file of a table inside the resource bundle.
    public static func url(_ name: String) -> URL {
        root.appendingPathComponent(name)
    }

    /// The copied `Resources` folder, wherever the platform's bundle layout puts it.
    static let root: URL = Bundle.module.url(forResource: "Resources", withExtension: nil)
        ?? Bundle.module.bundleURL.appendingPathComponent("Resources")

    /// Every table shipped, as paths under Resources (for the duplicate test).
    public static func all() -> [String] {
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var names: [String] = []
        while let file = walker?.nextObject() as? URL {
            let path = file.standardizedFileURL.path
            guard path.hasSuffix(".txt") || path.hasSuffix(".tsv") else { continue }
            names.append(String(path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        return names.sorted()
    }

    /// Entries that occur more than once in a table (case-sensitive, after trimming), in file order.
    public static func duplicates(_ name: String) -> [String] {
        var seen = Set<String>()
        var repeated: [String] = []
        for entry in lines(name) where !seen.insert(entry).inserted { repeated.append(entry) }
        return repeated
    }
}
