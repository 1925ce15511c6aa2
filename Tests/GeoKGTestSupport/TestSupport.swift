public import Foundation
public import GeoKGRDF

/// Paths in the repository, found from this file's location.
public enum RepositoryPaths {
    /// The repository's root folder.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's `Ontology` folder.
    public static var ontologyFolder: String { root.appendingPathComponent("Ontology").path }

    /// The W3C N-Triples and N-Quads syntax suites copied into the RDF tests' fixtures.
    public static func w3cSuite(_ name: String) -> URL {
        root.appendingPathComponent("Tests/GeoKGRDFTests/Fixtures/w3c/\(name)")
    }
}

/// A fresh folder under the system's temporary folder, removed when the value is deinitialised.
public final class TemporaryFolder {
    /// The folder.
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("geokg-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the folder.
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` to `name` and returns its path.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> String {
        let target = path(name)
        try text.write(toFile: target, atomically: true, encoding: .utf8)
        return target
    }

    /// Writes raw bytes to `name` and returns its path.
    @discardableResult
    public func write(bytes: [UInt8], to name: String) throws -> String {
        let target = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }
}

/// One syntax test of a W3C manifest.
public struct SyntaxTestCase: Sendable, CustomStringConvertible {
    /// The test's input file.
    public let file: URL
    /// Whether the file must be accepted.
    public let positive: Bool

    public var description: String { "\(positive ? "+" : "-") \(file.lastPathComponent)" }
}

/// Reads the positive and negative syntax tests of a W3C rdf-tests `manifest.ttl`.
public func syntaxTestCases(suite: String) -> [SyntaxTestCase] {
    let folder = RepositoryPaths.w3cSuite(suite)
    guard let manifest = try? String(contentsOf: folder.appendingPathComponent("manifest.ttl"), encoding: .utf8) else {
        return []
    }
    let block = /rdft:Test(?:NTriples|NQuads)(Positive|Negative)Syntax\s*;(?s:.)*?mf:action\s+<([^>]+)>/
    return manifest.matches(of: block).map { match in
        SyntaxTestCase(
            file: folder.appendingPathComponent(String(match.output.2)), positive: match.output.1 == "Positive")
    }
}

/// Parses N-Triples or N-Quads text into its set of statements.
public func parseStatements(_ text: String, format: RDFFormat = .nquads) throws -> Set<Quad> {
    let folder = try TemporaryFolder()
    let path = try folder.write(text, to: "input")
    return try parseStatements(file: path, format: format)
}

/// Parses an N-Triples or N-Quads file into its set of statements.
public func parseStatements(file: String, format: RDFFormat) throws -> Set<Quad> {
    let reader = try QuadReader(path: file, format: format)
    var statements = Set<Quad>()
    while let quad = try reader.next() { statements.insert(quad) }
    return statements
}
