import GeoKGRDF
import GeoKGStore

/// Defines the SQL functions compiled queries call, on one store's connection.
///
/// Terms travel through SQL in `TermCodec`'s encoded form; truth values as 1, 0 or NULL (error).
enum QueryFunctions {
    /// Defines every function; `localTerms` gives the encoded forms of the running query's own terms.
    static func define(on store: TripleStore, localTerms: LocalTerms) throws(StoreError) {
        let builtins = BuiltinEvaluator()
        let comparisons = Memo<[SQLValue], SQLValue>()
        let truths = Memo<SQLValue, SQLValue>()
        let sortKeys = Memo<SQLValue, SQLValue>()
        try store.defineFunction("geokg_local_term", arity: 1) { arguments in
            guard let id = arguments[0].integer, let text = localTerms.encoded(id) else { return .null }
            return .text(text)
        }
        try store.defineFunction("sparql_compare", arity: 3) { arguments in
            comparisons.value(arguments) {
                guard let symbol = arguments[0].text, let operation = Expression.Comparison(rawValue: symbol) else {
                    return .null
                }
                return truth(TermSemantics.compare(operation, term(arguments[1]), term(arguments[2])))
            }
        }
        try store.defineFunction("sparql_truth", arity: 1) { arguments in
            truths.value(arguments[0]) { truth(TermSemantics.truth(term(arguments[0]))) }
        }
        try store.defineFunction("sparql_arithmetic", arity: 3) { arguments in
            guard let symbol = arguments[0].text, let operation = Expression.Arithmetic(rawValue: symbol),
                let left = term(arguments[1]), let right = term(arguments[2]),
                case .numeric(let x) = LiteralValue(left), case .numeric(let y) = LiteralValue(right),
                let result = x.apply(operation, y)
            else { return .null }
            return encoded(.literal(result.literal))
        }
        try store.defineFunction("sparql_negate", arity: 1) { arguments in
            guard let operand = term(arguments[0]), case .numeric(let number) = LiteralValue(operand) else {
                return .null
            }
            return encoded(.literal(number.negated.literal))
        }
        try store.defineFunction("sparql_call", arity: -1) { arguments in
            guard let name = arguments.first?.text, let builtin = Builtin(rawValue: name) else { return .null }
            let terms = arguments.dropFirst().map(term)
            if BuiltinEvaluator.isTest(builtin) { return truth(builtins.test(builtin, terms)) }
            return builtins.value(builtin, terms).map(encoded) ?? .null
        }
        try store.defineAggregate("sparql_sum", arity: 1) { NumericAggregate(averages: false) }
        try store.defineAggregate("sparql_avg", arity: 1) { NumericAggregate(averages: true) }
        try store.defineAggregate("sparql_min", arity: 1) { ExtremeAggregate(.minimum) }
        try store.defineAggregate("sparql_max", arity: 1) { ExtremeAggregate(.maximum) }
        try store.defineAggregate("sparql_sample", arity: 1) { ExtremeAggregate(.sample) }
        try store.defineAggregate("sparql_group_concat", arity: 1) { ConcatAggregate() }
        try store.defineFunction("sparql_sort_key", arity: 1) { arguments in
            sortKeys.value(arguments[0]) { term(arguments[0]).map { .text(SortKey.of($0)) } ?? .null }
        }
    }

    private static func term(_ value: SQLValue) -> Term? {
        value.text.flatMap(TermCodec.decode)
    }

    private static func encoded(_ term: Term) -> SQLValue {
        .text(TermCodec.encode(term))
    }

    private static func truth(_ value: Bool?) -> SQLValue {
        value.map { .integer($0 ? 1 : 0) } ?? .null
    }
}

/// The terms a query names that the store does not hold, numbered -1, -2, ... so that SQL can carry them.
final class LocalTerms: @unchecked Sendable {
    private var terms: [Term] = []
    private var ids: [Term: Int64] = [:]

    /// The id of `term` among the query's own terms, assigned on first use.
    func id(for term: Term) -> Int64 {
        if let id = ids[term] { return id }
        terms.append(term)
        let id = -Int64(terms.count)
        ids[term] = id
        return id
    }

    /// The term with the negative id `id`.
    func term(_ id: Int64) -> Term? {
        let index = Int(-id) - 1
        return terms.indices.contains(index) ? terms[index] : nil
    }

    /// The encoded form of the term with id `id`.
    func encoded(_ id: Int64) -> String? {
        term(id).map(TermCodec.encode)
    }

    /// Forgets every term, before the next query.
    func removeAll() {
        terms.removeAll()
        ids.removeAll()
    }
}
