public import GeoKGRDF
public import GeoKGStore

/// `geokg neighbors`: the entities within a number of steps of one, and the relations on the way.
public struct Neighborhood {
    private let walk: GraphWalk

    public init(store: TripleStore, filter: WalkFilter) throws {
        walk = try GraphWalk(store: store, filter: filter)
    }

    /// The edges met walking `depth` steps out from `entity` (both directions), each with the step at which
    /// it was first met; rows ordered by depth, subject, relation, object.
    public func around(_ entity: IRI, depth: Int) throws -> ResultTable {
        let table = ResultTable(variables: ["depth", "subject", "relation", "object"])
        guard let start = try walk.id(of: entity) else { return table }
        var seen: Set<Int64> = [start]
        var frontier = [start]
        var recorded: Set<StatementIDs> = []
        var result = table
        for level in 1...max(1, depth) where !frontier.isEmpty {
            var next: [Int64] = []
            let found = try walk.edges(touching: frontier).filter { recorded.insert($0).inserted }
            let depthTerm = Term.literal(Literal(String(level), datatype: XSD.integer))
            for edge in try walk.sorted(found) {
                let terms = try walk.terms(edge)
                result.rows.append([depthTerm, terms.subject, terms.relation, terms.object])
                for node in [edge.subject, edge.object] where seen.insert(node).inserted { next.append(node) }
            }
            frontier = next
        }
        return result
    }
}
