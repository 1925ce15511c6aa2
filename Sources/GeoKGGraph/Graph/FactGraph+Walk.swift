import GeoKGRDF
public import GeoKGStore

/// The one walk: the direct relation triples between entities that touch given entities, filtered alike in both
/// data shapes.
extension FactGraph {
    /// The edges with one of `nodes` as subject or object (both directions) that pass `filter`: their relation
    /// is followed, both ends are IRIs, the far end (the one not in `nodes`) has one of the classes,
    /// and a fact in the date range states the edge.
    /// Each edge comes once, in no particular order.
    /// - Complexity: two batched index reads for the nodes, one for the classes of the far ends, and with dates
    ///   the fact reads of `facts(for:)`.
    public func edges(touching nodes: [Int64], filter: WalkFilter) throws -> [StatementIDs] {
        let relations = try followed(filter)
        guard !nodes.isEmpty, !relations.isEmpty else { return [] }
        let near = IDSet(nodes)
        let found: [StatementIDs]
        if let all = try source.statements(predicates: relations, atMost: nodes.count * Self.entriesPerNode) {
            // Fewer triples than seeking the nodes would cost: read whole, and those touching the nodes kept.
            found = all.filter { near.contains($0.subject) || near.contains($0.object) }
        } else {
            // An edge between two of the nodes is in both reads; it is taken from the first.
            found =
                try source.statements(subjects: nodes, predicates: relations)
                + source.statements(predicates: relations, objects: nodes).filter { !near.contains($0.subject) }
        }
        return try kept(found, near: near, filter: filter)
    }

    /// The edges between two of `nodes` that pass `filter`.
    public func edges(among nodes: [Int64], filter: WalkFilter) throws -> [StatementIDs] {
        let relations = try followed(filter)
        guard !nodes.isEmpty, !relations.isEmpty else { return [] }
        return try kept(
            try source.statements(subjects: nodes, predicates: relations, objects: nodes), near: IDSet(nodes),
            filter: filter)
    }

    /// Every edge of the graph that passes `filter`.
    /// - Complexity: a read of every triple of the relations followed.
    public func edges(filter: WalkFilter) throws -> [StatementIDs] {
        let relations = try followed(filter)
        guard !relations.isEmpty else { return [] }
        return try kept(try source.statements(predicates: relations), near: nil, filter: filter)
    }

    /// Seeking a node's triples by subject and by object costs about as much as reading this many index entries
    /// in order. Measured on the event data, for the 1,476 neighbours of its busiest actor: 42 µs a node against
    /// 0.25 µs an entry, an even trade near 170; a walk's nodes are seldom busier than a hub's neighbours. A whole
    /// read that finds more entries than that gives up, having cost at most as much as the seeks.
    public static let entriesPerNode = 128

    /// The relations `filter` follows, as ids.
    private func followed(_ filter: WalkFilter) throws -> [Int64] {
        filter.relations.isEmpty ? relations : try source.ids(of: filter.relations)
    }

    /// Those of `found` that pass `filter`; the ends outside `near` (every end when `nil`) must have its classes.
    private func kept(_ found: [StatementIDs], near: IDSet?, filter: WalkFilter) throws -> [StatementIDs] {
        let ends = found.ends
        try load(ends)
        // Both ends must be IRIs; ends are far fewer than edges, so they are tested rather than every edge.
        let others = IDSet(ends.filter { !isIRI($0) })
        var edges =
            others.isEmpty ? found : found.filter { !others.contains($0.subject) && !others.contains($0.object) }
        if !filter.classes.isEmpty {
            let far = edges.ends.filter { near?.contains($0) != true }
            let classes = try source.ids(of: filter.classes)
            var admitted = IDSet(
                try source.statements(subjects: far.sorted(), predicates: [ids.type], objects: classes).map(\.subject))
            for id in near ?? IDSet() { admitted.insert(id) }
            edges = edges.filter { admitted.contains($0.subject) && admitted.contains($0.object) }
        }
        if filter.readsFacts {
            let facts = try self.facts(for: Set(edges))
            edges = edges.filter { edge in (facts[edge] ?? []).contains { filter.admits($0.record) } }
        }
        return edges
    }
}
