public import GeoKGRDF
import GeoKGStore

/// What the walks over the graph may follow: which relations, and facts of which dates.
public struct WalkFilter: Sendable {
    /// Relations to follow; empty for every relation between entities (not `rdf:type`).
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
}

/// Steps from entities to their neighbours, both ways, one level at a time, on term ids: a triple is a step
/// when its predicate is followed and its far end has a label (so events and articles are not walked to).
struct GraphWalk {
    let store: TripleStore
    /// The filter in ids; `nil` when the store lacks what it needs (no labels, or no relation asked for).
    private let filter: EdgeFilter?
    /// Terms and their sort keys by id, decoded once.
    private let names = TermNames()

    init(store: TripleStore, filter: WalkFilter) throws {
        self.store = store
        self.filter = try GraphWalk.edgeFilter(filter, store: store)
    }

    /// The id of an entity, or `nil` when the store does not hold it.
    func id(of entity: IRI) throws -> Int64? {
        try store.storedID(of: .iri(entity))
    }

    /// The edges touching any of `nodes`, in both directions, between named entities (blank nodes are left out).
    func edges(touching nodes: [Int64]) throws -> Set<StatementIDs> {
        guard let filter else { return [] }
        let found = try store.edges(touching: nodes, filter: filter)
        try load(Set(found.flatMap { [$0.subject, $0.predicate, $0.object] }))
        var edges: Set<StatementIDs> = []
        for edge in found {
            guard case .iri = try term(edge.subject), case .iri = try term(edge.object) else { continue }
            edges.insert(edge)
        }
        return edges
    }

    /// The term with id `id`.
    func term(_ id: Int64) throws -> Term {
        if let known = names.terms[id] { return known }
        let term = try store.term(id: id)
        names.terms[id] = term
        return term
    }

    /// Decodes the terms of `ids` not decoded yet, in one read.
    private func load(_ ids: Set<Int64>) throws {
        let missing = ids.filter { names.terms[$0] == nil }
        guard !missing.isEmpty else { return }
        names.terms.merge(try store.terms(ids: Array(missing))) { known, _ in known }
    }

    /// Each id's place in the order of its term (IRIs by their text), so that edges sort on integers and
    /// output does not change between runs.
    func ranks(of ids: Set<Int64>) throws -> [Int64: Int] {
        let keyed = try ids.map { id -> (key: String, id: Int64) in
            if case .iri(let iri) = try term(id) { return (iri.value, id) }
            return (try term(id).description, id)
        }
        let ordered = keyed.sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
        return Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element.id, $0.offset) })
    }

    /// Sorts edges by subject, relation and object, in the order of `ranks`.
    func sorted(_ edges: some Sequence<StatementIDs>) throws -> [StatementIDs] {
        let all = Array(edges)
        let rank = try ranks(of: Set(all.flatMap { [$0.subject, $0.predicate, $0.object] }))
        let keyed = all.map { (key: (rank[$0.subject]!, rank[$0.predicate]!, rank[$0.object]!), edge: $0) }
        return keyed.sorted { $0.key < $1.key }.map(\.edge)
    }

    /// The edge's terms.
    func terms(_ edge: StatementIDs) throws -> (subject: Term, relation: Term, object: Term) {
        (try term(edge.subject), try term(edge.predicate), try term(edge.object))
    }

    private static func edgeFilter(_ filter: WalkFilter, store: TripleStore) throws -> EdgeFilter? {
        guard let label = try store.storedID(of: .iri(RDFS.label)) else { return nil }
        let type = try store.storedID(of: .iri(RDF.type))
        var predicates = try filter.relations.compactMap { try store.storedID(of: .iri($0)) }
        if filter.relations.isEmpty {
            // Following only the predicates that link entities spares probing the many links from events.
            predicates = try store.predicatesBetweenLabelledNodes(label: label, excluding: type)
        }
        if predicates.isEmpty { return nil }
        var dated: DatedFacts?
        if filter.since != nil || filter.until != nil {
            let needed = [GeoVocabulary.subject, GeoVocabulary.relation, GeoVocabulary.object, Namespaces.dcterms("date")]
            let ids = try needed.map { try store.storedID(of: .iri($0)) }
            guard let subject = ids[0], let relation = ids[1], let object = ids[2], let date = ids[3] else { return nil }
            dated = DatedFacts(
                subject: subject, relation: relation, object: object, date: date, since: filter.since, until: filter.until)
        }
        return EdgeFilter(
            predicates: predicates, excludedPredicate: type, requiredOnFarEnd: label,
            dated: dated)
    }
}

/// The terms a walk has decoded, by id.
private final class TermNames {
    var terms: [Int64: Term] = [:]
}
