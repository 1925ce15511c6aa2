public import GeoKGRDF

/// A named graph's new content: all of one source's statements, such as one article's facts.
public struct GraphUpdate: Sendable {
    /// The graph's name.
    public let graph: IRI
    /// A hash of the source the statements come from; the same hash means the same statements.
    public let contentHash: String
    /// The source's name, for messages.
    public let name: String
    /// The statements; their own graph field is ignored.
    public let statements: [Quad]

    public init(graph: IRI, contentHash: String, name: String, statements: [Quad]) {
        self.graph = graph
        self.contentHash = contentHash
        self.name = name
        self.statements = statements
    }
}

/// What storing a `GraphUpdate` did.
public enum GraphOutcome: Sendable, Equatable {
    /// The graph already held this content.
    case unchanged
    /// The graph was new; this many statements were stored.
    case added(Int)
    /// The graph held other content, which was replaced by this many statements.
    case replaced(Int)
}

extension TripleStore {
    /// The content hash each named graph was last stored with, or `nil` for a graph the store does not hold.
    /// - Complexity: O(k log n) for k graphs.
    public func contentHashes(of graphs: [IRI]) throws(StoreError) -> [String?] {
        let find = try connection.prepare(
            "SELECT s.hash FROM graph_sources s JOIN terms t ON t.id = s.graph WHERE t.hash = ? AND t.kind = 0 AND t.value = ?"
        )
        return try graphs.map { graph throws(StoreError) in
            let term = StoredTerm(.iri(graph), blankNodeScope: "")
            try find.bind([.integer(term.storedHash), .text(graph.value)])
            defer { find.reset() }
            return try find.step() ? find.text(0) : nil
        }
    }

    /// Stores each update as the whole content of its named graph, all in one transaction: a graph whose
    /// content hash is unchanged is left alone, one with another hash is emptied and filled again. `derived`,
    /// when given, is told which graphs change, in the same transaction.
    /// - Throws: `StoreError` (what `derived` throws, too, becomes one); the store is then unchanged.
    /// - Complexity: O(n log n) in the statements written, plus the statements of replaced graphs.
    public func replaceGraphs(_ updates: [GraphUpdate], derived: (any DerivedGraph)? = nil) throws(StoreError)
        -> [GraphOutcome]
    {
        try writing(derived) { session in
            let findHash = try connection.prepare("SELECT hash FROM graph_sources WHERE graph = ?")
            var graphIDs: [Int64] = []
            var previous: [String?] = []
            for update in updates {
                let graphID = try dictionary.id(for: StoredTerm(.iri(update.graph), blankNodeScope: ""))
                try findHash.bind([.integer(graphID)])
                previous.append(try findHash.step() ? findHash.text(0) : nil)
                findHash.reset()
                graphIDs.append(graphID)
            }
            let changed = updates.indices.filter { previous[$0] != updates[$0].contentHash }
            let held = changed.filter { previous[$0] != nil }.map { graphIDs[$0] }
            var written: [WrittenStatement]? = session == nil ? nil : []
            return try changing(changed.map { graphIDs[$0] }, held: held, session) { () throws(StoreError) in
                (try write(updates, graphIDs: graphIDs, previous: previous, recording: &written), written ?? [])
            }
        }
    }

    /// Removes named graphs stored by `replaceGraphs(_:derived:)`, all in one transaction; `derived`, when given,
    /// is told which graphs change, in the same transaction. Returns, for each graph, whether the store held it.
    /// - Throws: `StoreError` (what `derived` throws, too, becomes one); the store is then unchanged.
    public func removeGraphs(_ graphs: [IRI], derived: (any DerivedGraph)? = nil) throws(StoreError) -> [Bool] {
        try writing(derived) { session in
            let find = try connection.prepare("SELECT 1 FROM graph_sources WHERE graph = ?")
            var held: [Int64] = []
            var found: [Bool] = []
            for graph in graphs {
                var present = false
                if let id = try dictionary.existingID(for: StoredTerm(.iri(graph), blankNodeScope: "")) {
                    try find.bind([.integer(id)])
                    present = try find.step()
                    find.reset()
                    if present { held.append(id) }
                }
                found.append(present)
            }
            try changing(held, held: held, session) { () throws(StoreError) in
                let clear = try connection.prepare("DELETE FROM quads WHERE g = ?")
                let forget = try connection.prepare("DELETE FROM graph_sources WHERE graph = ?")
                for id in held {
                    try clear.bind([.integer(id)])
                    try clear.run()
                    try forget.bind([.integer(id)])
                    try forget.run()
                }
                return ((), [])
            }
            return found
        }
    }

