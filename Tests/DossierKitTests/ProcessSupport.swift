import Foundation

/// The real `dossier` binary run as a separate process. Separate processes matter for determinism: Swift
/// seeds its hashing anew in every process, so Set and Dictionary orders differ from run to run.
enum DossierBinary {
    /// `DOSSIER_BINARY` runs the tests against another build (to show a test fails on older code).
    static let url: URL? = {
        if let path = ProcessInfo.processInfo.environment["DOSSIER_BINARY"] { return URL(fileURLWithPath: path) }
        let products = Project.root.appendingPathComponent(".build")
        for config in ["debug", "release"] {
            let url = products.appendingPathComponent(config).appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    /// A started build whose output goes to files (a pipe left unread could block a big build).
    static func start(_ arguments: [String], in folder: URL, log: URL) throws -> Process {
        guard let url else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "build the dossier product first (make test does)"]) }
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// Runs to the end; the status and what it printed.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let log = folder.appendingPathComponent(".log-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: log) }
        let process = try start(arguments, in: folder, log: log)
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}

/// Paths that differ between two trees (missing on one side or with other bytes), sorted.
func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
    Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
}
