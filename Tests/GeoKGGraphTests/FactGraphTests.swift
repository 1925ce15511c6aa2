import GeoKGGraph
import GeoKGRDF
import GeoKGStore
import GeoKGTestSupport
import Testing

@Suite("one walk and one fact loader over both data shapes")
struct FactGraphTests {
    let stores: GraphStores

    init() throws {
        stores = try GraphStores()
    }

    /// The labels of the ends of `edges`, as `subject object` lines.
    private static func ends(_ edges: some Sequence<StatementIDs>, in graph: FactGraph) throws -> [String] {
        try graph.sorted(edges).map { edge in
            "\(try text(graph.term(edge.subject))) \(try text(graph.term(edge.object)))"
        }
    }

    /// An IRI's last segment, a literal's text.
    private static func text(_ term: Term) -> String {
        switch term {
        case .iri(let iri): String(iri.value.split(separator: "/").last ?? "")
        case .literal(let literal): literal.lexicalForm
        case .blank(let node): node.id
        }
    }

    @Test("the walk finds both neighbours of Oman, in both shapes", arguments: Shape.allCases)
    func walk(shape: Shape) throws {
        let graph = try FactGraph(source: try stores.store(shape.ntriples, name: shape.rawValue))
        let oman = try #require(try graph.id(of: shape.entity("Oman")))
        let edges = try graph.edges(touching: [oman], filter: WalkFilter())
        #expect(try Self.ends(edges, in: graph) == ["Iran Oman", "Oman Qatar"])
    }

    @Test("--since and --until keep the relations with a fact in range, in both shapes", arguments: Shape.allCases)
    func dates(shape: Shape) throws {
        let graph = try FactGraph(source: try stores.store(shape.ntriples, name: shape.rawValue))
        let oman = try #require(try graph.id(of: shape.entity("Oman")))
        let since = try graph.edges(touching: [oman], filter: WalkFilter(since: "2018-10-01"))
        #expect(try Self.ends(since, in: graph) == ["Oman Qatar"])
        let until = try graph.edges(touching: [oman], filter: WalkFilter(until: "2018-09-30"))
        #expect(try Self.ends(until, in: graph) == ["Iran Oman"])
        #expect(try graph.edges(touching: [oman], filter: WalkFilter(since: "2030-01-01")).isEmpty)
    }

    @Test("a class filter keeps the far ends of that class only", arguments: Shape.allCases)
    func classes(shape: Shape) throws {
        let graph = try FactGraph(source: try stores.store(shape.ntriples, name: shape.rawValue))
        let oman = try #require(try graph.id(of: shape.entity("Oman")))
        let wanted = IRI(
            unchecked: shape == .articles ? ArticleFixture.geo + "Country" : EventFixture.base + "ont#Actor")
        #expect(try graph.edges(touching: [oman], filter: WalkFilter(classes: [wanted])).count == 2)
        let other = IRI(unchecked: ArticleFixture.geo + "Person")
        #expect(try graph.edges(touching: [oman], filter: WalkFilter(classes: [other])).isEmpty)
    }

    @Test("an entity's facts carry the same dates and sources in both shapes", arguments: Shape.allCases)
    func facts(shape: Shape) throws {
        let graph = try FactGraph(source: try stores.store(shape.ntriples, name: shape.rawValue))
        let oman = try #require(try graph.id(of: shape.entity("Oman")))
        let facts = try graph.facts(of: oman).map(\.record).sorted()
        #expect(facts.map(\.date) == ["2018-09-28", "2018-10-02"])
        #expect(facts.map(\.source) == ["https://example.org/news/1", "https://example.org/news/2"])
        #expect(try graph.factCounts([oman]) == [oman: 2])
    }

