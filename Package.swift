// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // libcmark through its C API; only the Markdown module imports it.
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(
            name: "DossierKit",
            dependencies: [
                "Markdown",
                .product(name: "Yams", package: "Yams"),
            ],
            // General knowledge as data, one table per file (see Resources/README.md).
            resources: [.copy("Resources")]
        ),
        // `dossier serve`: its own module, so nothing else in DossierKit or its tests waits for the HTTP server.
        .target(
            name: "DossierServe",
            dependencies: ["DossierKit", "Markdown", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit",
                "DossierServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: times every stage on a synthetic dossier of thousands of articles.
        .executableTarget(name: "dossier-bench", dependencies: ["DossierKit"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        // swift-mustache only in the tests: the reference that dossier's own template engine is checked against.
        .testTarget(
            name: "DossierKitTests",
            dependencies: ["DossierKit", "Markdown", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["FuzzRegressions"]
        ),
        // The watcher's rules, apart: only these tests wait for the HTTP server to compile.
        .testTarget(name: "DossierServeTests", dependencies: ["DossierServe"]),
    ]
)

// `make fuzz`: a libFuzzer executable per parser of untrusted text (the checks live in DossierKit/Fuzz, so the
// regression tests replay them). They link only with -sanitize=fuzzer, so they exist only when DOSSIER_FUZZ
// is set and a normal build or `make test` never compiles them.
if Context.environment["DOSSIER_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzDriver", dependencies: ["DossierKit"]))
    for name in ["FuzzArticle", "FuzzFrontMatter", "FuzzConfig", "FuzzDates", "FuzzNames", "FuzzMarkdown"] {
        package.targets.append(.executableTarget(name: name, dependencies: ["FuzzDriver"]))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
