import GeoKGRDF
import GeoKGStore

/// An expression in SQL, in one of three carriers.
enum CompiledExpression {
    /// A term id (a variable's binding), NULL when unbound.
    case id(String)
    /// A term in `TermCodec`'s encoded form, NULL for an error.
    case term(String)
    /// A truth value: 1, 0, or NULL for an error.
    case truth(String)
}

/// Where an expression's variables come from: the pattern's columns, or after grouping, the group keys and
/// the aggregates.
struct ExpressionScope {
    /// Id expressions of the pattern's variables.
    var columns: [String: String]
    /// Variables bound by `(expr AS ?v)` in SELECT or GROUP BY, already compiled.
    var aliases: [String: CompiledExpression] = [:]
    /// Whether the solutions are grouped: variables then come only from group keys and aliases.
    var grouped = false
    /// Whether a grouped variable that is not a key reads as unbound (HAVING) rather than an error (SELECT).
    var ungroupedAreUnbound = false
}

/// Compiles SPARQL expressions to SQL over the functions `QueryFunctions` defines.
struct ExpressionCompiler {
    let context: SQLContext

    /// SQL that is 1 when `expression`'s effective boolean value is true (as FILTER needs).
    func truthSQL(_ expression: Expression, columns: [String: String]) throws -> String {
        truth(try compile(expression, ExpressionScope(columns: columns)))
    }

    func compile(_ expression: Expression, _ scope: ExpressionScope) throws -> CompiledExpression {
        switch expression {
        case .variable(let name):
            if let alias = scope.aliases[name] { return alias }
            if scope.grouped {
                if scope.ungroupedAreUnbound { return .id("NULL") }
                throw QueryError("?\(name) is used outside an aggregate but is not a GROUP BY key")
            }
            return .id(scope.columns[name] ?? "NULL")
        case .constant(let term):
            if case .iri = term { return .id(try context.parameter(for: term)) }
            return .term(context.parameter(.text(TermCodec.encode(term))))
        case .or(let left, let right):
            return .truth("(\(truth(try compile(left, scope))) OR \(truth(try compile(right, scope))))")
        case .and(let left, let right):
            return .truth("(\(truth(try compile(left, scope))) AND \(truth(try compile(right, scope))))")
        case .not(let operand):
            return .truth("(NOT \(truth(try compile(operand, scope))))")
        case .compare(let operation, let left, let right):
            return try comparison(operation, try compile(left, scope), try compile(right, scope))
        case .membership(let operand, let list, let negated):
            let value = try compile(operand, scope)
            let tests = try list.map { truth(try comparison(.equal, value, try compile($0, scope))) }
            let any = tests.isEmpty ? "0" : "(" + tests.joined(separator: " OR ") + ")"
            return .truth(negated ? "(NOT \(any))" : any)
        case .arithmetic(let operation, let left, let right):
            let operands = (term(try compile(left, scope)), term(try compile(right, scope)))
            return .term("sparql_arithmetic('\(operation.rawValue)', \(operands.0), \(operands.1))")
        case .negate(let operand):
            return .term("sparql_negate(\(term(try compile(operand, scope))))")
        case .call(let builtin, let arguments):
            return try call(builtin, arguments, scope)
        case .aggregate(let aggregate):
            guard scope.grouped else {
                throw QueryError(
                    "an aggregate such as \(aggregate.function.rawValue) is only allowed in SELECT, HAVING and ORDER BY"
                )
            }
            return try self.aggregate(aggregate, ExpressionScope(columns: scope.columns))
        }
    }

    private func comparison(
        _ operation: Expression.Comparison, _ left: CompiledExpression, _ right: CompiledExpression
    ) throws -> CompiledExpression {
        // Two ids of which one is an IRI constant compare by identity, which keeps the index usable.
        if case .id(let l) = left, case .id(let r) = right, l.hasPrefix("?") || r.hasPrefix("?") {
            switch operation {
            case .equal: return .truth("(\(l) = \(r))")
            case .notEqual: return .truth("(\(l) <> \(r))")
            default: break
            }
        }
        return .truth("sparql_compare('\(operation.rawValue)', \(term(left)), \(term(right)))")
    }

