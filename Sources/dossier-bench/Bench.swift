import DossierKit
import Foundation

/// `make bench`: builds a synthetic dossier of many articles and times every pipeline stage.
/// Usage: dossier-bench [ARTICLES] (default 3000). Speed is measured here, never asserted in tests.
@main
struct Bench {
    static func main() {
        do {
            try run()
        } catch {
            FileHandle.standardError.write(Data("dossier-bench: \(error)\n(run it from the project folder: it renders with ./Templates)\n".utf8))
            exit(1)
        }
    }

    static func run() throws {
        let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 3000
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())")
        // DOSSIER_BENCH_KEEP=1 keeps the synthetic seeds and site for a look (the folder is printed).
        let keep = ProcessInfo.processInfo.environment["DOSSIER_BENCH_KEEP"] != nil
        defer { if keep { print("kept \(work.path)") } else { try? FileManager.default.removeItem(at: work) } }
        let seeds = work.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        var generator = SyntheticNews(seed: 20_170_413)
        var bytes = 0
        for i in 0..<count {
            let text = generator.article(number: i)
            bytes += text.utf8.count
            let name = i % 5 == 0 ? String(format: "wire/%05d.md", i) : String(format: "%05d.txt", i)
            let url = seeds.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        print("dossier bench: \(count) articles, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB of text")

        let templatesFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates")
        var timings: [(String, Double)] = []
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try body()
            timings.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        let loaded = try time("load") { try SeedsLoader(seeds: seeds).load() }
        let parser = ArticleParser()
        let articles = time("parse") {
            parser.parseAll(loaded.sources, config: loaded.config).compactMap(\.article)
        }
        let steps = StepLog()
        let dossier = try time("resolve") {
            try DossierResolver.resolve(articles, config: loaded.config, warnings: [], timer: { steps.add($0, $1) })
        }
        let templates = try time("templates") { try TemplateSet.load(from: templatesFolder, displayName: "Templates") }
        let files = time("render") { SiteRenderer(templates: templates).render(dossier) }
        try time("write") { try SiteWriter(output: work.appendingPathComponent("Site")).write(files) }
        let total = timings.reduce(0) { $0 + $1.1 }
        for (name, seconds) in timings {
            print("  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", seconds)) s")
            if name == "resolve" {
                for (step, s) in steps.all() { print("    \(step.padding(toLength: 12, withPad: " ", startingAt: 0)) \(String(format: "%6.3f", s)) s") }
            }
        }
        let pages = files.filter { $0.path.hasSuffix(".html") }.count
        let outBytes = files.reduce(0) { $0 + $1.bytes.count }
        let index = files.first { $0.path == "search/index.js" }?.bytes.count ?? 0
        let shards = files.filter { $0.path.hasPrefix("search/s") }.reduce(0) { $0 + $1.bytes.count }
        print("  search index \(String(format: "%.2f", Double(index) / 1_048_576)) MiB (loaded by the search box), sentence shards \(String(format: "%.1f", Double(shards) / 1_048_576)) MiB in all (loaded per source found)")
        print("  total      \(String(format: "%8.3f", total)) s: \(pages) pages, \(String(format: "%.1f", Double(outBytes) / 1_048_576)) MiB written, \(String(format: "%.2f", total * 1000 / Double(max(count, 1)))) ms per article")
    }
}

/// Deterministic news-like text: names, places, organisations, dates, quotes and the furniture a scraper
/// leaves behind, so every stage does real work.
struct SyntheticNews {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }

    mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    static let first = ["Maria", "John", "Ahmed", "Olga", "Chen", "Fatima", "Pierre", "Aisha", "Viktor", "Lucia", "Kwame", "Hiroshi"]
    static let last = ["Alvarez", "Smith", "Rahimi", "Petrova", "Wei", "Haddad", "Dubois", "Okafor", "Ivanov", "Rossi", "Mensah", "Tanaka"]
    static let places = ["Moscow", "Tehran", "Washington", "Brussels", "Damascus", "Beijing", "London", "Nairobi", "Ankara", "Baghdad"]
    static let orgs = ["Ministry of Defence", "United Nations Security Council", "European Commission", "Central Bank", "Revolutionary Guard Corps", "World Health Organization", "National Oil Company"]
    static let titles = ["Gen.", "Minister", "Sen.", "Dr.", "President", "Rep."]
    static let verbs = ["said", "told reporters", "warned", "confirmed", "denied"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

    mutating func person() -> String { "\(pick(Self.first)) \(pick(Self.last))" }

    mutating func sentence() -> String {
        switch next(5) {
        case 0: return "\(pick(Self.titles)) \(person()) arrived in \(pick(Self.places)) on \(pick(Self.weekdays)) to meet officials of the \(pick(Self.orgs))."
        case 1: return "“We will not accept this,” \(person()) \(pick(Self.verbs)), adding that the \(pick(Self.orgs)) had been informed in \(2010 + next(12))."
        case 2: return "The \(pick(Self.orgs)) said in a statement that talks in \(pick(Self.places)) would resume in March \(2015 + next(8))."
        case 3: return "According to \(person()), a spokesperson, more than \(next(900) + 100) people attended the meeting in \(pick(Self.places))."
        default: return "Officials in \(pick(Self.places)) and \(pick(Self.places)) declined to comment on reports that \(person()) had left the country."
        }
    }

    mutating func article(number: Int) -> String {
        var paragraphs: [String] = []
        for _ in 0..<(4 + next(8)) {
            paragraphs.append((0..<(1 + next(4))).map { _ in sentence() }.joined(separator: " "))
        }
        let headline = "\(person()) visits \(pick(Self.places)) as \(pick(Self.orgs)) weighs response"
        if number % 5 == 0 {
            return "---\ntitle: \(headline)\npublished: 20\(10 + next(12))-0\(1 + next(9))-1\(next(10))\noutlet: Wire\n---\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
        }
        var text = headline + "\n\n"
        if number % 3 == 0 { text += "In this photo, \(person()) speaks in \(pick(Self.places)).\n\(person())/AP\n\n" }
        text += paragraphs.joined(separator: "\n\n")
        if number % 4 == 0 { text += "\n\n[Photo: \(person()) / Reuters ]" }
        if number % 7 == 0 { text += "\n\nPlease let us know if you're having issues with commenting." }
        return text + "\n"
    }
}

/// Step timings reported from inside the resolve stage.
final class StepLog: @unchecked Sendable {
    private var steps: [(String, Double)] = []
    private let lock = NSLock()
    func add(_ name: String, _ seconds: Double) { lock.lock(); steps.append((name, seconds)); lock.unlock() }
    func all() -> [(String, Double)] { lock.lock(); defer { lock.unlock() }; return steps }
}
