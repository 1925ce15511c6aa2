/// Large writes without the cost of keeping the secondary indexes up to date row by row.
extension SQLiteConnection {
    /// Drops the indexes that a write of about `statements` statements would update at random places (those led by
    /// predicate or object), when that is at least 10,000 statements and at least as many as the store holds:
    /// building them again afterwards (`buildIndexes`) is several times faster than updating them row by
    /// row. The graph index, which a graph's statements fill in order, is kept. Returns whether it dropped them.
    func dropIndexesBeforeWriting(_ statements: Int) throws(StoreError) -> Bool {
        guard statements >= 10_000, statements >= Int(try integer("SELECT count(*) FROM quads")) else { return false }
        try dropIndexes(StoreSchema.secondaryIndexes.filter { $0.name != "quads_graph" })
        return true
    }

    /// Drops `indexes`, for `buildIndexes` to build again after a large write.
    func dropIndexes(_ indexes: [(name: String, sql: String)]) throws(StoreError) {
        for index in indexes { try execute("DROP INDEX IF EXISTS \(index.name)") }
    }

    /// Builds `indexes` (the secondary indexes of `quads` unless told otherwise) from their tables. A small sorter
    /// budget makes SQLite sort in chunks, which it spreads over a second thread (`PRAGMA threads`): a third
    /// faster on two cores.
    func buildIndexes(_ indexes: [(name: String, sql: String)] = StoreSchema.secondaryIndexes) throws(StoreError) {
        try execute("PRAGMA cache_size = -8192")
        defer { try? execute("PRAGMA cache_size = -65536") }
        for index in indexes { try execute(index.sql) }
    }
}
