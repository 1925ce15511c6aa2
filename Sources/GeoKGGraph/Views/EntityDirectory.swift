public import GeoKGQuery
public import GeoKGRDF

/// `geokg entities`: the entities of the graph with their type and number of facts, busiest first.
public struct EntityDirectory {
    private let engine: QueryEngine
    private let graph: FactGraph

    /// A directory reading names and classes through `engine` and facts through `graph`, both of one store.
    public init(engine: QueryEngine, graph: FactGraph) {
        self.engine = engine
        self.graph = graph
    }

    /// Entities of any of `types` (their subclasses count too; every entity when empty) whose label or alias
    /// contains `match` (ignoring case), with the number of facts naming each that pass `filter`'s dates, validity
    /// and confidence, in both data shapes; the busiest
    /// first, then by label, then IRI.
    /// - Throws: `StoreError` or `QueryError` when the store cannot be read.
    public func list(types: [IRI] = [], match: String? = nil, filter: WalkFilter = WalkFilter()) throws -> ResultTable {
        var pattern = "?entity a ?class ; rdfs:label ?label ."
        if !types.isEmpty {
            pattern += " VALUES ?wanted { \(types.map { Term.iri($0).sparql }.joined(separator: " ")) }"
            pattern += " ?class rdfs:subClassOf* ?wanted ."
        } else {
            pattern +=
                " FILTER(?class NOT IN (\(graph.vocabulary.nonEntityClasses.map { Term.iri($0).sparql }.joined(separator: ", "))))"
        }
        if let match {
            pattern += """
                 ?entity rdfs:label|skos:altLabel ?name \
                FILTER(CONTAINS(LCASE(STR(?name)), \(match.lowercased().sparqlLiteral)))
                """
        }
        let query = """
            SELECT ?entity (MIN(?label) AS ?name) (MIN(?class) AS ?type) WHERE {
              \(pattern)
            } GROUP BY ?entity
            """
        var entities: [(iri: IRI, name: String, row: [Term?], id: Int64?)] = []
        for row in try engine.select(query).solutions {
            guard case .iri(let iri)? = row[0] else { continue }
            let name = row[1].map(FactGraph.text) ?? ""
            entities.append((iri, name, row, try graph.id(of: iri)))
        }
        let counts = try graph.factCounts(entities.compactMap(\.id), filter: filter)
        let counted = entities.map { entity in (entity, entity.id.flatMap { counts[$0] } ?? 0) }
        let ordered = counted.sorted { left, right in
            (-left.1, left.0.name, left.0.iri.value) < (-right.1, right.0.name, right.0.iri.value)
        }
        return ResultTable(
            variables: ["entity", "label", "type", "facts"],
            rows: ordered.map { entity, facts in
                Array(entity.row.prefix(3)) + [.literal(Literal(String(facts), datatype: XSD.integer))]
            })
    }
}
