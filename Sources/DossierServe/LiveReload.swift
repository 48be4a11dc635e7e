import Foundation
import Markdown

/// What the server adds to HTML pages, and only there: the published site never has it. A script asks the
/// server for its build number every half second and reloads the page when it changes; when the last build
/// failed, a banner at the top of the page shows its errors.
enum LiveReload {
    static let statusPath = "/__dossier/status"

    static func script(version: Int) -> String {
        """
        <script>
        (function () {
          var version = \(version);
          function poll() {
            fetch("\(statusPath)", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
              if (s.version !== version) { location.reload(); return; }
              setTimeout(poll, 500);
            }, function () { setTimeout(poll, 1000); });
          }
          setTimeout(poll, 500);
        })();
        </script>
        """
    }

    /// The banner listing a failed build's errors, escaped: error text quotes the user's files.
    static func banner(errors: [String]) -> String {
        guard !errors.isEmpty else { return "" }
        let items = errors.map { "<li>\(HTMLEscape.attribute($0))</li>" }.joined()
        return """
            <div id="dossier-build-error" role="alert" style="position:sticky;top:0;z-index:1000;background:#7a0f0f;color:#fff;\
            padding:.75em 1em;font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap"><strong>Build failed: this is the \
            last good site.</strong><ul style="margin:.5em 0 0;padding-left:1.2em">\(items)</ul></div>
            """
    }

    /// The page with the banner after `<body…>` and the script before `</body>` (or at the end).
    static func inject(into html: String, version: Int, errors: [String]) -> String {
        var page = html
        let banner = banner(errors: errors)
        if !banner.isEmpty {
            if let body = page.range(of: "<body"), let close = page[body.upperBound...].firstIndex(of: ">") {
                page.insert(contentsOf: banner, at: page.index(after: close))
            } else {
                page = banner + page
            }
        }
        let script = script(version: version)
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: script, at: end.lowerBound)
        } else {
            page += script
        }
        return page
    }

    struct Status: Encodable {
        var version: Int
        var errors: [String]
    }

    static func statusJSON(version: Int, errors: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Status(version: version, errors: errors))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
