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

    /// The columns of the rows `around` gives.
    public static let variables = ["depth", "subject", "relation", "object"]

    /// The edges met walking `depth` steps out from `entity` (both directions), each with the step at which
    /// it was first met; rows ordered by depth, then subject, relation and object, each by label, then IRI.
    /// - Throws: `StoreError` when the store cannot be read.
    public func around(_ entity: IRI, depth: Int) throws -> ResultTable {
        var result = ResultTable(variables: Self.variables)
        try around(entity, depth: depth) { result.rows.append($0) }
        return result
    }

    /// The rows of `around(_:depth:)`, each handed to `row` as it is made and then reused: an answer of
    /// millions of rows is written without being held, or freed row by row.
    public func around(_ entity: IRI, depth: Int, row: ([Term?]) throws -> Void) throws {
        guard let start = try graph.id(of: entity) else { return }
        var seen = IDSet([start])
        var frontier = [start]
        var previous = IDSet()
        var line: [Term?] = Array(repeating: nil, count: Self.variables.count)
        for level in 1...max(1, depth) where !frontier.isEmpty {
            var next: [Int64] = []
            // An edge to the ring before was met from there.
            let found = try graph.edges(touching: frontier, filter: filter).filter {
                !previous.contains($0.subject) && !previous.contains($0.object)
            }
            line[0] = Term.literal(Literal(String(level), datatype: XSD.integer))
            try graph.forEachSorted(found) { edge, subject, relation, object in
                (line[1], line[2], line[3]) = (subject, relation, object)
                try row(line)
                if seen.insert(edge.subject) { next.append(edge.subject) }
                if seen.insert(edge.object) { next.append(edge.object) }
            }
            previous = IDSet(frontier)
            frontier = next
        }
    }
}
