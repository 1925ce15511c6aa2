public import GeoKGRDF
public import GeoKGStore

/// The store as a graph source: its term dictionary and index reads.
extension TripleStore: GraphSource {
    /// The store's id of `term`.
    public func id(of term: Term) throws -> Int64? {
        try storedID(of: term)
    }
}
