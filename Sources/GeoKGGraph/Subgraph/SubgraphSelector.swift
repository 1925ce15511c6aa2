import GeoKGQuery
import GeoKGRDF
import GeoKGStore

/// Selects the neighbourhood of entities: the entities within a number of relation steps, the direct relation
/// triples between them, and the facts (event nodes) behind each triple, through the graph's one walk.
///
/// ```swift
/// let selector = SubgraphSelector(graph: try FactGraph(source: store))
/// let subgraph = try selector.select(SubgraphRequest(focus: [Namespaces.entity("China")], depth: 1))
/// ```
/// Works on term ids, a few batched reads per step, so that it stays fast on millions of triples; terms are
/// looked up only for what is kept.
public struct SubgraphSelector {
    private let graph: FactGraph

    /// A selector reading `graph`.
    public init(graph: FactGraph) {
        self.graph = graph
    }

    /// The subgraph `request` asks for. Relations are followed both ways; other entities must have one of the
    /// requested classes; with a date range, a triple counts only when a fact in range states it. Without a depth,
    /// every relation triple of the graph is taken. When more than `maxEntities` entities are found, those with
    /// the most relations among the selection are kept, ties by label, then IRI.
    /// - Throws: `ExplorationError` when a focus entity is in no statement; `StoreError` when SQLite fails.
    public func select(_ request: SubgraphRequest) throws -> Subgraph {
        let focus = try request.focus.map { iri in
            guard let id = try graph.id(of: iri) else {
                throw ExplorationError("no statement mentions \(TermDisplay.short(.iri(iri)))")
            }
            return id
        }
        let filter = request.filter
        // An entity acting on itself draws no edge.
        var edges =
            try request.depth.map { try walk(from: focus, depth: $0, filter: filter) }
            ?? Set(graph.edges(filter: filter))
        edges = edges.filter { $0.subject != $0.object }
        var found = edges.ends
        for id in focus { found.insert(id) }
        let rank = try graph.ranks(found)
        var nodes = EntityRanking.kept(
            edges: edges.map { ($0.subject, $0.object) }, focus: focus, limit: request.maxEntities,
            order: { rank[$0, default: 0] < rank[$1, default: 0] })
        edges = edges.filter { nodes.contains($0.subject) && nodes.contains($0.object) }
        let relationCount = edges.count
        edges = try strongest(
            edges, focus: Set(focus), limit: request.maxEntities * Self.relationsPerEntity, rank: rank)
        nodes = Set(edges.ends).union(focus)
        let facts = try graph.facts(for: edges).mapValues { facts in
            facts.map(\.record).filter(filter.admits)
        }
        var result = try subgraph(focus: request.focus, nodes: nodes, edges: edges, facts: facts)
        result.omittedEntities = found.count - nodes.count
        result.omittedRelations = relationCount - edges.count
        return result
    }

    /// The most relation triples kept per entity kept: beyond it a diagram is a hairball and slow to lay out.
    static let relationsPerEntity = 3

    /// At most `limit` of `edges`: one triple of each pair of entities before a second of any (parallel
    /// triples are drawn as one edge), those touching the focus first, then those between the entities with
    /// the most relations, then by `rank` of subject, relation and object.
    private func strongest(_ edges: Set<StatementIDs>, focus: Set<Int64>, limit: Int, rank: IDTable<Int>) throws -> Set<
        StatementIDs
    > {
        guard edges.count > limit else { return edges }
        let relationRank = try graph.ranks(Set(edges.map(\.predicate)))
        var degree: [Int64: Int] = [:]
        var pairs: [[Int64]: [StatementIDs]] = [:]
        for edge in edges {
            degree[edge.subject, default: 0] += 1
            degree[edge.object, default: 0] += 1
            pairs[[edge.subject, edge.object], default: []].append(edge)
        }
        var place: [StatementIDs: Int] = [:]
        for parallel in pairs.values {
            let ordered = parallel.sorted {
                relationRank[$0.predicate, default: 0] < relationRank[$1.predicate, default: 0]
            }
            for (index, edge) in ordered.enumerated() { place[edge] = index }
        }
        let keyed = edges.map { edge in
            let touchesFocus = focus.contains(edge.subject) || focus.contains(edge.object)
            let weakerEnd = min(degree[edge.subject, default: 0], degree[edge.object, default: 0])
            return (
                key: (
                    place[edge, default: 0], touchesFocus ? 0 : 1, -weakerEnd, rank[edge.subject, default: 0],
                    relationRank[edge.predicate, default: 0], rank[edge.object, default: 0]
                ), edge: edge
            )
        }
        return Set(keyed.sorted { $0.key < $1.key }.prefix(limit).map(\.edge))
    }