    private func call(_ builtin: Builtin, _ arguments: [Expression], _ scope: ExpressionScope) throws
        -> CompiledExpression
    {
        switch builtin {
        case .bound:
            guard case .variable(let name) = arguments[0] else { throw QueryError("BOUND takes a variable") }
            if let alias = scope.aliases[name] { return .truth("(\(term(alias)) IS NOT NULL)") }
            return .truth("(\(scope.columns[name] ?? "NULL") IS NOT NULL)")
        case .conditional:
            let condition = truth(try compile(arguments[0], scope))
            let then = term(try compile(arguments[1], scope))
            let otherwise = term(try compile(arguments[2], scope))
            return .term("(CASE \(condition) WHEN 1 THEN \(then) WHEN 0 THEN \(otherwise) END)")
        case .coalesce:
            let terms = try arguments.map { term(try compile($0, scope)) }
            return .term(terms.isEmpty ? "NULL" : "COALESCE(\(terms.joined(separator: ", ")), NULL)")
        case .sameTerm:
            let (left, right) = (try compile(arguments[0], scope), try compile(arguments[1], scope))
            if case .id(let l) = left, case .id(let r) = right { return .truth("(\(l) = \(r))") }
            return .truth("sparql_call('SAMETERM', \(term(left)), \(term(right)))")
        default:
            if builtin == .regex, case .constant(.literal(let pattern)) = arguments[1],
                let problem = RegexGuard.problem(in: pattern.lexicalForm)
            {
                throw QueryError(problem)
            }
            let terms = try arguments.map { term(try compile($0, scope)) }
            let sql = "sparql_call('\(builtin.rawValue)'" + terms.map { ", " + $0 }.joined() + ")"
            return BuiltinEvaluator.isTest(builtin) ? .truth(sql) : .term(sql)
        }
    }

    private func aggregate(_ aggregate: Aggregate, _ scope: ExpressionScope) throws -> CompiledExpression {
        let distinct = aggregate.distinct ? "DISTINCT " : ""
        guard let argument = aggregate.argument else {
            // COUNT(*), or COUNT(DISTINCT *) over the solutions' bindings.
            guard aggregate.distinct else { return .term(TermCodec.sql(forInteger: "count(*)")) }
            let bindings = scope.columns.sorted { $0.key < $1.key }.filter { !isHidden($0.key) }.map {
                "COALESCE(\($0.value), '')"
            }
            let key = bindings.isEmpty ? "1" : bindings.joined(separator: " || ',' || ")
            return .term(TermCodec.sql(forInteger: "count(DISTINCT \(key))"))
        }
        let value = try compile(argument, scope)
        switch aggregate.function {
        case .count:
            if case .id(let id) = value { return .term(TermCodec.sql(forInteger: "count(\(distinct)\(id))")) }
            return .term(TermCodec.sql(forInteger: "count(\(distinct)\(term(value)))"))
        case .groupConcat:
            let separator = context.parameter(.text(aggregate.separator + "\u{1E}"))
            return .term("sparql_group_concat(\(distinct)\(separator) || \(term(value)))")
        default:
            let function = "sparql_" + aggregate.function.rawValue.lowercased()
            return .term("\(function)(\(distinct)\(term(value)))")
        }
    }

    /// The expression as an encoded term.
    func term(_ compiled: CompiledExpression) -> String {
        switch compiled {
        case .id(let id): TermCodec.sql(forID: id)
        case .term(let sql): sql
        case .truth(let sql):
            "(CASE \(sql) WHEN 1 THEN \(booleanTerm(true)) WHEN 0 THEN \(booleanTerm(false)) END)"
        }
    }

    /// The expression as a truth value (its effective boolean value).
    func truth(_ compiled: CompiledExpression) -> String {
        switch compiled {
        case .truth(let sql): sql
        case .id, .term: "sparql_truth(\(term(compiled)))"
        }
    }

    private func booleanTerm(_ value: Bool) -> String {
        "'" + TermCodec.encode(.literal(Literal(value ? "true" : "false", datatype: XSD.boolean))) + "'"
    }
}
