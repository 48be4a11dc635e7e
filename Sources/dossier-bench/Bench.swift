import DossierKit
import Foundation

/// `make bench`: times every pipeline stage of a real build (render and write run together, as in
/// `dossier build`) and prints pages, files, bytes, peak memory and the CPU/wall ratio.
/// Usage: dossier-bench [ARTICLES]                  a synthetic dossier (default 3000 articles)
///        dossier-bench --corpus DIR [--copies N]   real articles: every .txt and .md under DIR, N times
/// Speed is measured here, never asserted in tests.
@main
struct Bench {
    static func main() {
        do {
            try run()
        } catch let failure as BuildFailure {
            for e in failure.errors.prefix(20) { FileHandle.standardError.write(Data("\(e.description)\n".utf8)) }
            exit(1)
        } catch {
            FileHandle.standardError.write(Data("dossier-bench: \(error)\n(run it from the project folder: it renders with ./Templates)\n".utf8))
            exit(1)
        }
    }

    static func run() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        func value(_ flag: String) -> String? {
            arguments.firstIndex(of: flag).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())")
        // DOSSIER_BENCH_KEEP=1 keeps the seeds and site for a look (the folder is printed).
        let keep = ProcessInfo.processInfo.environment["DOSSIER_BENCH_KEEP"] != nil
        defer { if keep { print("kept \(work.path)") } else { try? FileManager.default.removeItem(at: work) } }
        let seeds = work.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        let (count, bytes): (Int, Int)
        if let corpus = value("--corpus"), !corpus.isEmpty {
            let copies = max(1, value("--copies").flatMap(Int.init) ?? 1)
            (count, bytes) = try RealCorpus.copy(URL(fileURLWithPath: corpus), copies: copies, into: seeds)
            print("dossier bench: \(corpus) ×\(copies): \(count) articles, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB of text")
        } else {
            (count, bytes) = try SyntheticNews.write(arguments.first.flatMap(Int.init) ?? 3000, into: seeds)
            print("dossier bench: \(count) synthetic articles, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB of text")
        }
        let options = BuildOptions(seeds: seeds.path, templates: "Templates", output: work.appendingPathComponent("Site").path)
        let started = Usage.now()
        let pageTimes = PageTimes()
        let summary = try DossierBuild.build(options, pageTimes: pageTimes)
        let used = Usage.now().since(started)
        for stage in summary.stages {
            print("  \(stage.name.padding(toLength: 13, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", stage.seconds)) s")
            if stage.name == "resolve" {
                for step in summary.resolveSteps {
                    print("    \(step.name.padding(toLength: 23, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", step.seconds)) s")
                }
            }
        }
        print("  pages by kind (thread time, view model and templates):")
        for kind in pageTimes.all() {
            print("    \(kind.template.padding(toLength: 11, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", kind.seconds)) s  \(kind.pages) pages")
        }
        let site = work.appendingPathComponent("Site")
        let index = (try? FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("search/index.js").path)[.size] as? Int) ?? 0
        print("  search index \(String(format: "%.2f", Double(index) / 1_048_576)) MiB (loaded by the search box)")
        print("  total         \(String(format: "%8.3f", used.wall)) s wall, \(String(format: "%.3f", used.cpu)) s CPU (CPU/wall \(String(format: "%.2f", used.cpu / max(used.wall, 1e-9)))), peak memory \(used.peakMiB) MiB")
        print("  \(summary.pages) pages, \(summary.files) files, \(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MiB written; \(String(format: "%.2f", used.wall * 1000 / Double(max(count, 1)))) ms per article; \(summary.entities) entities, \(summary.events) events")

        // The analyst's loop: one article edited, the site built again with the cache of the builds before,
        // five times over (the first rebuild after a build from scratch has no spare site to build in yet;
        // the median is what an analyst editing article after article waits).
        let texts = (FileManager.default.enumerator(atPath: seeds.path)?.allObjects.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        if !texts.isEmpty {
            var walls: [Double] = []
            for round in 0..<5 {
                let url = seeds.appendingPathComponent(texts[(round * 7919) % texts.count])
                var text = try String(contentsOf: url, encoding: .utf8)
                text += "\n\nAn added paragraph, as an analyst's edit would add one.\n"
                try Data(text.utf8).write(to: url)
                // An analyst's edits come seconds apart, and by then the build before has freed its model on a
                // thread of its own (`Leftovers`); back to back, that freeing ran during the rebuild measured.
                Thread.sleep(forTimeInterval: 1)
                let again = Usage.now()
                let rebuilt = try DossierBuild.build(options)
                let took = Usage.now().since(again)
                walls.append(took.wall)
                let stages = rebuilt.stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds))" }.joined(separator: ", ")
                print("  rebuild \(round + 1) after one edited article: \(String(format: "%.3f", took.wall)) s wall (\(String(format: "%.0f", took.wall / max(used.wall, 1e-9) * 100))% of the full build), \(String(format: "%.3f", took.cpu)) s CPU; \(stages)")
                print("    resolve: " + rebuilt.resolveSteps.map { "\($0.name) \(String(format: "%.2f", $0.seconds))" }.joined(separator: ", "))
            }
            let median = walls.sorted()[walls.count / 2]
            print("  rebuild after one edited article, median of \(walls.count): \(String(format: "%.3f", median)) s wall (\(String(format: "%.1f", median / max(used.wall, 1e-9) * 100))% of the full build)")
            // And once more with nothing changed: what `make site` costs when the site is already current.
            let idle = Usage.now()
            let unchanged = try DossierBuild.build(options)
            let checked = Usage.now().since(idle)
            print("  build with nothing changed: \(String(format: "%.3f", checked.wall)) s wall (\(String(format: "%.1f", checked.wall / max(used.wall, 1e-9) * 100))% of the full build)\(unchanged.upToDate ? ", nothing written" : "")")
        }
    }
}

