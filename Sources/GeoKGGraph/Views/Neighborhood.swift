public import GeoKGRDF
import GeoKGStore

/// `geokg neighbors`: the entities within a number of steps of one, and the relations on the way.
public struct Neighborhood {
    private let graph: FactGraph
    private let filter: WalkFilter

    /// Neighbourhoods in `graph` along what `filter` follows.
    public init(graph: FactGraph, filter: WalkFilter) {
        self.graph = graph
        self.filter = filter
    }

    /// The edges met walking `depth` steps out from `entity` (both directions), each with the step at which
    /// it was first met; rows ordered by depth, then subject, relation and object, each by label, then IRI.
    /// - Throws: `StoreError` when the store cannot be read.
    public func around(_ entity: IRI, depth: Int) throws -> ResultTable {
        var result = ResultTable(variables: ["depth", "subject", "relation", "object"])
        guard let start = try graph.id(of: entity) else { return result }
        var seen = IDSet([start])
        var frontier = [start]
        var previous = IDSet()
        for level in 1...max(1, depth) where !frontier.isEmpty {
            var next: [Int64] = []
            // An edge to the ring before was met from there.
            let found = try graph.edges(touching: frontier, filter: filter).filter {
                !previous.contains($0.subject) && !previous.contains($0.object)
            }
            let depthTerm = Term.literal(Literal(String(level), datatype: XSD.integer))
            result.rows.reserveCapacity(result.rows.count + found.count)
            try graph.forEachSorted(found) { edge, subject, relation, object in
                result.rows.append([depthTerm, subject, relation, object])
                if seen.insert(edge.subject) { next.append(edge.subject) }
                if seen.insert(edge.object) { next.append(edge.object) }
            }
            previous = IDSet(frontier)
            frontier = next
        }
        return result
    }
}
