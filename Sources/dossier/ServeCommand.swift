import ArgumentParser
import DossierKit
import DossierServe

extension DossierCommand {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site, serve it on 127.0.0.1 and rebuild it on every change.",
            discussion: """
                Watches the seeds and templates folders and rebuilds when a file changes; open pages reload by \
                themselves. A build that fails is reported in the terminal and at the top of every page, with \
                file and line, while the last good site stays served. The reload script is added only to the \
                pages served: the site written to --output is the same as `dossier build` writes.
                """)

        @OptionGroup var locations: Locations
        @OptionGroup var folders: SiteFolders

        @Option(name: .long, help: "Port on 127.0.0.1 to serve on.")
        var port: Int = 8000

        func run() async throws {
            let options = BuildOptions(seeds: locations.seeds, templates: folders.templates, output: folders.output)
            try await DossierServer.run(options: options, port: port, log: { Terminal.error($0) })
        }
    }
}
