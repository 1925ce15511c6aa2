public import GeoKGRDF

/// Reading and writing by term id inside one of the store's write transactions: what a `DerivedGraph` works with.
public final class StoreSession {
    let connection: SQLiteConnection
    private let dictionary: TermDictionary
    private var prepared: [String: SQLiteStatement] = [:]
    /// Whether `clearFacts` dropped the fact tables' indexes, for `finish` to build them again.
    var factIndexesDropped = false

    init(connection: SQLiteConnection, dictionary: TermDictionary) throws(StoreError) {
        self.connection = connection
        self.dictionary = dictionary
    }

    /// Runs `sql` with `arguments` and calls `row` with each row's columns until it returns `false`.
    package func select(_ sql: String, _ arguments: [SQLValue], _ row: ([SQLValue]) throws -> Bool) throws {
        let statement = try statement(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        let columns = statement.columnCount
        while try statement.step() {
            guard try row((0..<columns).map(statement.value)) else { break }
        }
    }

    /// Runs `sql` with `arguments` and calls `row` with each row, read in place: for the many small rows of
    /// integers that `select`'s arrays of values would make slow.
    package func forEachRow(_ sql: String, _ arguments: [SQLValue], _ row: (StoreRow) throws -> Void) throws {
        let statement = try statement(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        while try statement.step() { try row(StoreRow(statement: statement)) }
    }

    /// Runs the writing statement `sql` (a `DELETE`, say) with `arguments`.
    package func run(_ sql: String, _ arguments: [SQLValue]) throws(StoreError) {
        let statement = try statement(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        try statement.run()
    }

    /// A number that changes whenever another connection commits to the store (`PRAGMA data_version`): what this
    /// connection remembers of the store is still true while it stays the same.
    package func dataVersion() throws(StoreError) -> Int64 {
        try connection.integer("PRAGMA data_version")
    }

    /// The id of `term`, added to the store's terms when new. Blank nodes are not supported.
    package func id(of term: Term) throws(StoreError) -> Int64 {
        try dictionary.id(for: StoredTerm(term, blankNodeScope: ""))
    }

    /// The id of `term` when the store holds it.
    package func existingID(of term: Term) throws(StoreError) -> Int64? {
        try dictionary.existingID(for: StoredTerm(term, blankNodeScope: ""))
    }

    /// The term with id `id`.
    package func term(id: Int64) throws(StoreError) -> Term {
        try dictionary.term(for: id)
    }

    /// The text the store keeps of the term with id `id` (an IRI's, or a literal's lexical form), from the cache of
    /// terms when it holds it.
    package func storedValue(of id: Int64) throws(StoreError) -> String {
        StoredTerm(try dictionary.term(for: id), blankNodeScope: "").value
    }

    /// Writes the terms still buffered, and builds the fact tables' indexes again if they were dropped.
    func finish() throws(StoreError) {
        try dictionary.writePending()
        if factIndexesDropped {
            try connection.buildIndexes(StoreSchema.factIndexes)
            factIndexesDropped = false
        }
    }

    func statement(_ sql: String) throws(StoreError) -> SQLiteStatement {
        if let known = prepared[sql] { return known }
        let made = try connection.prepare(sql)
        prepared[sql] = made
        return made
    }
}

/// The current row of a statement, read column by column.
package struct StoreRow {
    fileprivate let statement: SQLiteStatement

    /// Column `index` as an integer (0 for NULL).
    package func integer(_ index: Int32) -> Int64 { statement.int64(index) }

    /// Column `index` as text, or `nil` for NULL.
    package func text(_ index: Int32) -> String? {
        statement.value(index) == .null ? nil : statement.text(index)
    }
}
