public import GeoKGStore

extension Sequence<StatementIDs> {
    /// The distinct subjects and objects of these triples.
    /// - Complexity: O(n) for n triples, without an array per triple.
    public var ends: Set<Int64> {
        var ids: Set<Int64> = []
        ids.reserveCapacity(underestimatedCount)
        for triple in self {
            ids.insert(triple.subject)
            ids.insert(triple.object)
        }
        return ids
    }

    /// The distinct subjects, predicates and objects of these triples.
    public var termIDs: Set<Int64> {
        var ids = ends
        for triple in self { ids.insert(triple.predicate) }
        return ids
    }
}
