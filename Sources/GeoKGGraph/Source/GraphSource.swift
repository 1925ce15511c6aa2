public import GeoKGRDF
public import GeoKGStore

/// Pattern access by term id, all the read side asks of a graph: the store gives it from SQLite
/// (`TripleStore`), `MemoryGraph` from triples in memory (what a CONSTRUCT query returns).
public protocol GraphSource {
    /// The id of `term`, or `nil` when the graph does not hold it.
    func id(of term: Term) throws -> Int64?

    /// The distinct triples whose subject, predicate and object are each in the given set; `nil` leaves a
    /// position free, an empty set matches nothing.
    func statements(subjects: [Int64]?, predicates: [Int64]?, objects: [Int64]?) throws -> [StatementIDs]

    /// The terms with the given ids; ids the graph lacks are left out.
    func terms(ids: [Int64]) throws -> [Int64: Term]

    /// The triples with a subject of `subjects` and a predicate of `predicates`, each with its object decoded.
    func objects(subjects: [Int64], predicates: [Int64]) throws -> [(statement: StatementIDs, object: Term)]

    /// The ids of every predicate the graph uses.
    func predicateIDs() throws -> [Int64]

    /// The distinct triples with one of `predicates`, or `nil` when there are more than `limit` of them (a
    /// store counts a triple held in two graphs twice): a whole read that gives up once it costs too much.
    func statements(predicates: [Int64], atMost limit: Int) throws -> [StatementIDs]?
}

extension GraphSource {
    /// The ids of those of `iris` the graph holds, in the order given.
    func ids(of iris: [IRI]) throws -> [Int64] {
        try iris.compactMap { try id(of: .iri($0)) }
    }

    /// The triples with one of `predicates` whose subject is in `subjects`.
    func statements(subjects: [Int64], predicates: [Int64]) throws -> [StatementIDs] {
        try statements(subjects: subjects, predicates: predicates, objects: nil)
    }

    /// The triples with one of `predicates` whose object is in `objects` (all of them when `nil`).
    func statements(predicates: [Int64], objects: [Int64]? = nil) throws -> [StatementIDs] {
        try statements(subjects: nil, predicates: predicates, objects: objects)
    }
}
