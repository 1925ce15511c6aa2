public import GeoKGRDF

/// Read access for query engines: term ids, and (for geokg's own modules only) SQL over the tables that
/// `StoreSchema` names and describes, with functions defined in Swift for that SQL.
extension TripleStore {
    /// The id of `term` when the store holds it; `nil` means no statement mentions it. Blank nodes are never found.
    public func storedID(of term: Term) throws(StoreError) -> Int64? {
        if case .blank = term { return nil }
        return try dictionary.existingID(for: StoredTerm(term, blankNodeScope: ""))
    }

    /// The term with id `id`; blank nodes are named `b` followed by their id.
    public func term(id: Int64) throws(StoreError) -> Term {
        try dictionary.term(for: id)
    }

    /// Whether any statement is in a named graph.
    public func hasNamedGraphs() throws(StoreError) -> Bool {
        try connection.integer("SELECT EXISTS (SELECT 1 FROM quads INDEXED BY quads_graph WHERE g <> 0)") != 0
    }

    /// Whether `quads` holds a statement with one of `predicates` (the fact tables' rows aside).
    package func holdsStatements(predicates: [Int64]) throws(StoreError) -> Bool {
        let statement = try connection.prepare(
            "SELECT EXISTS (SELECT 1 FROM quads INDEXED BY quads_pos WHERE p IN (SELECT value FROM json_each(?)))")
        try statement.bind([Self.idList(predicates)])
        defer { statement.reset() }
        return try statement.step() && statement.int64(0) != 0
    }

    /// The terms the facts graph is read with, or `nil` when the store holds no consolidated fact: for SQL over
    /// its statements (`FactTerms.allStatementsSQL`).
    package func factTerms() throws(StoreError) -> FactTerms? {
        try connection.factTerms()
    }

    /// Runs the read-only statement `sql` with `arguments` bound in order, in one read transaction, and calls
    /// `row` with each row's columns until it returns `false`.
    /// - Throws: `StoreError` when the SQL fails or would write; what `row` throws.
    package func select(_ sql: String, _ arguments: [SQLValue], _ row: ([SQLValue]) throws -> Bool) throws {
        let statement = try connection.prepare(sql)
        guard statement.isReadOnly else {
            throw StoreError(path: path, message: "a query may only read the store", sql: sql)
        }
        try statement.bind(arguments)
        try connection.execute("BEGIN")
        defer {
            statement.reset()
            try? connection.execute("COMMIT")
        }
        let columns = statement.columnCount
        while try statement.step() {
            guard try row((0..<columns).map(statement.value)) else { break }
        }
    }

    /// Defines the SQL function `name` with `arity` arguments for this store's connection.
    package func defineFunction(_ name: String, arity: Int32, _ body: @escaping ([SQLValue]) -> SQLValue)
        throws(StoreError)
    {
        try connection.defineFunction(name, arity: arity, body)
    }

    /// Defines the SQL aggregate function `name`; `make` gives each group's state.
    package func defineAggregate(_ name: String, arity: Int32, _ make: @escaping () -> any SQLAggregate)
        throws(StoreError)
    {
        try connection.defineAggregate(name, arity: arity, make)
    }
}
