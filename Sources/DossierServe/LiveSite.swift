import DossierKit
import Foundation

/// What `dossier serve` knows about the site it serves: the number of the last good build (open pages
/// reload when it changes) and, when the last build failed, its errors. Shared by the watcher that builds
/// and the server that answers, hence the lock.
public final class LiveSite: @unchecked Sendable {
    public struct State: Sendable, Equatable {
        /// Goes up by one with every finished build, good or bad, so pages reload to show the error too.
        public var version = 0
        /// The errors of the last build, as printed (`file:line: error: …`); empty when it succeeded.
        public var errors: [String] = []
    }

    private let lock = NSLock()
    private var state = State()

    public init() {}

    public var current: State {
        lock.lock(); defer { lock.unlock() }
        return state
    }

    func finished(errors: [String]) {
        lock.lock()
        state.version += 1
        state.errors = errors
        lock.unlock()
    }
}

/// Builds the site, then rebuilds it whenever a file under the seeds or templates folder changes (polling
/// modification times: no platform file-watching API needed). A failed build leaves the last good site in
/// place, as every build does, and its errors go to the terminal and the browser.
public struct Watcher: Sendable {
    public var options: BuildOptions
    public var site: LiveSite
    public var log: @Sendable (String) -> Void
    public var interval: Double = 0.3

    public init(options: BuildOptions, site: LiveSite, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.site = site
        self.log = log
    }

    /// One build, its outcome recorded and printed.
    public func build() {
        let started = Date()
        do {
            let summary = try DossierBuild.build(options)
            site.finished(errors: [])
            log("built \(summary.sources) sources, \(summary.pages) pages in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        } catch let failure as BuildFailure {
            let errors = failure.errors.map(\.description)
            site.finished(errors: errors)
            for e in errors { log(e) }
            log("build failed; still serving the last good site")
        } catch {
            site.finished(errors: ["\(error)"])
            log("build failed: \(error)")
        }
    }

    /// Builds now, then again after every change, until cancelled. Builds run on a dispatch queue so they
    /// never hold up the threads that answer requests.
    public func run() async {
        var seen = signature()
        await buildOffThread()
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1e9))
            let now = signature()
            if now != seen {
                seen = await settled(from: now)
                log("change seen; rebuilding")
                await buildOffThread()
            }
        }
    }

    /// The signature once it stops changing for one interval. An editor that truncates a file before writing
    /// it, or a folder of articles being copied in, would otherwise be built half-written, and that build
    /// be the one the open pages show until the next poll.
    func settled(from changed: [String: [Double]]) async -> [String: [Double]] {
        await Self.settle(from: changed) {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1e9))
            return Task.isCancelled ? nil : signature()
        }
    }

    /// The rule of `settled`: poll (each call waits an interval, then answers the signature, or nil when
    /// the watcher is stopping) until two answers in a row are the same.
    static func settle<S: Equatable>(from changed: S, poll: () async -> S?) async -> S {
        var last = changed
        while let again = await poll() {
            if again == last { break }
            last = again
        }
        return last
    }

    func buildOffThread() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                build()
                done.resume()
            }
        }
    }

    /// Every file under the seeds and templates folders with its size and modification time.
    func signature() -> [String: [Double]] {
        var out: [String: [Double]] = [:]
        let fm = FileManager.default
        for folder in [options.seeds, options.templates] {
            let base = folder.path
            for relative in (fm.enumerator(atPath: base)?.allObjects as? [String]) ?? [] {
                guard let attributes = try? fm.attributesOfItem(atPath: base + "/" + relative) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = Double((attributes[.size] as? Int) ?? 0)
                out[base + "/" + relative] = [modified, size]
            }
        }
        return out
    }
}
