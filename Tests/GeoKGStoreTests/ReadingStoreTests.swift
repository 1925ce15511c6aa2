import Foundation
import GeoKGRDF
import GeoKGTestSupport
import Testing

@testable import GeoKGStore

/// A store opened for reading only, as `geokg serve` opens it: it refuses writes, stops a long query at its time
/// limit and goes on answering, and gives one named graph's statements.
@Suite("A store opened for reading")
struct ReadingStoreTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        folder = try TemporaryFolder()
        path = folder.path("read.sqlite")
        let writer = try TripleStore(path: path)
        _ = try writer.load(TripleStoreTests.source("many")) { loader in
            for index in 0..<400 {
                try loader.add(
                    Quad(TripleStoreTests.iri("s\(index)"), TripleStoreTests.p, TripleStoreTests.iri("o\(index % 7)")))
            }
            try loader.add(
                Quad(
                    TripleStoreTests.iri("g1"), TripleStoreTests.p, .literal(Literal("in g")),
                    graph: TripleStoreTests.iri("graph")))
        }
    }

    @Test("a missing store is an error, not a new file")
    func missing() {
        #expect(throws: StoreError.self) { try TripleStore(readingAt: folder.path("none.sqlite")) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("none.sqlite")))
    }

    @Test("writes through a reading store are refused")
    func refusesWrites() throws {
        let store = try TripleStore(readingAt: path)
        #expect(throws: StoreError.self) {
            _ = try store.load(TripleStoreTests.source("more")) { loader in
                try loader.add(Quad(TripleStoreTests.iri("x"), TripleStoreTests.p, TripleStoreTests.iri("y")))
            }
        }
        #expect(try store.quadCount() == 401)
    }

    @Test("a query past its time limit is stopped, and the store answers the next one")
    func timeLimit() throws {
        let store = try TripleStore(readingAt: path)
        // 400⁴ rows to count: far more than a tenth of a second's work.
        let heavy = "SELECT count(*) FROM quads a, quads b, quads c, quads d"
        let started = monotonicSeconds()
        var caught: StoreError?
        do {
            try store.stoppingAfter(0.1) {
                try store.select(heavy, []) { _ in true }
            }
        } catch let error as StoreError {
            caught = error
        }
        #expect(caught?.isTimeLimit == true)
        #expect(caught?.message.contains("time limit of 0.1 s") == true)
        #expect(monotonicSeconds() - started < 5)
        var count: Int64 = 0
        try store.stoppingAfter(5) {
            try store.select("SELECT count(*) FROM quads", []) { row in
                count = row[0].integer ?? 0
                return false
            }
        }
        #expect(count == 401)
    }

    @Test("one named graph's statements, with its name; an unknown graph has none")
    func oneGraph() throws {
        let store = try TripleStore(readingAt: path)
        var found: [Quad] = []
        try store.forEachStatement(.graph(IRI(unchecked: "http://e/graph"))) { found.append($0) }
        #expect(
            found == [
                Quad(
                    TripleStoreTests.iri("g1"), TripleStoreTests.p, .literal(Literal("in g")),
                    graph: TripleStoreTests.iri("graph"))
            ])
        var none = 0
        try store.forEachStatement(.graph(IRI(unchecked: "http://e/nothing"))) { _ in none += 1 }
        #expect(none == 0)
    }
}
