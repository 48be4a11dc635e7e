import Foundation

/// What the load stage hands on: the source files and the analyst's dossier.yml.
public struct LoadedSeeds: Sendable {
    public var sources: [SourceFile]
    public var config: DossierConfig
    public var warnings: [BuildWarning]
    /// Content errors found while loading (dossier.yml, unreadable files). The build goes on to parse the
    /// sources anyway so that every error of a build is reported together.
    public var errors: [DossierError]
    /// A hash of dossier.yml and the note files as read (path and bytes): with the sources, everything a
    /// build reads from the seeds, so that a build can tell nothing changed since the last one.
    var configDigest = Hash128()
}

/// The first stage: reads the seeds folder (recursively) and dossier.yml. The only other stage that touches
/// the disk is the writer.
public struct SeedsLoader: Sendable {
    public var seeds: URL
    /// How the seeds folder is named in messages (the path the user typed).
    public var displayName: String

    /// The largest article file read: 1 GiB (text offsets are kept in 32 bits).
    static let largestArticle = 1 << 30

    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    public init(seeds: URL, displayName: String? = nil) {
        self.seeds = seeds
        self.displayName = displayName ?? seeds.path
    }

    func display(_ relative: String) -> String {
        displayName.hasSuffix("/") ? displayName + relative : displayName + "/" + relative
    }

    public func load() throws -> LoadedSeeds {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: seeds.path, isDirectory: &isDirectory) else {
            throw BuildFailure([DossierError(.load, file: displayName, "seeds folder not found")])
        }
        guard isDirectory.boolValue else {
            throw BuildFailure([DossierError(.load, file: displayName, "seeds must be a folder of articles, not a file")])
        }
        var errors: [DossierError] = []
        var warnings: [BuildWarning] = []

        var config = DossierConfig()
        var configDigest = Hash128()
        // When dossier.yml does not parse, the note files it names are still told apart from articles (by
        // `NotePath.mentioned`), so the build reports the YAML error and not a "no title" for every note too.
        var unparsedNotes: Set<String> = []
        let configURL = seeds.appendingPathComponent(DossierConfig.fileName)
        // A dossier.yml linked from outside the folder is skipped like any other such link (warned below).
        if FileManager.default.fileExists(atPath: configURL.path), SeedsFolder(seeds).isInside(DossierConfig.fileName) {
            let configName = display(DossierConfig.fileName)
            do {
                let data = try Data(contentsOf: configURL)
                configDigest.add(DossierConfig.fileName)
                configDigest.add(data)
                guard case let .success(text) = SourceText.decode(data, encoding: nil) else {
                    throw BuildFailure([DossierError(.load, file: configName, "dossier.yml is not valid UTF-8")])
                }
                do {
                    config = try DossierConfig.decode(text, file: configName)
                } catch {
                    unparsedNotes = NotePath.mentioned(in: text)
                    throw error
                }
            } catch let failure as BuildFailure {
                errors += failure.errors
            } catch {
                errors.append(DossierError(.load, file: configName, "cannot read: \(error.localizedDescription)"))
            }
        }

        // Notes the analyst keeps in .md files are read here and are not articles.
        let notePaths = Set(config.entities.compactMap(\.notePath)).union(unparsedNotes)
        for index in config.entities.indices {
            guard let path = config.entities[index].notePath else { continue }
            let url = seeds.appendingPathComponent(path)
            guard SeedsFolder(seeds).isInside(path), let data = FileManager.default.contents(atPath: url.path) else {
                errors.append(DossierError(
                    .load, file: display(DossierConfig.fileName), line: config.entities[index].line,
                    "note file '\(path)' for '\(config.entities[index].name)' not found in \(displayName)"))
                continue
            }
            configDigest.add(path)
            configDigest.add(data)
            switch SourceText.decode(data, encoding: nil) {
            case let .success(text): config.entities[index].note = text
            case let .failure(.invalidUTF8(offset)):
                errors.append(DossierError(.load, file: display(path), "not valid UTF-8 (first bad byte at offset \(offset))"))
            }
        }

        let folder = SeedsFolder(seeds)
        let listing = folder.list()
        for (link, target) in listing.outside {
            warnings.append(BuildWarning(file: display(link), "skipped: a symbolic link to \(target), outside \(displayName)"))
        }
        var articles: [String] = []
        for relative in listing.files {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if relative == DossierConfig.fileName || notePaths.contains(relative) { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard Self.articleExtensions.contains(ext) else {
                warnings.append(BuildWarning(file: display(relative), "skipped: not an article (.txt, .md)"))
                continue
            }
            articles.append(relative)
        }
        // Read on every core (a rebuild reads every source to see what changed), told in listing order.
        let seeds = self.seeds
        var sources: [SourceFile] = []
        for (relative, read) in zip(articles, concurrentMap(articles) { Self.read($0, in: seeds) }) {
            switch read {
            case let .source(file): sources.append(file)
            case let .tooLarge(size):
                errors.append(DossierError(.load, file: display(relative), "too large for an article (\(size) bytes; at most \(Self.largestArticle) bytes, 1 GiB)"))
            case let .failed(reason):
                errors.append(DossierError(.load, file: display(relative), "cannot read the file: \(reason)"))
            }
        }

        let present = Set(sources.map(\.path))
        for (name, settings) in config.sources.sorted(by: { $0.key < $1.key }) where !present.contains(name) {
            errors.append(DossierError(
                .load, file: display(DossierConfig.fileName), line: settings.line,
                "sources: '\(name)' does not exist in \(displayName)"))
        }
        if sources.isEmpty, errors.isEmpty {
            throw BuildFailure([DossierError(.load, file: displayName, "no articles found: add .txt or .md files")])
        }
        return LoadedSeeds(sources: sources, config: config, warnings: warnings, errors: errors, configDigest: configDigest)
    }

    enum Read: Sendable {
        case source(SourceFile)
        case tooLarge(Int)
        case failed(String)
    }

    /// One article's bytes. Text offsets are kept in 32 bits (see `Token`): a file past `largestArticle`
    /// is refused by its size, before it is read.
    static func read(_ relative: String, in seeds: URL) -> Read {
        let url = seeds.appendingPathComponent(relative)
        var info = stat()
        if stat(url.path, &info) == 0, Int(info.st_size) > largestArticle { return .tooLarge(Int(info.st_size)) }
        do {
            return .source(SourceFile(path: relative, bytes: try Data(contentsOf: url)))
        } catch {
            return .failed(reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
