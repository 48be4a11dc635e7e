import ArgumentParser
import DossierKit
import Foundation

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn a folder of news articles into an annotated dossier: a static website.",
        discussion: """
            Sources are .txt files (first line the headline, blank lines between paragraphs) and .md files \
            (Markdown with optional YAML front matter) under the seeds folder. seeds/dossier.yml holds what \
            the analyst knows: title, description, per-source metadata, entities (kinds, aliases, notes), \
            ignore and merge lists, events and annotations pinned to quotes. See README.md for the formats.
            """,
        subcommands: [Build.self, Serve.self, Entities.self],
        defaultSubcommand: nil
    )
}

struct Locations: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of source articles and dossier.yml.", valueName: "dir"))
    var seeds: String = "seeds"
}

/// The templates and output folders, shared by `build` and `serve`.
struct SiteFolders: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of Mustache templates and assets.", valueName: "dir"))
    var templates: String = "Templates"

    @Option(name: .long, help: ArgumentHelp("Folder to write the site into (replaced whole).", valueName: "dir"))
    var output: String = "Site"
}

extension DossierCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site from the seeds folder.",
            discussion: """
                Builds into a temporary folder beside the output and swaps it in only when the whole build \
                succeeded: on any error the previous site is left as it was. Errors name the file and line \
                and the command exits with status 1. A cache beside the output (.dossier-cache/, safe to \
                delete) lets the next build parse only changed sources, skip resolving names when an edit \
                found no new one, and render only changed pages; when nothing changed at all, nothing is \
                written.
                """)

        @OptionGroup var locations: Locations
        @OptionGroup var folders: SiteFolders
        var templates: String { folders.templates }
        var output: String { folders.output }

        @Flag(name: .long, help: "List every warning and review item, not only their count.")
        var verbose = false

        func run() throws {
            let started = Date()
            var options = BuildOptions(seeds: locations.seeds, templates: templates, output: output)
            options.exitsAfter = true
            let line = ProgressLine.forStandardError()
            do {
                var progress: (@Sendable (BuildProgress) -> Void)?
                if let line { progress = { line.show($0) } }
                let summary = try DossierBuild.build(options, progress: progress)
                line?.clear()
                for text in BuildReport.lines(summary, output: output, verbose: verbose) { Terminal.error(text) }
                print(BuildReport.summary(summary, output: output, seconds: Date().timeIntervalSince(started)))
            } catch let failure as BuildFailure {
                line?.clear()
                Terminal.fail(failure, output: output)
            }
        }
    }
}

extension DossierCommand {
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the most mentioned entities for review, without building the site.",
            discussion: """
                One row per entity, most mentions first: name, kind, mentions, sources, the forms merged into \
                it with how often each is written (a bad merge shows at once), and why it has its kind. Then \
                the review list: ambiguous short forms and possible duplicates.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        @OptionGroup var locations: Locations

        @Option(name: .long, help: "Output format: table or json.")
        var format: Format = .table

        @Option(name: .long, help: "How many entities to list, most mentioned first (0 for all).")
        var top: Int = EntityReport.defaultTop

        func run() throws {
            let options = BuildOptions(seeds: locations.seeds, templates: "Templates", output: "Site")
            do {
                let dossier = try DossierBuild.model(options)
                switch format {
                case .table: print(EntityReport.table(dossier, top: max(0, top)), terminator: "")
                case .json: print(EntityReport.json(dossier, top: max(0, top)), terminator: "")
                }
            } catch let failure as BuildFailure {
                for e in failure.errors { Terminal.error(e.description) }
                Foundation.exit(1)
            }
        }
    }
}

enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func fail(_ failure: BuildFailure, output: String) -> Never {
        for e in failure.errors { error(e.description) }
        let n = failure.errors.count
        error("dossier: build failed with \(n) error\(n == 1 ? "" : "s"); \(output)/ was left as it was.")
        Foundation.exit(1)
    }
}
