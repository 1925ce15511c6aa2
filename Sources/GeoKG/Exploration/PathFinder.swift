public import GeoKGQuery
public import GeoKGRDF
public import GeoKGStore

/// `geokg path`: the shortest chains of relations between two entities, each step with its evidence.
public struct PathFinder {
    private let engine: QueryEngine
    private let walk: GraphWalk

    public init(store: TripleStore, engine: QueryEngine, filter: WalkFilter) throws {
        self.engine = engine
        walk = try GraphWalk(store: store, filter: filter)
    }

    /// Up to `limit` shortest paths of at most `maxDepth` steps, following relations either way; one row per
    /// step with the path's number, the step's number, the relation, and the sentence, source and date of a
    /// fact backing it (in both shapes: ingested articles and imported event data).
    public func paths(from start: IRI, to goal: IRI, maxDepth: Int, limit: Int = 10) throws -> ResultTable {
        var table = ResultTable(variables: ["path", "step", "subject", "relation", "object", "evidence", "source", "date"])
        guard let origin = try walk.id(of: start), let target = try walk.id(of: goal), origin != target else {
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
            for edge in try walk.sorted(walk.edges(touching: frontier)) {
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
        for (number, path) in chains(to: target, origin: origin, reachedBy: reachedBy, limit: limit).enumerated() {
            for (step, edge) in path.enumerated() {
                let terms = try walk.terms(edge)
                let evidence = try self.evidence(for: terms)
                table.rows.append([
                    Self.integer(number + 1), Self.integer(step + 1), terms.subject, terms.relation, terms.object,
                    evidence.sentence, evidence.source, evidence.date,
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

    /// The sentence, source and date of a fact (event node) that records the edge: one with a sentence first,
    /// then the earliest source; each `nil` when no fact records it.
    private func evidence(
        for edge: (subject: Term, relation: Term, object: Term)
    ) throws -> (sentence: Term?, source: Term?, date: Term?) {
        let vocabulary = FactVocabulary.standard
        func anyOf(_ predicates: [IRI]) -> String { predicates.map { Term.iri($0).sparql }.joined(separator: "|") }
        let query = """
            SELECT ?evidence ?source ?date WHERE {
              ?fact \(anyOf(vocabulary.subject)) \(edge.subject.sparql) ; \(anyOf(vocabulary.relation)) \(edge.relation.sparql) ;
                    \(anyOf(vocabulary.object)) \(edge.object.sparql) .
              OPTIONAL { ?fact \(anyOf(vocabulary.evidence)) ?evidence }
              OPTIONAL { ?fact \(anyOf(vocabulary.source)) ?source }
              OPTIONAL { ?fact \(anyOf(vocabulary.date)) ?date }
            } ORDER BY DESC(BOUND(?evidence)) ?source ?evidence ?date LIMIT 1
            """
        let row = try engine.select(query).solutions.first
        return (row?[0] ?? nil, row?[1] ?? nil, row?[2] ?? nil)
    }

    private static func integer(_ value: Int) -> Term {
        .literal(Literal(String(value), datatype: XSD.integer))
    }
}
