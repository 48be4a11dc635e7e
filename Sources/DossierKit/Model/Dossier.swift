/// The one model every page is rendered from. Plain values, computed once by the resolve stage.
public struct Dossier: Sendable {
    public var title: String
    public var description: String?
    /// Sources in display order: by publication date (undated last), then by file.
    public var articles: [Article]
    public var warnings: [BuildWarning]
    public var entities: [Entity] = []
    public var review = Review()

    public var paragraphCount: Int { articles.reduce(0) { $0 + $1.paragraphs.count } }
}

extension Dossier {
    /// The text of a headline, paragraph or caption.
    public func text(at location: TextLocation) -> String {
        let article = articles[location.article]
        if location.block == "title" { return article.title }
        let number = (Int(location.block.dropFirst()) ?? 0) - 1
        if location.block.hasPrefix("c") { return article.captions.indices.contains(number) ? article.captions[number].text : "" }
        return article.paragraphs.indices.contains(number) ? article.paragraphs[number].text : ""
    }
}

/// The resolve stage: slugs, order, entities.
public enum DossierResolver {
    public static func resolve(_ parsed: [Article], config: DossierConfig, warnings: [BuildWarning]) -> Dossier {
        // Slugs come from the file path, not the headline: an edited title must not break links into the site.
        let byPath = parsed.sorted { $0.file < $1.file }
        let slugs = Slug.unique(byPath.map { Slug.make(pathWithoutExtension($0.file)) })
        var articles = zip(byPath, slugs).map { article, slug in
            var a = article
            a.slug = slug
            return a
        }
        articles.sort { a, b in
            switch (a.metadata.published, b.metadata.published) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.file < b.file
            }
        }
        var dossier = Dossier(title: config.title, description: config.description, articles: articles, warnings: warnings)
        let found = EntityStage.run(articles, config: config)
        dossier.entities = found.entities
        dossier.review = found.review
        for name in found.review.unmentioned {
            dossier.warnings.append(BuildWarning(file: DossierConfig.fileName, "entity '\(name)' is described but no source mentions it"))
        }
        return dossier
    }

    static func pathWithoutExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path }
        return String(path[..<dot])
    }
}
