import Foundation

/// What a build needs to know: where the seeds, templates and output are, and how to name them in messages.
public struct BuildOptions: Sendable {
    public var seeds: URL
    public var templates: URL
    public var output: URL
    public var seedsName: String
    public var templatesName: String
    public var outputName: String

    public init(seeds: String, templates: String, output: String, relativeTo base: URL? = nil) {
        let base = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        }
        self.seeds = url(seeds).standardizedFileURL
        self.templates = url(templates).standardizedFileURL
        self.output = url(output).standardizedFileURL
        seedsName = seeds
        templatesName = templates
        outputName = output
    }
}

public struct BuildSummary: Sendable {
    public var sources: Int
    public var pages: Int
    public var files: Int
    public var warnings: [BuildWarning]
    public var review: Review
    public var entities: Int
    public var events: Int
}

/// The whole pipeline: load → parse → resolve → render → write. Only the first and last touch the disk.
public enum DossierBuild {
    /// Everything up to the model, without rendering: used by `build` and by commands that only report.
    public static func model(_ options: BuildOptions) throws -> Dossier {
        let loader = SeedsLoader(seeds: options.seeds, displayName: options.seedsName)
        let seeds = try loader.load()
        let parser = ArticleParser(display: { [loader] in loader.display($0) })
        var errors = seeds.errors
        var warnings = seeds.warnings
        var articles: [Article] = []
        for result in parser.parseAll(seeds.sources, config: seeds.config) {
            errors += result.errors
            warnings += result.warnings
            if let article = result.article { articles.append(article) }
        }
        if !errors.isEmpty { throw BuildFailure(errors) }
        return try DossierResolver.resolve(articles, config: seeds.config, warnings: warnings)
    }

    /// The model and the templates, with every error of both reported together.
    static func prepare(_ options: BuildOptions) throws -> (Dossier, TemplateSet) {
        var errors: [DossierError] = []
        var templates: TemplateSet?
        var dossier: Dossier?
        do { dossier = try model(options) } catch let f as BuildFailure { errors += f.errors }
        do { templates = try TemplateSet.load(from: options.templates, displayName: options.templatesName) } catch let f as BuildFailure { errors += f.errors }
        guard errors.isEmpty, let templates, let dossier else { throw BuildFailure(errors) }
        return (dossier, templates)
    }

    /// Renders the site in memory (no disk writes): what `build` would write.
    public static func render(_ options: BuildOptions) throws -> [OutputFile] {
        let (dossier, templates) = try prepare(options)
        return SiteRenderer(templates: templates).render(dossier)
    }

    @discardableResult
    public static func build(_ options: BuildOptions) throws -> BuildSummary {
        let writer = SiteWriter(output: options.output, displayName: options.outputName)
        try writer.checkSafe(seeds: options.seeds, templates: options.templates)
        let (dossier, templates) = try prepare(options)
        let files = SiteRenderer(templates: templates).render(dossier)
        try writer.write(files)
        return BuildSummary(
            sources: dossier.articles.count, pages: files.filter { $0.path.hasSuffix(".html") }.count,
            files: files.count, warnings: dossier.warnings, review: dossier.review, entities: dossier.entities.count,
            events: dossier.events.count)
    }
}
