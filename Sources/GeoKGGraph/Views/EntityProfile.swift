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

    /// Asserted before planned before negated (or unknown).
    private static func rank(_ modality: Term?) -> Int {
        switch modality.map(FactGraph.text) {
        case "asserted": 0
        case "planned": 1
        default: 2
        }
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

    /// Its facts that pass `filter`'s dates, validity and confidence, in both data shapes, each once: the reports
    /// one consolidated fact gathers make one row, with the earliest report's date, sentence and source and the
    /// number of distinct sources that report it without denying it (a store never consolidated gives a row per
    /// report). Each row: the relation,
    /// whether this entity is the subject or the object, the other entity, modality, date, evidence sentence,
    /// source and sources; ordered by relation, role and other entity (each by label, then IRI), then date,
    /// source and sentence.
    /// - Throws: `StoreError` when the store cannot be read.
    public func facts(of entity: IRI, filter: WalkFilter = WalkFilter()) throws -> ResultTable {
        var table = ResultTable(
            variables: ["relation", "role", "other", "modality", "date", "evidence", "source", "sources"])
        guard let id = try graph.id(of: entity) else { return table }
        let reports = try graph.facts(of: id).filter { filter.admits($0.record) }
        let factOf = try graph.gatheringFacts(of: reports.map(\.event))
        let gathered = Dictionary(grouping: reports) { factOf[$0.event] ?? $0.event }.values.map { group in
            // The row speaks for the fact: an asserting report first, then a planning one, then by date and source.
            let sorted = group.sorted { left, right in
                let (a, b) = (Self.rank(left.modality), Self.rank(right.modality))
                return a != b ? a < b : left.record < right.record
            }
            // Sources count as a consolidated fact's do: those that report it without denying it.
            let reporting = sorted.filter { !$0.isNegated }.map { $0.source.map(FactGraph.text) ?? "\($0.event)" }
            return (first: sorted[0], sources: Set(reporting).count)
        }
        let sourceCount = Dictionary(uniqueKeysWithValues: gathered.map { ($0.first.event, $0.sources) })
        let facts = gathered.map(\.first)
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
                .literal(Literal(String(sourceCount[row.fact.event] ?? 1), datatype: XSD.integer)),
            ])
        }
        return table
    }
}
