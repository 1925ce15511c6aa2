public import GeoKGRDF
public import GeoKGStore

/// Triples held in memory, numbered as a store numbers its terms, so that the read side walks them as it walks
/// a store: `render --query` draws what a CONSTRUCT query returns through it.
public struct MemoryGraph: GraphSource, Sendable {
    /// The terms by id; an id is the term's place in the order first seen, from 1.
    private var terms: [Term] = []
    private var numbers: [Term: Int64] = [:]
    private var triples: Set<StatementIDs> = []
    private var bySubject: [Int64: [StatementIDs]] = [:]
    private var byObject: [Int64: [StatementIDs]] = [:]

    /// The graph of `triples` (duplicates count once).
    public init(_ triples: some Sequence<Triple>) {
        for triple in triples {
            let ids = StatementIDs(
                subject: number(triple.subject), predicate: number(.iri(triple.predicate)),
                object: number(triple.object))
            guard self.triples.insert(ids).inserted else { continue }
            bySubject[ids.subject, default: []].append(ids)
            byObject[ids.object, default: []].append(ids)
        }
    }

    private mutating func number(_ term: Term) -> Int64 {
        if let known = numbers[term] { return known }
        terms.append(term)
        numbers[term] = Int64(terms.count)
        return Int64(terms.count)
    }

    /// The number given to `term`, when one of the triples holds it.
    public func id(of term: Term) -> Int64? {
        numbers[term]
    }

    /// - Complexity: O(k) for the k triples of the given subjects or objects; O(n) over all n triples when
    ///   neither is given.
    public func statements(subjects: [Int64]?, predicates: [Int64]?, objects: [Int64]?) -> [StatementIDs] {
        let candidates: [StatementIDs]
        if let subjects {
            candidates = Set(subjects).flatMap { bySubject[$0] ?? [] }
        } else if let objects {
            candidates = Set(objects).flatMap { byObject[$0] ?? [] }
        } else {
            candidates = Array(triples)
        }
        let predicates = predicates.map(Set.init)
        let objects = objects.map(Set.init)
        return candidates.filter { triple in
            (predicates?.contains(triple.predicate) ?? true) && (objects?.contains(triple.object) ?? true)
        }
    }

    /// The terms numbered `ids`.
    public func terms(ids: [Int64]) -> [Int64: Term] {
        var found: [Int64: Term] = [:]
        for id in ids where id >= 1 && id <= Int64(terms.count) { found[id] = terms[Int(id - 1)] }
        return found
    }

    /// The triples of `subjects` with one of `predicates`, with their objects.
    public func objects(subjects: [Int64], predicates: [Int64]) -> [(statement: StatementIDs, object: Term)] {
        statements(subjects: subjects, predicates: predicates, objects: nil).map { ($0, terms[Int($0.object - 1)]) }
    }

    /// The triples with one of `predicates`, or `nil` when there are more than `limit`.
    public func statements(predicates: [Int64], atMost limit: Int) -> [StatementIDs]? {
        let found = statements(subjects: nil, predicates: predicates, objects: nil)
        return found.count > limit ? nil : found
    }

    /// The numbers of the predicates the triples use, in order.
    public func predicateIDs() -> [Int64] {
        Set(triples.map(\.predicate)).sorted()
    }
}
