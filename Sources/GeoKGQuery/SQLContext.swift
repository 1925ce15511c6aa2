import GeoKGRDF
import GeoKGStore

/// What compiling one query to SQL accumulates: bound parameters, fresh aliases, column names for variables,
/// and the ids of the terms the query names.
final class SQLContext {
    let store: TripleStore
    let localTerms: LocalTerms
    /// Whether the store has named graphs, so that the default graph (their union) must not repeat a triple.
    let hasNamedGraphs: Bool
    /// The terms of the store's facts graph, kept in tables of its own; `nil` when it holds no fact.
    let facts: FactTerms?
    private(set) var parameters: [SQLValue] = []
    /// Whether a pattern reads `quads` and the fact tables together, a `UNION ALL` (see `statements`).
    private(set) var readsUnion = false
    private var aliasCount = 0
    private var columnNumbers: [String: Int] = [:]

    init(store: TripleStore, localTerms: LocalTerms) throws(StoreError) {
        self.store = store
        self.localTerms = localTerms
        hasNamedGraphs = try store.hasNamedGraphs()
        facts = try store.factTerms()
    }

    /// What a pattern of predicate `predicate` and object `object` (variables when `nil`) in graph `graph` (any
    /// when `nil`) reads, as rows `s, p, o, g`: `quads`, with the fact tables' rows when they may match; only
    /// those in the facts graph when the pattern is and its predicate is one of theirs.
    func statements(predicate: Term?, object: Term? = nil, graph: Term? = nil) throws(StoreError) -> String {
        guard let facts else { return StoreSchema.quads }
        let predicates = try predicate.map { term throws(StoreError) in Set([try id(for: term)]) }
        // An IRI or blank node object is never one of the fields whose objects are literals.
        let literals = if case .literal? = object { true } else { object == nil }
        if let graph, try id(for: graph) != facts.graph { return StoreSchema.quads }
        // A predicate only the fact tables hold (the mention, the counts, the report dates, or any field inside
        // the facts graph) reads them alone: a plain SELECT, which SQLite folds into a join.
        if let predicates, let rows = facts.statementsSQL(predicates: predicates, literals: literals) {
            let inQuads = graph == nil ? try store.holdsStatements(predicates: Array(predicates)) : false
            if !inQuads { return "(\(rows))" }
        }
        let rows = facts.allStatementsSQL(predicates: predicates, literals: literals)
        if rows != StoreSchema.quads { readsUnion = true }
        return rows
    }

    /// A placeholder bound to `value`.
    func parameter(_ value: SQLValue) -> String {
        parameters.append(value)
        return "?\(parameters.count)"
    }

    /// A placeholder bound to the id of `term`: its row in the store, or a negative id of the query's own.
    func parameter(for term: Term) throws(StoreError) -> String {
        parameter(.integer(try id(for: term)))
    }

    /// The id of `term`: its row in the store, or a negative id of the query's own.
    func id(for term: Term) throws(StoreError) -> Int64 {
        try store.storedID(of: term) ?? localTerms.id(for: term)
    }

    /// A fresh SQL alias starting with `prefix`.
    func alias(_ prefix: String) -> String {
        aliasCount += 1
        return "\(prefix)\(aliasCount)"
    }

    /// The column name carrying `variable` out of sub-queries.
    func column(_ variable: String) -> String {
        if let number = columnNumbers[variable] { return "v\(number)" }
        let number = columnNumbers.count + 1
        columnNumbers[variable] = number
        return "v\(number)"
    }

    /// A variable no query can name, for the middle of a path.
    func hiddenVariable() -> String {
        "_:" + alias("path")
    }
}

/// Whether a variable is one the query cannot project: a blank node or a path's middle.
func isHidden(_ variable: String) -> Bool {
    variable.hasPrefix("_:")
}