    /// Breadth-first along the graph's walk, both ways, then the triples among the last ring reached.
    private func walk(from focus: [Int64], depth: Int, filter: WalkFilter) throws -> Set<StatementIDs> {
        var nodes = Set(focus)
        var edges: Set<StatementIDs> = []
        var frontier = focus
        for _ in 0..<max(depth, 1) where !frontier.isEmpty {
            let found = try graph.edges(touching: frontier, filter: filter)
            var fresh: Set<Int64> = []
            for edge in found {
                for node in [edge.subject, edge.object] where !nodes.contains(node) { fresh.insert(node) }
            }
            nodes.formUnion(fresh)
            edges.formUnion(found)
            frontier = fresh.sorted()
        }
        edges.formUnion(try graph.edges(among: frontier, filter: filter))
        return edges
    }

    /// Names, classes and relations looked up for what is kept.
    private func subgraph(
        focus: [IRI], nodes: Set<Int64>, edges: Set<StatementIDs>, facts: [StatementIDs: [FactRecord]]
    ) throws -> Subgraph {
        let ids = graph.ids
        let relations = Set(edges.map(\.predicate)).sorted()
        let described = try graph.source.statements(
            subjects: nodes.sorted() + relations,
            predicates: ids.label + ids.alias + ids.sameAs + [ids.type] + ids.goldstein,
            objects: nil)
        try graph.load(nodes.union(relations).union(described.map(\.object)))
        var properties: [Int64: [(predicate: Int64, value: Term)]] = [:]
        for row in described {
            properties[row.subject, default: []].append((row.predicate, try graph.term(row.object)))
        }
        func values(_ id: Int64, _ predicates: [Int64]) -> [Term] {
            (properties[id] ?? []).filter { predicates.contains($0.predicate) }.map(\.value)
        }
        let labels = try graph.labels(of: nodes.union(relations))
        var entities: [SubgraphEntity] = []
        for id in try graph.sorted(ids: nodes) {
            guard case .iri(let iri) = try graph.term(id) else { continue }
            let name = labels[id]
            let names = Set(values(id, ids.label + ids.alias).map(FactGraph.text)).subtracting([name].compactMap { $0 })
            entities.append(
                SubgraphEntity(
                    iri: iri, label: name, aliases: names.sorted(), classes: Self.iris(values(id, [ids.type])),
                    sameAs: Self.iris(values(id, ids.sameAs))))
        }
        var subgraphEdges: [SubgraphEdge] = []
        for edge in try graph.sorted(edges) {
            guard case .iri(let subject) = try graph.term(edge.subject),
                case .iri(let relation) = try graph.term(edge.predicate),
                case .iri(let object) = try graph.term(edge.object)
            else { continue }
            subgraphEdges.append(
                SubgraphEdge(
                    subject: subject, relation: relation, object: object, relationLabel: labels[edge.predicate],
                    relationGoldstein: values(edge.predicate, ids.goldstein).compactMap { Double(FactGraph.text($0)) }
                        .first,
                    facts: facts[edge] ?? []))
        }
        return Subgraph(focus: focus, entities: entities, edges: subgraphEdges)
    }

    private static func iris(_ terms: [Term]) -> [IRI] {
        terms.compactMap { term -> IRI? in
            if case .iri(let iri) = term { return iri }
            return nil
        }.sorted { $0.value < $1.value }
    }
}
