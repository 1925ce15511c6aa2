public import GeoKGRDF
public import GeoKGStore

/// What a query gives, one piece at a time: SELECT gives its variables then its solutions, ASK a boolean,
/// CONSTRUCT its triples (each once).
public enum QueryOutput: Sendable {
    case variables([String])
    /// A solution: a term per variable, `nil` where it is unbound.
    case solution([Term?])
    case boolean(Bool)
    case triple(Triple)
}

/// Runs SPARQL queries on a store: each query becomes one SQL statement, so that SQLite does the joins over
/// the store's indexes and results stream out without the graph being loaded.
///
/// ```swift
/// let engine = try QueryEngine(store: store)
/// try engine.run("SELECT ?who WHERE { ?who geo:meets entity:china }") { output in print(output) }
/// ```
/// The default graph is the union of the store's graphs (each triple once); `GRAPH` reaches the named ones.
public final class QueryEngine {
    private let store: TripleStore
    private let localTerms = LocalTerms()

    /// Readies `store` for queries, defining the SQL functions they call.
    public init(store: TripleStore) throws(StoreError) {
        self.store = store
        try QueryFunctions.define(on: store, localTerms: localTerms)
    }

    /// Parses `text` without running it.
    /// - Throws: `QueryError` naming the line and column of a syntax error or of a construct outside the subset.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        try QueryParser.parse(text)
    }

    /// SQLite's plan for the statement the query `text` compiles to, a line a step: how the store will read it.
    package func plan(_ text: String) throws -> [String] {
        localTerms.removeAll()
        let compiled = try QueryCompiler(context: SQLContext(store: store, localTerms: localTerms))
            .compile(try Self.parse(text))
        var lines: [String] = []
        try store.select("EXPLAIN QUERY PLAN " + compiled.sql, compiled.parameters) { row in
            lines.append(row.last?.text ?? "")
            return true
        }
        return lines
    }

    /// Runs the query `text`, handing `output` its results as they come.
    /// - Throws: `QueryError` for a query that cannot be parsed or compiled; `StoreError` when SQLite fails;
    ///   what `output` throws.
    public func run(_ text: String, _ output: (QueryOutput) throws -> Void) throws {
        try run(QueryParser.parse(text), output)
    }

    /// Runs a parsed query.
    public func run(_ query: Query, _ output: (QueryOutput) throws -> Void) throws {
        localTerms.removeAll()
        let compiled = try QueryCompiler(context: SQLContext(store: store, localTerms: localTerms)).compile(query)
        switch query.form {
        case .select:
            try output(.variables(compiled.variables))
            try store.select(compiled.sql, compiled.parameters) { row in
                try output(.solution(try terms(of: row, compiled)))
                return true
            }
        case .ask:
            var found = false
            try store.select(compiled.sql, compiled.parameters) { _ in
                found = true
                return false
            }
            try output(.boolean(found))
        case .construct(let template):
            var seen: Set<Triple> = []
            var solution = 0
            try store.select(compiled.sql, compiled.parameters) { row in
                solution += 1
                let values = try terms(of: row, compiled)
                let bindings = Dictionary(uniqueKeysWithValues: zip(compiled.variables, values))
                for pattern in template {
                    guard let triple = instantiate(pattern, bindings, solution: solution),
                        seen.insert(triple).inserted
                    else { continue }
                    try output(.triple(triple))
                }
                return true
            }
        }
    }

    /// Runs `text` and gathers a SELECT's variables and solutions (for small results and tests).
    public func select(_ text: String) throws -> (variables: [String], solutions: [[Term?]]) {
        var variables: [String] = []
        var solutions: [[Term?]] = []
        try run(text) { output in
            switch output {
            case .variables(let names): variables = names
            case .solution(let row): solutions.append(row)
            default: break
            }
        }
        return (variables, solutions)
    }

    private func terms(of row: [SQLValue], _ compiled: CompiledQuery) throws -> [Term?] {
        try zip(row, compiled.columns).map { value, column throws -> Term? in
            switch (value, column) {
            case (.integer(let id), .id):
                return (id < 0 ? localTerms.term(id) : try store.term(id: id)).map(CanonicalForm.of)
            case (.text(let text), .term):
                return TermCodec.decode(text).map(CanonicalForm.of)
            default:
                return nil
            }
        }
    }

    /// A template triple with the solution's terms; `nil` when a variable is unbound or the triple is not valid
    /// RDF. Template blank nodes are fresh for each solution.
    private func instantiate(_ pattern: TriplePattern, _ bindings: [String: Term?], solution: Int) -> Triple? {
        func resolve(_ position: PatternTerm) -> Term? {
            switch position {
            case .term(let term): return term
            case .variable(let name) where isHidden(name):
                return .blank(
                    BlankNode(unchecked: "c\(solution)_" + name.dropFirst(2).filter { $0.isLetter || $0.isNumber }))
            case .variable(let name): return bindings[name] ?? nil
            }
        }
        let predicate: Term?
        switch pattern.verb {
        case .variable(let name): predicate = resolve(.variable(name))
        case .path(.iri(let iri)): predicate = .iri(iri)
        case .path: predicate = nil
        }
        guard let subject = resolve(pattern.subject), let object = resolve(pattern.object),
            case .iri(let predicateIRI)? = predicate
        else { return nil }
        if case .literal = subject { return nil }
        return Triple(subject, predicateIRI, object)
    }
}
