public import GeoKGQuery
public import GeoKGRDF

/// One step of the graph between entities: a triple whose subject and object are both labelled entities.
public struct EntityEdge: Hashable, Sendable {
    public let subject: Term
    public let relation: IRI
    public let object: Term

    /// Orders edges by subject, relation and object, for output that does not change between runs.
    static func < (left: EntityEdge, right: EntityEdge) -> Bool {
        (left.subject.description, left.relation.value, left.object.description)
            < (right.subject.description, right.relation.value, right.object.description)
    }
}

/// What the walks over the graph may follow: which relations, and facts of which dates.
public struct WalkFilter: Sendable {
    /// Relations to follow; empty for all but `rdf:type`.
    public var relations: [IRI] = []
    /// Only relations backed by a fact dated on or after this day (`YYYY-MM-DD`).
    public var since: String?
    /// Only relations backed by a fact dated on or before this day.
    public var until: String?

    public init(relations: [IRI] = [], since: String? = nil, until: String? = nil) {
        self.relations = relations
        self.since = since
        self.until = until
    }

    /// A relation named as `meets`, `geo:meets` or an IRI.
    public static func relation(_ name: String) -> IRI {
        EntityResolver.iri(name) ?? Namespaces.geo(name)
    }
}

/// Steps from entities to their neighbours, both ways, one level at a time, with SPARQL over the store.
struct GraphWalk {
    let engine: QueryEngine
    let filter: WalkFilter

    /// The edges touching any of `nodes`, in both directions.
    func edges(touching nodes: [Term]) throws -> Set<EntityEdge> {
        var edges: Set<EntityEdge> = []
        // Chunks keep each query's VALUES list within SQLite's parameter limit.
        for start in stride(from: 0, to: nodes.count, by: 2_000) {
            let values = nodes[start..<min(start + 2_000, nodes.count)].map(\.sparql).joined(separator: " ")
            for (bound, other) in [("?s", "?o"), ("?o", "?s")] {
                let query = """
                    SELECT DISTINCT ?s ?p ?o WHERE {
                      VALUES \(bound) { \(values) }
                      ?s ?p ?o . \(relationPattern) \(other) rdfs:label ?otherLabel . \(datePattern)
                    }
                    """
                for row in try engine.select(query).solutions {
                    // Entities are named nodes: blank nodes are left out, as VALUES cannot name them.
                    guard case .iri(let subject)? = row[0], case .iri(let relation)? = row[1],
                        case .iri(let object)? = row[2]
                    else { continue }
                    edges.insert(EntityEdge(subject: .iri(subject), relation: relation, object: .iri(object)))
                }
            }
        }
        return edges
    }

    private var relationPattern: String {
        if filter.relations.isEmpty { return "FILTER(?p != rdf:type)" }
        return "VALUES ?p { \(filter.relations.map { Term.iri($0).sparql }.joined(separator: " ")) }"
    }

    private var datePattern: String {
        guard filter.since != nil || filter.until != nil else { return "" }
        var tests: [String] = []
        if let since = filter.since { tests.append("?date >= \(Self.date(since))") }
        if let until = filter.until { tests.append("?date <= \(Self.date(until))") }
        return "?fact geo:subject ?s ; geo:relation ?p ; geo:object ?o ; dcterms:date ?date FILTER("
            + tests.joined(separator: " && ") + ")"
    }

    private static func date(_ day: String) -> String {
        Term.literal(Literal(day, datatype: XSD.date)).sparql
    }
}