#if os(Linux)
let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// Wall and CPU time of this process, and its peak resident memory (getrusage).
struct Usage {
    var wall: Double
    var cpu: Double
    var peakMiB: Int

    static func now() -> Usage {
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return Usage(wall: Double(DispatchTime.now().uptimeNanoseconds) / 1e9,
                     cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakMiB: Int(usage.ru_maxrss) / 1024) // kilobytes on Linux
    }

    func since(_ start: Usage) -> Usage {
        Usage(wall: wall - start.wall, cpu: cpu - start.cpu, peakMiB: peakMiB)
    }
}

/// Real articles for the bench: every .txt and .md under a folder (its own dossier.yml ignored), copied
/// `copies` times into sub-folders c1…cN, with a dossier.yml that decodes old Windows text as such.
enum RealCorpus {
    static func copy(_ corpus: URL, copies: Int, into seeds: URL) throws -> (count: Int, bytes: Int) {
        let fm = FileManager.default
        let base = corpus.standardizedFileURL.path
        guard let all = fm.enumerator(atPath: base)?.allObjects as? [String] else {
            throw BuildFailure([DossierError(.load, file: base, "corpus folder not found")])
        }
        let articles = all.filter { ["txt", "md"].contains(($0 as NSString).pathExtension) }.sorted()
        var count = 0, bytes = 0
        for c in 1...copies {
            for (n, relative) in articles.enumerated() {
                let data = try Data(contentsOf: URL(fileURLWithPath: base + "/" + relative))
                let target = seeds.appendingPathComponent("c\(c)/\(String(format: "%05d", n + 1)).\((relative as NSString).pathExtension)")
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: target)
                count += 1
                bytes += data.count
            }
        }
        try Data("title: Benchmark\nfallback_encoding: windows-1252\n".utf8).write(to: seeds.appendingPathComponent("dossier.yml"))
        return (count, bytes)
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

    /// Writes `count` synthetic articles (every fifth a Markdown wire story) into `seeds`.
    static func write(_ count: Int, into seeds: URL) throws -> (count: Int, bytes: Int) {
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
        return (count, bytes)
    }

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
