import GeoKGRDF

/// Maps terms to their integer ids and back, through a bounded in-memory cache over the `terms` table.
final class TermDictionary {
    /// The most terms kept in each direction's cache; past it the cache starts over, so memory stays flat. An
    /// ingest's terms are mostly its own event nodes and evidence sentences, met once: a larger cache (400,000)
    /// held 45 MB more after 20,000 articles and sped neither ingest nor the import of 1.4 million triples.
    static let cacheLimit = 100_000

    private let connection: SQLiteConnection
    private let findByHash: SQLiteStatement
    private let insert: SQLiteStatement
    private let insertMany: SQLiteStatement
    /// New terms not yet written, with their ids and hashes; written `rowsPerInsert` at a time.
    private var pending: [(id: Int64, hash: Int64, term: StoredTerm)] = []
    static let rowsPerInsert = 64
    private let findByID: SQLiteStatement
    private var ids: [StoredTerm: Int64] = [:]
    private var terms: [Int64: Term] = [:]
    private var nextID: Int64
    /// Whether `ids` holds every term of the store, so that a term missing from it is new (true for a store
    /// that was empty when this dictionary last looked, until the cache first starts over).
    private var cacheIsComplete = false

    init(connection: SQLiteConnection) throws(StoreError) {
        self.connection = connection
        findByHash = try connection.prepare(
            "SELECT id, kind, value, datatype, lang FROM terms WHERE hash = ?")
        let insertSQL = "INSERT INTO terms(id, hash, kind, value, datatype, lang) VALUES "
        insert = try connection.prepare(insertSQL + "(?, ?, ?, ?, ?, ?)")
        insertMany = try connection.prepare(
            insertSQL
                + Array(repeating: "(?, ?, ?, ?, ?, ?)", count: TermDictionary.rowsPerInsert).joined(separator: ", "))
        findByID = try connection.prepare("SELECT kind, value, datatype, lang FROM terms WHERE id = ?")
        nextID = try connection.integer("SELECT coalesce(max(id), 0) FROM terms") + 1
        cacheIsComplete = nextID == 1
    }

    /// Catches up with terms other connections may have added; call at the start of each write transaction.
    func refresh() throws(StoreError) {
        let next = try connection.integer("SELECT coalesce(max(id), 0) FROM terms") + 1
        if next != nextID {
            cacheIsComplete = false
            nextID = next
        }
    }

    /// The id of `term`, adding it to the table when it is new.
    func id(for term: StoredTerm) throws(StoreError) -> Int64 {
        if let id = ids[term] { return id }
        let hash = term.storedHash
        let id: Int64
        if !cacheIsComplete, let found = try lookup(term, hash: hash) {
            id = found
        } else {
            id = try add(term, hash: hash)
        }
        if ids.count >= TermDictionary.cacheLimit {
            try writePending()
            ids.removeAll(keepingCapacity: true)
            cacheIsComplete = false
        }
        ids[term] = id
        return id
    }

    /// The term with row id `id`.
    func term(for id: Int64) throws(StoreError) -> Term {
        if let term = terms[id] { return term }
        // Unwritten terms have the latest ids, in order.
        if let first = pending.first?.id, id >= first, id - first < pending.count {
            return pending[Int(id - first)].term.term(id: id)
        }
        findByID.reset()
        defer { findByID.reset() }
        findByID.bind(id, at: 1)
        guard try findByID.step(), let kind = StoreSchema.TermKind(rawValue: findByID.int64(0)) else {
            throw StoreError(path: connection.path, message: "the store is damaged: term \(id) is missing")
        }
        let term = StoredTerm(
            kind: kind, value: findByID.text(1), datatype: findByID.text(2), language: findByID.text(3)
        ).term(id: id)
        if terms.count >= TermDictionary.cacheLimit { terms.removeAll(keepingCapacity: true) }
        terms[id] = term
        return term
    }

    /// Writes the new terms still buffered; call before the transaction ends.
    func writePending() throws(StoreError) {
        var start = 0
        while start < pending.count {
            let many = pending.count - start >= TermDictionary.rowsPerInsert
            let statement = many ? insertMany : insert
            let count = many ? TermDictionary.rowsPerInsert : 1
            statement.reset()
            for (offset, row) in pending[start..<(start + count)].enumerated() {
                let base = Int32(offset * 6)
                try statement.bind(.integer(row.id), at: base + 1)
                try statement.bind(.integer(row.hash), at: base + 2)
                try statement.bind(.integer(row.term.kind.rawValue), at: base + 3)
                try statement.bind(.text(row.term.value), at: base + 4)
                try statement.bind(.text(row.term.datatype), at: base + 5)
                try statement.bind(.text(row.term.language), at: base + 6)
            }
            _ = try statement.step()
            start += count
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Forgets cached ids and unwritten terms, after a rolled-back transaction took some rows away.
    func forgetCachedIDs() throws(StoreError) {
        pending.removeAll()
        ids.removeAll()
        nextID = try connection.integer("SELECT coalesce(max(id), 0) FROM terms") + 1
        cacheIsComplete = nextID == 1
    }

    /// The id of `term` when the table holds it, without adding it.
    func existingID(for term: StoredTerm) throws(StoreError) -> Int64? {
        if let id = ids[term] { return id }
        return try lookup(term, hash: term.storedHash)
    }

    /// The id the table gives `term`. Terms not yet written need not be: every one of them is in `ids`, which
    /// callers ask first (the cache starts over only after they are written). A new term is then looked up
    /// without writing the one before, and terms are written `rowsPerInsert` at a time.
    private func lookup(_ term: StoredTerm, hash: Int64) throws(StoreError) -> Int64? {
        findByHash.reset()
        defer { findByHash.reset() }
        findByHash.bind(hash, at: 1)
        while try findByHash.step() {
            if findByHash.int64(1) == term.kind.rawValue, findByHash.text(2) == term.value,
                findByHash.text(3) == term.datatype, findByHash.text(4) == term.language
            {
                return findByHash.int64(0)
            }
        }
        return nil
    }

    private func add(_ term: StoredTerm, hash: Int64) throws(StoreError) -> Int64 {
        let id = nextID
        pending.append((id, hash, term))
        if pending.count >= TermDictionary.rowsPerInsert { try writePending() }
        nextID += 1
        return id
    }
}
