public import GeoKGStore

extension Sequence<StatementIDs> {
    /// The distinct subjects and objects of these triples.
    /// - Complexity: O(n) for n triples, without an array per triple.
    var ends: IDSet {
        var ids = IDSet(capacity: underestimatedCount)
        for triple in self {
            ids.insert(triple.subject)
            ids.insert(triple.object)
        }
        return ids
    }

    /// The distinct subjects, predicates and objects of these triples.
    var termIDs: IDSet {
        var ids = ends
        for triple in self { ids.insert(triple.predicate) }
        return ids
    }
}
