import GeoKGGraph
import GeoKGRDF
import GeoKGStore
import Testing

@Suite("triples in memory read as the store reads them")
struct MemoryGraphTests {
    @Test("the same subgraph from memory as from a store", arguments: Shape.allCases)
    func sameSubgraph(shape: Shape) throws {
        let stores = try GraphStores()
        let request = SubgraphRequest(focus: [shape.entity("Oman")], depth: 1)
        let stored = try SubgraphSelector(
            graph: try FactGraph(source: try stores.store(shape.ntriples, name: "\(shape)"))
        )
        .select(request)
        let memory = try SubgraphSelector(
            graph: try FactGraph(source: MemoryGraph(try GraphStores.triples(shape.ntriples)))
        )
        .select(request)
        #expect(stored == memory)
        #expect(stored.edges.count == 2)
        #expect(stored.edges.flatMap(\.facts).compactMap(\.date).sorted() == ["2018-09-28", "2018-10-02"])
    }

    @Test("undeclared triples (a CONSTRUCT result) are read as relations between entities")
    func undeclared() throws {
        let restricts = IRI(unchecked: "https://w3id.org/geokg/ontology#restricts")
        let (china, magnets) = (IRI(unchecked: "http://e/China"), IRI(unchecked: "http://e/Magnets"))
        let graph = try FactGraph(
            source: MemoryGraph([
                Triple(.iri(china), restricts, .iri(magnets)),
                Triple(.iri(china), RDFS.label, .literal(Literal("China"))),
            ]))
        let subgraph = try SubgraphSelector(graph: graph).select(SubgraphRequest(focus: [], depth: nil))
        #expect(subgraph.edges.map(\.relation) == [restricts])
        #expect(subgraph.entities.map(\.label) == [nil, "China"] || subgraph.entities.map(\.label) == ["China", nil])
    }

    @Test("ids are looked up, patterns matched and terms given back")
    func patterns() throws {
        let (a, b, p) = (
            Term.iri(IRI(unchecked: "http://e/a")), Term.iri(IRI(unchecked: "http://e/b")), IRI(unchecked: "http://e/p")
        )
        let graph = MemoryGraph([Triple(a, p, b), Triple(a, p, b), Triple(b, p, a)])
        let ids = try [a, .iri(p), b].map { try #require(graph.id(of: $0)) }
        #expect(graph.statements(subjects: [ids[0]], predicates: nil, objects: nil).count == 1)
        #expect(graph.statements(subjects: nil, predicates: [ids[1]], objects: nil).count == 2)
        #expect(graph.statements(subjects: nil, predicates: nil, objects: [ids[0]]).map(\.subject) == [ids[2]])
        #expect(graph.terms(ids: ids) == [ids[0]: a, ids[1]: .iri(p), ids[2]: b])
        #expect(graph.predicateIDs() == [ids[1]])
        #expect(graph.id(of: .iri(IRI(unchecked: "http://e/none"))) == nil)
    }
}