    @Test("relations are known with their CAMEO codes in both shapes", arguments: Shape.allCases)
    func relations(shape: Shape) throws {
        let graph = try FactGraph(source: try stores.store(shape.ntriples, name: shape.rawValue))
        #expect(
            try graph.knownRelations().map(\.cameoCodes).sorted { $0.description < $1.description } == [
                ["020"], ["036"],
            ])
    }

    @Test("order is by label, then IRI, whatever order the store was loaded in", arguments: Shape.allCases)
    func loadOrder(shape: Shape) throws {
        var answers: [[String]] = []
        for (name, ntriples) in [("forward", shape.ntriples), ("backward", ArticleFixture.reversed(shape.ntriples))] {
            let graph = try FactGraph(source: try stores.store(ntriples, name: "\(shape)-\(name)"))
            let oman = try #require(try graph.id(of: shape.entity("Oman")))
            let table = try Neighborhood(graph: graph, filter: WalkFilter()).around(shape.entity("Oman"), depth: 2)
            answers.append(table.rows.map { $0.map { $0?.description ?? "" }.joined(separator: " ") })
            #expect(
                try Self.ends(graph.edges(touching: [oman], filter: WalkFilter()), in: graph) == [
                    "Iran Oman", "Oman Qatar",
                ])
        }
        #expect(answers[0].count == 2)
        #expect(answers[0] == answers[1])
    }

    @Test("a walk reads a relation's triples whole when they are few for its nodes, else seeks the nodes' own")
    func wholeOrSought() throws {
        // A hub meeting 300 entities, each of which meets the next: 599 triples of one relation.
        let entity = "http://example.org/e/"
        let meets = "http://example.org/r/meets"
        let pairs = (0..<300).map { ("Hub", "E\($0)") } + (0..<299).map { ("E\($0)", "E\($0 + 1)") }
        let ntriples = pairs.map { "<\(entity)\($0.0)> <\(meets)> <\(entity)\($0.1)> ." }.joined(separator: "\n")
        let store = try stores.store(ntriples, name: "hub")
        let meetsID = try #require(try store.storedID(of: .iri(IRI(unchecked: meets))))
        // Seeking one node costs less than reading 599 triples; seeking five costs more.
        #expect(try store.statements(predicates: [meetsID], atMost: FactGraph.entriesPerNode) == nil)
        #expect(try store.statements(predicates: [meetsID], atMost: 5 * FactGraph.entriesPerNode)?.count == 599)
        let sources: [any GraphSource] = [store, MemoryGraph(try GraphStores.triples(ntriples))]
        for source in sources {
            let graph = try FactGraph(source: source)
            for names in [["E7"], ["E7", "E8", "E100", "E299", "Hub"]] {
                let nodes = try names.map { try #require(try graph.id(of: IRI(unchecked: entity + $0))) }
                let expected = pairs.filter { names.contains($0.0) || names.contains($0.1) }
                    .sorted { (entity + $0.0, entity + $0.1) < (entity + $1.0, entity + $1.1) }.map {
                        "\($0.0) \($0.1)"
                    }
                #expect(try Self.ends(graph.edges(touching: nodes, filter: WalkFilter()), in: graph) == expected)
            }
        }
    }

    @Test("terms sort by label in code point order, a label before its longer versions, ties by IRI")
    func codePointOrder() throws {
        let label = "http://www.w3.org/2000/01/rdf-schema#label"
        let labels = [("d", "Zürich"), ("c", "Zurich"), ("b", "Zulu"), ("a", "Zulu"), ("f", "Zu!"), ("e", "Zu")]
        let ntriples = labels.map { "<http://example.org/e/\($0.0)> <\(label)> \"\($0.1)\" ." }.joined(separator: "\n")
        let graph = try FactGraph(source: try stores.store(ntriples, name: "labels"))
        let ids = try labels.map { try #require(try graph.id(of: IRI(unchecked: "http://example.org/e/\($0.0)"))) }
        #expect(try graph.sorted(ids: ids).map { try Self.text(graph.term($0)) } == ["e", "f", "a", "b", "c", "d"])
    }
}
