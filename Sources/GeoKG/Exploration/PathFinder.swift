public import GeoKGQuery
public import GeoKGRDF

/// `geokg path`: the shortest chains of relations between two entities, each step with its evidence.
public struct PathFinder {
    private let engine: QueryEngine
    private let walk: GraphWalk

    public init(engine: QueryEngine, filter: WalkFilter) {
        self.engine = engine
        walk = GraphWalk(engine: engine, filter: filter)
    }

    /// Up to `limit` shortest paths of at most `maxDepth` steps, following relations either way; one row per
    /// step with the path's number, the step's number, the relation and a sentence and source backing it.
    public func paths(from start: IRI, to goal: IRI, maxDepth: Int, limit: Int = 10) throws -> ResultTable {
        let variables = ["path", "step", "subject", "relation", "object", "evidence", "source"]
        let origin = Term.iri(start)
        let target = Term.iri(goal)
        guard origin != target else { return ResultTable(variables: variables) }
        // Breadth first; every way of reaching a node at its shortest distance is kept.
        var distance: [Term: Int] = [origin: 0]
        var reachedBy: [Term: [(from: Term, edge: EntityEdge)]] = [:]
        var frontier: [Term] = [origin]
        var level = 0
        while !frontier.isEmpty, distance[target] == nil, level < maxDepth {
            level += 1
            let inFrontier = Set(frontier)
            var next: [Term] = []
            for edge in try walk.edges(touching: frontier).sorted(by: <) {
                for (from, to) in [(edge.subject, edge.object), (edge.object, edge.subject)] where inFrontier.contains(from) {
                    if distance[to] == nil {
                        distance[to] = level
                        next.append(to)
                    }
                    if distance[to] == level { reachedBy[to, default: []].append((from, edge)) }
                }
            }
            frontier = next
        }
        var table = ResultTable(variables: variables)
        for (number, path) in chains(to: target, origin: origin, reachedBy: reachedBy, limit: limit).enumerated() {
            for (step, edge) in path.enumerated() {
                let evidence = try self.evidence(for: edge)
                table.rows.append([
                    Self.integer(number + 1), Self.integer(step + 1), edge.subject, .iri(edge.relation), edge.object,
                    evidence.sentence, evidence.source,
                ])
            }
        }
        return table
    }

    /// The chains of edges from `origin` to `node`, at most `limit` of them.
    private func chains(
        to node: Term, origin: Term, reachedBy: [Term: [(from: Term, edge: EntityEdge)]], limit: Int
    ) -> [[EntityEdge]] {
        if node == origin { return [[]] }
        var result: [[EntityEdge]] = []
        for (from, edge) in reachedBy[node] ?? [] {
            for chain in chains(to: from, origin: origin, reachedBy: reachedBy, limit: limit - result.count) {
                result.append(chain + [edge])
                if result.count >= limit { return result }
            }
        }
        return result
    }

    /// A sentence and article that state the edge's fact, when an event node records it.
    private func evidence(for edge: EntityEdge) throws -> (sentence: Term?, source: Term?) {
        let query = """
            SELECT ?evidence ?source WHERE {
              ?fact geo:subject \(edge.subject.sparql) ; geo:relation \(Term.iri(edge.relation).sparql) ;
                    geo:object \(edge.object.sparql) ; geo:evidence ?evidence .
              OPTIONAL { ?fact prov:wasDerivedFrom ?source }
            } ORDER BY ?source ?evidence LIMIT 1
            """
        let row = try engine.select(query).solutions.first
        return (row?[0] ?? nil, row?[1] ?? nil)
    }

    private static func integer(_ value: Int) -> Term {
        .literal(Literal(String(value), datatype: XSD.integer))
    }
}
