public import GeoKGQuery
public import GeoKGRDF

/// `geokg neighbors`: the entities within a number of steps of one, and the relations on the way.
public struct Neighborhood {
    private let walk: GraphWalk

    public init(engine: QueryEngine, filter: WalkFilter) {
        walk = GraphWalk(engine: engine, filter: filter)
    }

    /// The edges met walking `depth` steps out from `entity` (both directions), each with the step at which
    /// it was first met; rows ordered by depth, subject, relation, object.
    public func around(_ entity: IRI, depth: Int) throws -> ResultTable {
        var seen: Set<Term> = [.iri(entity)]
        var frontier: [Term] = [.iri(entity)]
        var found: [(depth: Int, edge: EntityEdge)] = []
        var recorded: Set<EntityEdge> = []
        for level in 1...max(1, depth) where !frontier.isEmpty {
            var next: [Term] = []
            for edge in try walk.edges(touching: frontier) where recorded.insert(edge).inserted {
                found.append((level, edge))
                for node in [edge.subject, edge.object] where seen.insert(node).inserted { next.append(node) }
            }
            frontier = next
        }
        found.sort { $0.depth != $1.depth ? $0.depth < $1.depth : $0.edge < $1.edge }
        let integer = { (value: Int) in Term.literal(Literal(String(value), datatype: XSD.integer)) }
        return ResultTable(
            variables: ["depth", "subject", "relation", "object"],
            rows: found.map { [integer($0.depth), $0.edge.subject, .iri($0.edge.relation), $0.edge.object] })
    }
}
