import Foundation
import GeoKGRDF
import GeoKGTestSupport
import Testing

@testable import GeoKGStore

@Suite("Triple store on SQLite")
struct TripleStoreTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        folder = try TemporaryFolder()
        path = folder.path("nested/store.sqlite")
    }

    static let p = IRI(unchecked: "http://e/p")
    static func iri(_ name: String) -> Term { .iri(IRI(unchecked: "http://e/\(name)")) }
    static func source(_ hash: String) -> LoadSource { LoadSource(name: hash, format: "nquads", contentHash: hash) }

    static let sample: [Quad] = [
        Quad(iri("a"), p, iri("b")),
        Quad(iri("a"), p, .literal(Literal("x"))),
        Quad(iri("a"), p, .literal(try! Literal("x", language: "en"))),
        Quad(iri("a"), p, .literal(Literal("x", datatype: XSD.date))),
        Quad(iri("b"), p, iri("c"), graph: iri("g")),
        Quad(iri("a"), p, iri("b"), graph: iri("g")),
    ]

    private func exported(_ store: TripleStore, _ scope: ExportScope) throws -> [Quad] {
        var out: [Quad] = []
        try store.forEachStatement(scope) { out.append($0) }
        return out
    }

    @Test("stores statements once, keeps graphs apart, and exports triples distinct")
    func duplicates() throws {
        let store = try TripleStore(path: path)
        let first = try store.load(Self.source("one")) { loader in for quad in Self.sample { try loader.add(quad) } }
        #expect(first == LoadSummary(statements: 6, added: 6))
        let second = try store.load(Self.source("two")) { loader in for quad in Self.sample { try loader.add(quad) } }
        #expect(second == LoadSummary(statements: 6, added: 0))
        #expect(try store.quadCount() == 6)
        #expect(Set(try exported(store, .quads)) == Set(Self.sample))
        let triples = try exported(store, .triples)
        #expect(triples.count == 5)
        #expect(Set(triples) == Set(Self.sample.map { Quad($0.triple) }))
    }

    @Test("keeps blank nodes of different sources apart, and of the same source together")
    func blankNodeScopes() throws {
        let store = try TripleStore(path: path)
        let statement = Quad(.blank(BlankNode(unchecked: "b1")), Self.p, .literal(Literal("v")))
        _ = try store.load(Self.source("file-a")) { try $0.add(statement) }
        _ = try store.load(Self.source("file-b")) { try $0.add(statement) }
        _ = try store.load(Self.source("file-a")) { try $0.add(statement) }
        let subjects = Set(try exported(store, .quads).map(\.subject))
        #expect(subjects.count == 2)
    }

    @Test("a load that fails part way leaves nothing behind")
    func atomicLoad() throws {
        struct Interrupted: Error {}
        let store = try TripleStore(path: path)
        _ = try store.load(Self.source("good")) { try $0.add(Self.sample[0]) }
        #expect(throws: Interrupted.self) {
            try store.load(Self.source("bad"), expectedStatements: 1_000_000) { loader in
                for index in 0..<1000 {
                    try loader.add(Quad(Self.iri("n\(index)"), Self.p, .literal(Literal("\(index)"))))
                }
                throw Interrupted()
            }
        }
        #expect(try exported(store, .quads) == [Self.sample[0]])
        #expect(try store.statistics().terms == 3)
        #expect(!(try store.hasLoaded(contentHash: "bad")))
        // The store still takes new terms after the rollback, with fresh ids.
        _ = try store.load(Self.source("after")) { try $0.add(Self.sample[1]) }
        #expect(Set(try exported(store, .quads)) == [Self.sample[0], Self.sample[1]])
    }

    @Test("a bulk load that rebuilds the indexes gives the same answers")
    func bulkLoadRebuildsIndexes() throws {
        let store = try TripleStore(path: path)
        let many = (0..<30_000).map { Quad(Self.iri("s\($0 % 977)"), Self.p, .literal(Literal("\($0)"))) }
        let summary = try store.load(Self.source("many"), expectedStatements: many.count) { loader in
            for quad in many { try loader.add(quad) }
        }
        #expect(summary.added == 30_000)
        #expect(Set(try exported(store, .quads)) == Set(many))
        let stats = try store.statistics()
        #expect(stats.subjects == 977 && stats.objects == 30_000 && stats.predicates == 1)
    }

    @Test("terms not yet written are found by id and by value, and are written once")
    func unwrittenTerms() throws {
        // 100 terms: one full batch of `rowsPerInsert` and a remainder still unwritten when they are asked for.
        let names = (0..<100).map { Self.iri("new\($0)") }
        try TripleStore(path: path).rebuild { (session: StoreSession) throws in
            let ids = try names.map { try session.id(of: $0) }
            #expect(Set(ids).count == names.count)
            for (name, id) in zip(names, ids) {
                #expect(try session.term(id: id) == name)
                #expect(try session.existingID(of: name) == id)
                #expect(try session.id(of: name) == id)
            }
        }
        let reopened = try TripleStore(path: path)
        let stored = try reopened.storedIDs(of: names)
        #expect(stored.count == names.count)
        #expect(try reopened.terms(ids: Array(stored.values)).count == names.count)
        try reopened.rebuild { (session: StoreSession) throws in
            for name in names { #expect(try session.id(of: name) == stored[name]) }
        }
    }

    @Test("reopens with everything in place, and exports the same bytes twice")
    func reopen() throws {
        do {
            let store = try TripleStore(path: path)
            _ = try store.load(Self.source("s")) { loader in for quad in Self.sample { try loader.add(quad) } }
        }
        let store = try TripleStore(path: path)
        let once = try exported(store, .quads)
        #expect(Set(once) == Set(Self.sample))
        #expect(try exported(store, .quads) == once)
        #expect(try store.hasLoaded(contentHash: "s"))
        let stats = try store.statistics()
        #expect(stats.quads == 6 && stats.triples == 5 && stats.namedGraphs == 1 && stats.sources == 1)
        #expect(stats.fileBytes > 0 && stats.schemaVersion == TripleStore.schemaVersion)
    }

    @Test("a store opened for reads maps its file and one opened for writes does not")
    func mappingFollowsWorkload() throws {
        let reader = try TripleStore(path: path)
        let writer = try TripleStore(path: path, workload: .writes)
        #expect(try reader.connection.integer("PRAGMA mmap_size") > 0)
        #expect(try writer.connection.integer("PRAGMA mmap_size") == 0)
    }

    @Test("migrates a store written by an older schema version, keeping its data")
    func migration() throws {
        do {
            let old = try TripleStore(path: path, schemaVersion: 1)
            // Version 1 had no record of sources; loading writes one, so insert by hand.
            let connection = try SQLiteConnection(path: path)
            try connection.execute(
                """
                INSERT INTO terms(id, hash, kind, value) VALUES (1, 11, 0, 'http://e/a'), (2, 12, 0, 'http://e/p');
                INSERT INTO quads(s, p, o, g) VALUES (1, 2, 1, 0);
                """)
            #expect(try connection.integer("PRAGMA user_version") == 1)
            _ = old
        }
        let store = try TripleStore(path: path)
        #expect(try store.statistics().schemaVersion == TripleStore.schemaVersion)
        #expect(try exported(store, .quads) == [Quad(Self.iri("a"), Self.p, Self.iri("a"))])
        #expect(!(try store.hasLoaded(contentHash: "x")))
    }

    @Test("refuses a store from a newer geokg, and a database that is not a store")
    func refusals() throws {
        do {
            let connection = try SQLiteConnection(path: folder.path("future.sqlite"))
            try connection.execute("PRAGMA user_version = 999")
            let other = try SQLiteConnection(path: folder.path("other.sqlite"))
            try other.execute("CREATE TABLE notes(x)")
        }
        let future = try #require(throws: StoreError.self) { try TripleStore(path: folder.path("future.sqlite")) }
        #expect(future.description.contains("schema version 999, newer than this geokg supports"))
        let other = try #require(throws: StoreError.self) { try TripleStore(path: folder.path("other.sqlite")) }
        #expect(other.description.contains("not a geokg store"))
        let text = try folder.write("just text", to: "text.sqlite")
        #expect(throws: StoreError.self) { try TripleStore(path: text) }
    }
}
