import Foundation
import GeoKGQuery
import GeoKGRDF
import GeoKGStore
import GeoKGTestSupport

/// A real store on disk holding N-Quads written for a test, with a query engine over it.
final class QueryFixture {
    let folder: TemporaryFolder
    let store: TripleStore
    let engine: QueryEngine

    /// `ex:` stands for `http://ex.org/` in the data.
    init(_ nquads: String) throws {
        folder = try TemporaryFolder()
        store = try TripleStore(path: folder.path("store.sqlite"))
        let statements = try parseStatements(nquads.replacingOccurrences(of: "ex:", with: "http://ex.org/"))
        _ = try store.load(LoadSource(name: "test", format: "nquads", contentHash: "test")) { loader in
            for quad in statements.sorted(by: { $0.description < $1.description }) { try loader.add(quad) }
        }
        engine = try QueryEngine(store: store)
    }

    /// The solutions of a SELECT, each as its terms in N-Triples form joined by spaces (`-` for unbound),
    /// sorted unless `ordered`.
    func rows(_ query: String, ordered: Bool = false) throws -> [String] {
        let rows = try engine.select("PREFIX ex: <http://ex.org/>\n" + query).solutions.map { row in
            row.map { $0.map { $0.description.replacingOccurrences(of: "http://ex.org/", with: "ex:") } ?? "-" }
                .joined(separator: " ")
        }
        return ordered ? rows : rows.sorted()
    }

    /// The answer of an ASK.
    func ask(_ query: String) throws -> Bool {
        var answer: Bool?
        try engine.run("PREFIX ex: <http://ex.org/>\n" + query) { output in
            if case .boolean(let value) = output { answer = value }
        }
        return answer ?? false
    }

    /// What `query` writes in `format`.
    func written(_ query: String, format: ResultFormat) throws -> String {
        var text = ""
        let writer = ResultWriter(format: format) { text += $0 }
        try engine.run("PREFIX ex: <http://ex.org/>\n" + query) { try writer.write($0) }
        try writer.finish()
        return text
    }

    /// What `query` writes in `format` to a writer that takes bytes.
    func writtenBytes(_ query: String, format: ResultFormat) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let writer = ResultWriter(format: format) { bytes += $0 }
        try engine.run("PREFIX ex: <http://ex.org/>\n" + query) { try writer.write($0) }
        try writer.finish()
        return bytes
    }
}

/// A small social graph: a cycle a → b → c → a, a branch c → d, names, ages of several numeric types.
let socialGraph = """
    <ex:a> <ex:knows> <ex:b> .
    <ex:b> <ex:knows> <ex:c> .
    <ex:c> <ex:knows> <ex:a> .
    <ex:c> <ex:knows> <ex:d> .
    <ex:a> <ex:name> "Alice" .
    <ex:b> <ex:name> "Bob"@en .
    <ex:c> <ex:name> "carol" .
    <ex:a> <ex:age> "30"^^<http://www.w3.org/2001/XMLSchema#integer> .
    <ex:b> <ex:age> "25.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .
    <ex:c> <ex:age> "4.1E1"^^<http://www.w3.org/2001/XMLSchema#double> .
    <ex:d> <ex:age> "unknown" .
    <ex:a> <ex:born> "1995-03-01"^^<http://www.w3.org/2001/XMLSchema#date> .
    <ex:b> <ex:born> "2000-12-31"^^<http://www.w3.org/2001/XMLSchema#date> .
    <ex:a> <ex:score> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <ex:g1> .
    <ex:b> <ex:score> "9"^^<http://www.w3.org/2001/XMLSchema#integer> <ex:g1> .
    <ex:a> <ex:score> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <ex:g2> .
    """
