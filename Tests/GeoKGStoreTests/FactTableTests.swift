import GeoKGRDF
import GeoKGTestSupport
import Testing

@testable import GeoKGStore

@Suite("The facts graph, kept one row a fact")
struct FactTableTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        folder = try TemporaryFolder()
        path = folder.path("store.sqlite")
    }

    static func node(_ name: String) -> Term { .iri(IRI(unchecked: "http://e/\(name)")) }
    static let geo = Namespaces.geo
    static let facts = Term.iri(ComputedGraphs.facts)
    /// One fact, as statements of the facts graph: gathering two reports of a subject, relation and object.
    static let fact: [Quad] = [
        Quad(node("f1"), RDF.type, .iri(geo("Fact")), graph: facts),
        Quad(node("f1"), geo("subject"), node("a"), graph: facts),
        Quad(node("f1"), geo("relation"), node("meets"), graph: facts),
        Quad(node("f1"), geo("object"), node("b"), graph: facts),
        Quad(node("f1"), geo("modality"), .literal(Literal("asserted")), graph: facts),
        Quad(node("f1"), geo("sourceCount"), .literal(Literal("2", datatype: XSD.integer)), graph: facts),
        Quad(node("f1"), geo("mention"), node("e1"), graph: facts),
        Quad(node("f1"), geo("mention"), node("e2"), graph: facts),
    ]
    /// A report the fact gathers, in the default graph.
    static let report = Quad(node("e1"), geo("subject"), node("a"))

    private func exported(_ store: TripleStore, _ scope: ExportScope) throws -> [Quad] {
        var out: [Quad] = []
        try store.forEachStatement(scope) { out.append($0) }
        return out
    }

    /// Writes `Self.fact` the way the consolidator does, through a session.
    private func writeFact(_ store: TripleStore) throws -> FactTerms {
        try store.rebuild { session in
            func id(_ term: Term) throws -> Int64 { try session.id(of: term) }
            let terms = FactTerms(
                graph: try id(Self.facts), type: try id(.iri(RDF.type)), factClass: try id(.iri(Self.geo("Fact"))),
                mention: try id(.iri(Self.geo("mention"))),
                fields: Dictionary(
                    uniqueKeysWithValues: try FactField.allCases.map {
                        ($0, try id(.iri(Self.geo($0.predicateName))))
                    }))
            try session.declare(terms)
            let statements = try Self.fact.map { quad in
                StatementIDs(
                    subject: try id(quad.subject), predicate: try id(.iri(quad.predicate)), object: try id(quad.object))
            }
            try session.changeFacts(adding: statements, deleting: [], terms)
            return terms
        }
    }

    @Test("reads the fact's row as statements of the facts graph: export, counts, patterns and predicates")
    func readsRowsAsStatements() throws {
        let store = try TripleStore(path: path)
        _ = try store.load(LoadSource(name: "r", format: "nquads", contentHash: "r")) { try $0.add(Self.report) }
        #expect(!(try store.hasNamedGraphs()))
        let terms = try writeFact(store)
        #expect(try store.connection.integer("SELECT count(*) FROM facts") == 1)
        #expect(try store.connection.integer("SELECT count(*) FROM fact_mentions") == 2)
        // The report, and the fact's class.
        #expect(try store.connection.integer("SELECT count(*) FROM quads") == 2)
        #expect(try store.hasNamedGraphs())
        #expect(Set(try exported(store, .quads)) == Set(Self.fact + [Self.report]))
        #expect(Set(try exported(store, .graph(ComputedGraphs.facts))) == Set(Self.fact))
        #expect(try exported(store, .triples).count == Self.fact.count + 1)
        let counts = try store.statistics()
        #expect(counts.quads == 9 && counts.triples == 9 && counts.namedGraphs == 1)
        let a = try #require(try store.storedID(of: Self.node("a")))
        let subject = try #require(terms.fields[.subject])
        // Who has `a` as subject: the report in `quads` and the fact in its row.
        let rows = try store.statements(predicates: [subject], objects: [a])
        #expect(
            Set(rows.map(\.subject)) == Set(try [Self.node("e1"), Self.node("f1")].map { try store.storedID(of: $0) }))
        #expect(try store.predicateIDs().contains(try #require(terms.fields[.sourceCount])))
        #expect(!(try store.predicateIDs().contains(try #require(terms.fields[.confidence]))))
        let fact = try #require(try store.storedID(of: Self.node("f1")))
        let count = try store.objects(subjects: [fact], predicates: [try #require(terms.fields[.sourceCount])])
        #expect(count.map(\.object) == [.literal(Literal("2", datatype: XSD.integer))])
        #expect(try store.statements(predicates: [terms.mention], atMost: 1) == nil)
        #expect(try store.statements(predicates: [terms.mention], atMost: 2)?.count == 2)
    }

    @Test("updates a fact's changed fields, and removes its row when its class goes")
    func changes() throws {
        let store = try TripleStore(path: path)
        let terms = try writeFact(store)
        let fact = try #require(try store.storedID(of: Self.node("f1")))
        try store.rebuild { session in
            let three = try session.id(of: .literal(Literal("3", datatype: XSD.integer)))
            let two = try session.id(of: .literal(Literal("2", datatype: XSD.integer)))
            let count = try #require(terms.fields[.sourceCount])
            try session.changeFacts(
                adding: [StatementIDs(subject: fact, predicate: count, object: three)],
                deleting: [StatementIDs(subject: fact, predicate: count, object: two)], terms)
        }
        #expect(
            Set(try exported(store, .quads)).contains(
                Quad(
                    Self.node("f1"), Self.geo("sourceCount"), .literal(Literal("3", datatype: XSD.integer)),
                    graph: Self.facts)))
        try store.rebuild { session in
            let gone = try session.factStatements(of: fact, terms)
            #expect(gone.count == Self.fact.count)
            try session.changeFacts(adding: [], deleting: gone, terms)
            #expect(!(try session.holdsFact(fact)))
        }
        #expect(try exported(store, .quads).isEmpty)
        #expect(!(try store.hasNamedGraphs()))
    }

    @Test("leaves the facts graph out of a load, counting what it left")
    func leavesFactsGraphOut() throws {
        let store = try TripleStore(path: path)
        let summary = try store.load(LoadSource(name: "x", format: "nquads", contentHash: "x")) { loader in
            for quad in Self.fact + [Self.report] { try loader.add(quad) }
        }
        #expect(summary == LoadSummary(statements: 9, added: 1, leftOut: 8))
        #expect(try exported(store, .quads) == [Self.report])
    }

    @Test("moves the facts graph of a version 3 store into the fact tables, statement for statement")
    func migratesVersion3() throws {
        do {
            let old = try TripleStore(path: path, schemaVersion: 3)
            // Version 3 kept the facts graph in `quads`: load it as another graph, then rename that graph.
            let staged = Self.fact.map { Quad($0.subject, $0.predicate, $0.object, graph: Self.node("staged")) }
            _ = try old.load(LoadSource(name: "f", format: "nquads", contentHash: "f")) { loader in
                for quad in staged + [Self.report] { try loader.add(quad) }
            }
            let renamed = StoredTerm(Self.facts, blankNodeScope: "")
            try old.connection.execute(
                "UPDATE terms SET value = '\(ComputedGraphs.facts.value)', hash = \(renamed.storedHash) "
                    + "WHERE value = 'http://e/staged'")
            let inFactsGraph = try old.connection.integer(
                "SELECT count(*) FROM quads WHERE g = (SELECT id FROM terms WHERE value = '\(ComputedGraphs.facts.value)')"
            )
            #expect(inFactsGraph == Int64(Self.fact.count))
        }
        let store = try TripleStore(path: path)
        #expect(try store.statistics().schemaVersion == TripleStore.schemaVersion)
        #expect(try store.connection.integer("SELECT count(*) FROM facts") == 1)
        #expect(try store.connection.integer("SELECT count(*) FROM fact_mentions") == 2)
        #expect(try store.connection.integer("SELECT count(*) FROM quads") == 2)
        #expect(Set(try exported(store, .quads)) == Set(Self.fact + [Self.report]))
    }
}
