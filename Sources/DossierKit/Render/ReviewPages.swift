
/// `review.html` and the full lists behind it. A big dossier has thousands of undated sources or possible
/// duplicates: review.html shows each section's count and first `shownOnReview` items, and links to every
/// page of the section's full list (`review/undated-2.html` …, `pageSize` items a page), so no page grows
/// with the dossier and every item is two clicks from the front page.
enum ReviewPages {
    static let shownOnReview = 50
    static let pageSize = 300

    /// The sections in page order: the key names the pages, the label titles them.
    static let sections: [(key: String, label: String)] = [
        ("ambiguous", "Ambiguous short forms"), ("duplicates", "Possible duplicates"), ("ignored", "Ignored phrases"),
        ("undated", "Sources without a date of publication"), ("warnings", "Warnings"),
    ]

    static func path(_ section: String, page: Int) -> String { "review/\(section)-\(page).html" }

    static func pages(for dossier: Dossier, shown: Int = shownOnReview, pageSize: Int = pageSize) -> [SiteRenderer.Page] {
        let rows = self.rows(dossier)
        var pages = [SiteRenderer.Page(path: "review.html", kind: "review", title: "Review", template: "review") { root in
            var view = ReviewView(root: root, rows: rows.mapValues { withRoot(Array($0.prefix(shown)), root) })
            for (key, _) in sections where rows[key]!.count > shown {
                view.more[key] = ReviewView.More(count: rows[key]!.count, shown: shown,
                                                 pages: links(key, count: rows[key]!.count, pageSize: pageSize, root: root, current: nil))
            }
            return view
        }]
        for (key, label) in sections where rows[key]!.count > shown {
            let all = rows[key]!
            let pageCount = (all.count + pageSize - 1) / pageSize
            for n in 1...pageCount {
                let slice = Array(all[((n - 1) * pageSize)..<min(all.count, n * pageSize)])
                pages.append(SiteRenderer.Page(path: path(key, page: n), kind: "review", title: "Review: \(label) (\(n) of \(pageCount))",
                                               template: "review") { root in
                    var view = ReviewView(root: root, rows: [key: withRoot(slice, root)])
                    view.part = "\(label), page \(n) of \(pageCount)"
                    view.more[key] = ReviewView.More(count: all.count, shown: slice.count,
                                                     pages: links(key, count: all.count, pageSize: pageSize, root: root, current: n))
                    return view
                })
            }
        }
        return pages
    }

    static func links(_ key: String, count: Int, pageSize: Int, root: String, current: Int?) -> [ListLinkView] {
        (1...((count + pageSize - 1) / pageSize)).map { n in
            ListLinkView(label: String(n), href: root + path(key, page: n), count: min(pageSize, count - (n - 1) * pageSize), current: n == current)
        }
    }

    /// Links in rows are kept relative to the site's root until the page's depth is known.
    static func withRoot(_ rows: [ReviewView.Row], _ root: String) -> [ReviewView.Row] {
        rows.map { row in
            var row = row
            if let href = row.values["href"] { row.values["href"] = root + href }
            return row
        }
    }

    /// Every section's rows, in the order the review found them.
    static func rows(_ dossier: Dossier) -> [String: [ReviewView.Row]] {
        let review = dossier.review
        func place(_ l: TextLocation) -> String {
            "\(dossier.articles[l.article].file) \(EntityPages.blockLabel(l.block))"
        }
        return [
            "ambiguous": review.ambiguous.map { a in
                ReviewView.Row(values: ["form": a.form, "candidates": a.candidates.joined(separator: " · "),
                                        "places": a.locations.prefix(8).map(place).joined(separator: "; ")])
            },
            "duplicates": review.possibleDuplicates.map { d in
                ReviewView.Row(values: ["first": d.first, "second": d.second, "reason": d.reason])
            },
            "ignored": review.ignored.map { ReviewView.Row(values: ["phrase": $0.phrase, "count": String($0.count)]) },
            "warnings": dossier.warnings.map { ReviewView.Row(values: ["text": $0.description]) },
            "undated": undatedSources(dossier),
        ]
    }

    /// Sources with relative dates but no publication date: giving one places their events.
    static func undatedSources(_ dossier: Dossier) -> [ReviewView.Row] {
        var unresolved: [Int: [String]] = [:]
        for d in dossier.dates where d.value == nil { unresolved[d.location.article, default: []].append(d.text) }
        return unresolved.keys.sorted().map { a in
            let article = dossier.articles[a]
            let phrases = unresolved[a]!.uniqued()
            return ReviewView.Row(values: [
                "title": article.title, "href": "sources/\(article.slug).html", "file": article.file,
                "count": String(unresolved[a]!.count), "phrases": phrases.prefix(6).map { "“\($0)”" }.joined(separator: ", "),
            ])
        }
    }
}
