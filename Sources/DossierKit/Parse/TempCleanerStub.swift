// TEMPORARY until FurnitureCleaner.swift lands; deleted then.
public struct TextBlock: Sendable, Equatable { public var text: String; public var line: Int; public init(text: String, line: Int) { self.text = text; self.line = line } }
public struct Furniture: Sendable, Equatable { public enum Kind: String, Sendable { case credit, boilerplate, caption }; public var kind: Kind; public var text: String; public var reason: String; public var line: Int }
public struct Caption: Sendable, Equatable { public var text: String; public var credit: String?; public var line: Int }
public struct CleanedArticle: Sendable, Equatable { public var paragraphs: [TextBlock]; public var captions: [Caption]; public var removed: [Furniture] }
public enum FurnitureCleaner { public static func clean(_ blocks: [TextBlock]) -> CleanedArticle { CleanedArticle(paragraphs: blocks, captions: [], removed: []) } }
