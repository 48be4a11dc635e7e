import Foundation

/// What the last finished build read and wrote, so that the next one can tell that nothing changed: the same
/// dossier binary, the same templates and the same seeds (every byte of every file the load stage read), and
/// an output folder still holding exactly the files that build wrote, untouched (see `SiteListing`). Then a
/// build from scratch would write those very bytes again, and the build stops there, telling what the last
/// one told (its warnings and review counts are kept here for that).
///
/// Removed before any build writes, and written again only once its site is swapped in and its page memo
/// saved: a record on disk always describes the site beside it, even after a build that was interrupted.
struct BuildRecord: Codable, Sendable {
    static let format = "dossier-build-record 1"

    /// A hash of everything the site is made from (see `inputs`).
    var inputs: String
    var sources: Int
    var pages: Int
    var files: Int
    var bytes: Int
    var entities: Int
    var events: Int
    var warnings: [BuildWarning]
    var review: Review

    static func file(in cacheFolder: URL, output: URL) -> URL {
        cacheFolder.appendingPathComponent("build-\(Slug.make(output.lastPathComponent)).json")
    }

    /// Everything that reaches the site's bytes or the build's messages: the binary, the templates, the
    /// folders as named in messages, dossier.yml and its notes, each source's path and bytes, and the load
    /// stage's warnings (skipped files and links).
    static func inputs(_ options: BuildOptions, seeds: LoadedSeeds, templates: TemplateSet) -> String {
        var hash = templates.digest
        for part in [format, CacheFile.binaryStamp, options.seeds.path, options.templates.path, options.output.path,
                     options.seedsName, options.templatesName, options.outputName] {
            hash.add(part)
        }
        hash.add(word: seeds.configDigest.a)
        hash.add(word: seeds.configDigest.b)
        hash.add(word: UInt64(seeds.sources.count))
        for source in seeds.sources {
            hash.add(source.path)
            hash.add(source.bytes)
        }
        for warning in seeds.warnings { hash.add(warning.description) }
        return hash.hex
    }

    static func load(_ file: URL) -> BuildRecord? {
        CacheFile.decode(BuildRecord.self, from: file, format: format).0
    }

    func save(to file: URL) {
        guard let payload = try? JSONEncoder.sorted.encode(self) else { return }
        CacheFile.write(payload, to: file, format: Self.format)
    }

    static func forget(_ file: URL) {
        unlink(file.path)
    }

    /// The summary of a build that found nothing to do: the last build's counts and messages, every file
    /// carried over, and the time the check took.
    func summary(checked seconds: Double) -> BuildSummary {
        var summary = BuildSummary(sources: sources, pages: pages, files: files, warnings: warnings, review: review,
                                   entities: entities, events: events, bytes: bytes, carriedOver: files,
                                   stages: [("check", seconds)])
        summary.upToDate = true
        return summary
    }
}
