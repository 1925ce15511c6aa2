public import GeoKGQuery
public import GeoKGRDF
import GeoKGStore

/// `geokg show`: everything known about one entity.
public struct EntityProfile {
    private let engine: QueryEngine
    private let graph: FactGraph

    /// A profile reading names and classes through `engine` and facts through `graph`, both of one store.
    public init(engine: QueryEngine, graph: FactGraph) {
        self.engine = engine
        self.graph = graph
    }

    /// What the entity is: its labels, aliases, classes and links.
    /// - Throws: `StoreError` or `QueryError` when the store cannot be read.
    public func description(of entity: IRI) throws -> ResultTable {
        let query = """
            SELECT ?property ?value WHERE {
              VALUES ?property { rdfs:label skos:prefLabel skos:altLabel rdf:type owl:sameAs }
              \(Term.iri(entity).sparql) ?property ?value
            } ORDER BY ?property ?value
            """
        return ResultTable(variables: ["property", "value"], rows: try engine.select(query).solutions)
    }

    /// Its facts that pass `filter`'s dates, validity and confidence, in both data shapes: the relation, whether this entity is the subject or the object, the
    /// other entity, modality, date, evidence sentence and source; ordered by relation, role and other entity
    /// (each by label, then IRI), then date, source and sentence.
    /// - Throws: `StoreError` when the store cannot be read.
    public func facts(of entity: IRI, filter: WalkFilter = WalkFilter()) throws -> ResultTable {
        var table = ResultTable(variables: ["relation", "role", "other", "modality", "date", "evidence", "source"])
        guard let id = try graph.id(of: entity) else { return table }
        let facts = try graph.facts(of: id).filter { filter.admits($0.record) }
        let rank = try graph.ranks(facts.map(\.edge).termIDs)
        let rows = facts.map { fact in
            let isSubject = fact.edge.subject == id
            return (
                fact: fact, role: isSubject ? "subject" : "object",
                other: isSubject ? fact.edge.object : fact.edge.subject
            )
        }
        let ordered = rows.sorted { left, right in
            let a = (rank[left.fact.edge.predicate, default: 0], left.role, rank[left.other, default: 0])
            let b = (rank[right.fact.edge.predicate, default: 0], right.role, rank[right.other, default: 0])
            return a != b ? a < b : left.fact.record < right.fact.record
        }
        for row in ordered {
            table.rows.append([
                try graph.term(row.fact.edge.predicate), .literal(Literal(row.role)), try graph.term(row.other),
                row.fact.modality,
                row.fact.date, row.fact.evidence, row.fact.source,
            ])
        }
        return table
    }
}