    /// Runs `change`, which changes the graphs `graphs` (of which the store held `held` before) and returns its
    /// result with the statements it wrote, telling the derived graph of `session` before and after.
    private func changing<R>(
        _ graphs: [Int64], held: [Int64], _ session: DerivedSession?,
        _ change: () throws(StoreError) -> (R, [WrittenStatement])
    ) throws -> R {
        guard let session else { return try change().0 }
        try session.derived.graphsWillChange(held, in: session.session)
        let (result, written) = try change()
        try session.derived.graphsDidChange(graphs, written: written, in: session.session)
        try session.session.finish()
        return result
    }

    /// Writes the updates whose hash differs from `previous`, each as the whole content of graph `graphIDs[i]`,
    /// appending what it writes to `recording` unless that is `nil`.
    private func write(
        _ updates: [GraphUpdate], graphIDs: [Int64], previous: [String?], recording: inout [WrittenStatement]?
    ) throws(StoreError) -> [GraphOutcome] {
        let clear = try connection.prepare("DELETE FROM quads WHERE g = ?")
        let record = try connection.prepare(
            """
            INSERT OR REPLACE INTO graph_sources(graph, hash, name, statements, loaded_at)
            VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            """)
        let writer = try StatementWriter(connection: connection, dictionary: dictionary, blankNodeScope: "graph")
        var outcomes: [GraphOutcome] = []
        for (index, update) in updates.enumerated() {
            if previous[index] == update.contentHash {
                outcomes.append(.unchanged)
                continue
            }
            if previous[index] != nil {
                try writer.flush()
                try clear.bind([.integer(graphIDs[index])])
                try clear.run()
            }
            writer.blankNodeScope = update.contentHash
            for statement in update.statements {
                let encoded = try writer.write(statement, graph: graphIDs[index])
                recording?.append(
                    WrittenStatement(
                        subject: encoded.s, predicate: encoded.p, object: encoded.o, graph: encoded.g,
                        objectTerm: statement.object, blankNodeScope: writer.blankNodeScope))
            }
            try record.bind([
                .integer(graphIDs[index]), .text(update.contentHash), .text(update.name),
                .integer(Int64(update.statements.count)),
            ])
            try record.run()
            outcomes.append(
                previous[index] == nil ? .added(update.statements.count) : .replaced(update.statements.count))
        }
        try writer.flush()
        return outcomes
    }
}

extension TripleStore {
    /// Runs `body` with a session in one write transaction, for computing a derived graph afresh.
    /// - Throws: `StoreError` (what `body` throws, too, becomes one); the store is then unchanged.
    public func rebuild<R>(_ body: (StoreSession) throws -> R) throws(StoreError) -> R {
        try writing {
            let session = try StoreSession(connection: connection, dictionary: dictionary)
            let result = try body(session)
            try session.finish()
            return result
        }
    }

    /// Runs `body` in a write transaction, with the term cache brought up to date first; on failure the
    /// transaction is rolled back, cached ids are forgotten, and the error leaves as a `StoreError`.
    private func writing<R>(_ body: () throws -> R) throws(StoreError) -> R {
        do {
            return try connection.transaction {
                try dictionary.refresh()
                return try body()
            }
        } catch let error as StoreError {
            try? dictionary.forgetCachedIDs()
            throw error
        } catch {
            try? dictionary.forgetCachedIDs()
            throw StoreError(path: path, message: "\(error)")
        }
    }

    /// `writing(_:)` with a session for `derived`, which is told when the transaction is rolled back.
    private func writing<R>(_ derived: (any DerivedGraph)?, _ body: (DerivedSession?) throws -> R) throws(StoreError)
        -> R
    {
        do {
            return try writing {
                let session = try derived.map { derived throws(StoreError) in
                    DerivedSession(
                        derived: derived, session: try StoreSession(connection: connection, dictionary: dictionary))
                }
                return try body(session)
            }
        } catch {
            derived?.changesRolledBack()
            throw error
        }
    }
}

/// A derived graph and the session it works in during one transaction.
private struct DerivedSession {
    let derived: any DerivedGraph
    let session: StoreSession
}
