public import GeoKGRDF
import GeoKGStore

/// `geokg path`: the shortest chains of relations between two entities, each step with its evidence.
public struct PathFinder {
    private let graph: FactGraph
    private let filter: WalkFilter

    /// Paths in `graph` along what `filter` follows.
    public init(graph: FactGraph, filter: WalkFilter) {
        self.graph = graph
        self.filter = filter
    }

    /// Up to `limit` shortest paths of at most `maxDepth` steps, following relations either way; one row per
    /// step with the path's number, the step's number, the relation, and the sentence, source and date of a
    /// fact backing it (in both shapes: ingested articles and imported event data).
    public func paths(from start: IRI, to goal: IRI, maxDepth: Int, limit: Int = 10) throws -> ResultTable {
        var table = ResultTable(variables: [
            "path", "step", "subject", "relation", "object", "evidence", "source", "date",
        ])
        guard let origin = try graph.id(of: start), let target = try graph.id(of: goal), origin != target else {
            return table
        }
        // Breadth first; every way of reaching a node at its shortest distance is kept.
        var distance: [Int64: Int] = [origin: 0]
        var reachedBy: [Int64: [(from: Int64, edge: StatementIDs)]] = [:]
        var frontier = [origin]
        var level = 0
        while !frontier.isEmpty, distance[target] == nil, level < maxDepth {
            level += 1
            let inFrontier = Set(frontier)
            var next: [Int64] = []
            for edge in try graph.sorted(graph.edges(touching: frontier, filter: filter)) {
                for (from, to) in [(edge.subject, edge.object), (edge.object, edge.subject)]
                where inFrontier.contains(from) {
                    if distance[to] == nil {
                        distance[to] = level
                        next.append(to)
                    }
                    if distance[to] == level { reachedBy[to, default: []].append((from, edge)) }
                }
            }
            frontier = next
        }
        let chains = chains(to: target, origin: origin, reachedBy: reachedBy, limit: limit)
        let facts = try graph.facts(for: Set(chains.joined()))
        for (number, path) in chains.enumerated() {
            for (step, edge) in path.enumerated() {
                let evidence = Self.evidence(facts[edge] ?? [])
                table.rows.append([
                    Self.integer(number + 1), Self.integer(step + 1), try graph.term(edge.subject),
                    try graph.term(edge.predicate),
                    try graph.term(edge.object), evidence?.evidence, evidence?.source, evidence?.date,
                ])
            }
        }
        return table
    }

    /// The chains of edges from `origin` to `node`, at most `limit` of them.
    private func chains(
        to node: Int64, origin: Int64, reachedBy: [Int64: [(from: Int64, edge: StatementIDs)]], limit: Int
    ) -> [[StatementIDs]] {
        if node == origin { return [[]] }
        var result: [[StatementIDs]] = []
        for (from, edge) in reachedBy[node] ?? [] {
            for chain in chains(to: from, origin: origin, reachedBy: reachedBy, limit: limit - result.count) {
                result.append(chain + [edge])
                if result.count >= limit { return result }
            }
        }
        return result
    }

    /// The fact whose sentence, source and date a step shows: one with a sentence first, then the earliest
    /// source, sentence and date.
    private static func evidence(_ facts: [Fact]) -> Fact? {
        facts.min { left, right in
            let (a, b) = (left.record, right.record)
            return (a.evidence == nil ? 1 : 0, a.source ?? "", a.evidence ?? "", a.date ?? "")
                < (b.evidence == nil ? 1 : 0, b.source ?? "", b.evidence ?? "", b.date ?? "")
        }
    }

    private static func integer(_ value: Int) -> Term {
        .literal(Literal(String(value), datatype: XSD.integer))
    }
}
