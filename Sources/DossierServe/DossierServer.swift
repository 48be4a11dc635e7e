import DossierKit
import Foundation
import Hummingbird

/// `dossier serve`: builds the site, serves it on 127.0.0.1 only, rebuilds on every change to the seeds or
/// templates, and reloads open pages. Files are read from the output folder at each request, so a request
/// always sees one whole build (the writer swaps the folder in at once).
public enum DossierServer {
    public static func run(options: BuildOptions, port: Int, log: @escaping @Sendable (String) -> Void) async throws {
        let site = LiveSite()
        let watcher = Watcher(options: options, site: site, log: log)
        let folder = options.output
        let router = Router()
        router.get(RouterPath(LiveReload.statusPath)) { _, _ -> Response in
            let state = site.current
            return response(Data(LiveReload.statusJSON(version: state.version, errors: state.errors).utf8),
                            type: "application/json; charset=utf-8")
        }
        router.get("/") { _, _ -> Response in file("index.html", in: folder, site: site) }
        router.get("**") { request, _ -> Response in file(request.uri.path, in: folder, site: site) }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "dossier"),
            onServerRunning: { _ in log("serving http://127.0.0.1:\(port)/ (Ctrl-C to stop)") })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await watcher.run() }
            group.addTask { try await app.runService() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// A file of the site; HTML pages get the reload script (and the error banner after a failed build).
    static func file(_ requestPath: String, in folder: URL, site: LiveSite) -> Response {
        guard let relative = sitePath(requestPath) else { return notFound() }
        var path = folder.path + "/" + relative
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path += "/index.html"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let state = site.current
            if state.version == 0 { return page("<!DOCTYPE html><html><body><p>Building…</p></body></html>", site: site) }
            return notFound()
        }
        let type = contentType(path)
        if type.hasPrefix("text/html") { return page(String(decoding: data, as: UTF8.self), site: site) }
        return response(data, type: type)
    }

    static func page(_ html: String, site: LiveSite) -> Response {
        let state = site.current
        return response(Data(LiveReload.inject(into: html, version: state.version, errors: state.errors).utf8),
                        type: "text/html; charset=utf-8")
    }

    /// The path under the site folder a URL path names, or nil for one that would climb out of it.
    static func sitePath(_ urlPath: String) -> String? {
        let decoded = urlPath.removingPercentEncoding ?? urlPath
        let parts = decoded.split(separator: "/")
        guard parts.allSatisfy({ $0 != ".." && $0 != "." && !$0.hasPrefix(".") && !$0.contains("\\") && !$0.contains("\0") }) else {
            return nil
        }
        return parts.joined(separator: "/")
    }

    static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "jsonld": "application/ld+json; charset=utf-8",
        "csv": "text/csv; charset=utf-8", "svg": "image/svg+xml", "txt": "text/plain; charset=utf-8",
        "png": "image/png", "ico": "image/x-icon", "woff2": "font/woff2",
    ]

    static func contentType(_ path: String) -> String {
        types[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }

    static func response(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func notFound() -> Response {
        response(Data("not found\n".utf8), type: "text/plain; charset=utf-8", status: .notFound)
    }
}
