import DossierKit
import Foundation

/// What `dossier build` prints: warnings and review items (counted, or listed with `--verbose`), and one
/// summary line with each stage's time.
enum BuildReport {
    /// Up to this many warnings are printed one a line without `--verbose`; the rest are counted.
    static let warningsShown = 10

    static func lines(_ summary: BuildSummary, output: String, verbose: Bool) -> [String] {
        var lines = summary.notices.map(\.description)
        let warnings = summary.warnings.map(\.description)
        lines += verbose ? warnings : Array(warnings.prefix(warningsShown))
        if !verbose, warnings.count > warningsShown {
            lines.append("… and \(warnings.count - warningsShown) more warnings, listed on \(output)/review.html (or run with --verbose)")
        }
        let review = summary.review
        if verbose {
            for a in review.ambiguous {
                lines.append("review: ‘\(a.form)’ could be \(a.candidates.joined(separator: " or ")); not linked (see \(output)/review.html)")
            }
            for d in review.possibleDuplicates {
                lines.append("review: ‘\(d.first)’ and ‘\(d.second)’ may be one entity: \(d.reason) (see \(output)/review.html)")
            }
        } else {
            var parts: [String] = []
            if !review.ambiguous.isEmpty { parts.append(count(review.ambiguous.count, "ambiguous short form", "ambiguous short forms")) }
            if !review.possibleDuplicates.isEmpty {
                parts.append(count(review.possibleDuplicates.count, "possible duplicate entity", "possible duplicate entities"))
            }
            if !parts.isEmpty {
                lines.append("review: \(parts.joined(separator: ", ")) to look at in \(output)/review.html (--verbose lists them)")
            }
        }
        return lines
    }

    static func summary(_ summary: BuildSummary, output: String, seconds: Double) -> String {
        let stages = summary.stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", ")
        let warnings = summary.warnings.isEmpty ? "" : ", \(count(summary.warnings.count, "warning", "warnings"))"
        if summary.upToDate {
            return "\(output)/ is up to date: nothing changed since the last build of its \(count(summary.sources, "source", "sources")) (\(summary.entities) entities, \(summary.events) events; \(summary.pages) pages, \(summary.files) files), checked in \(String(format: "%.2f", seconds)) s\(warnings)."
        }
        let carried = summary.carriedOver == 0 ? "" : " (\(summary.carriedOver) unchanged since the last build)"
        return "Built \(output)/ from \(count(summary.sources, "source", "sources")) (\(summary.entities) entities, \(summary.events) events): \(summary.pages) pages, \(summary.files) files\(carried) written in \(String(format: "%.2f", seconds)) s (\(stages))\(warnings)."
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}

/// A line on an interactive terminal that says where a long build is, rewritten in place and cleared at the
/// end; nothing at all when stderr is a file or a pipe, so logs stay clean.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = false
    private var last = ""

    static func forStandardError() -> ProgressLine? {
        isatty(2) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb" ? ProgressLine() : nil
    }

    func show(_ progress: BuildProgress) {
        let text = progress.total > 0 ? "\(progress.stage) \(progress.done) of \(progress.total) files" : "\(progress.stage)…"
        lock.lock(); defer { lock.unlock() }
        guard text != last else { return }
        last = text
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    func clear() {
        lock.lock(); defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
