/// The one error type of a build: which stage failed, in which file and line, and why.
public struct DossierError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Stage: String, Sendable {
        case load, parse, extract, resolve, render, write, usage
    }

    public var stage: Stage
    /// Path as the user gave it (relative to the current folder where possible).
    public var file: String?
    public var line: Int?
    public var message: String

    public init(_ stage: Stage, file: String? = nil, line: Int? = nil, _ message: String) {
        self.stage = stage
        self.file = file
        self.line = line
        self.message = message
    }

    /// `seeds/dossier.yml:12: error: unknown key 'titel'` — the form compilers use, so editors can jump to it.
    public var description: String {
        "\(placePrefix(file, line))error: \(message)"
    }
}

/// All content errors of one build, reported together.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var errors: [DossierError]

    public init(_ errors: [DossierError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

/// Something the analyst should look at that does not stop the build: printed and listed on the review page.
public struct BuildWarning: Sendable, Equatable, Hashable, CustomStringConvertible, Codable {
    public var file: String?
    public var line: Int?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(placePrefix(file, line))warning: \(message)"
    }
}

/// `file:line: ` (or `file: `, or nothing): the place prefix of errors and warnings.
func placePrefix(_ file: String?, _ line: Int?) -> String {
    guard let file else { return "" }
    return line.map { "\(file):\($0): " } ?? "\(file): "
}
