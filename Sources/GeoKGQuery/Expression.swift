public import GeoKGRDF

/// A SPARQL expression.
public indirect enum Expression: Sendable {
    case variable(String)
    case constant(Term)
    case or(Expression, Expression)
    case and(Expression, Expression)
    case not(Expression)
    case compare(Comparison, Expression, Expression)
    /// `x IN (...)`, or `x NOT IN (...)` when `negated`.
    case membership(Expression, [Expression], negated: Bool)
    case arithmetic(Arithmetic, Expression, Expression)
    case negate(Expression)
    case call(Builtin, [Expression])
    case aggregate(Aggregate)

    /// Comparison operators.
    public enum Comparison: String, Sendable {
        case equal = "=", notEqual = "!=", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    }

    /// Arithmetic operators.
    public enum Arithmetic: String, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
    }

    /// Whether an aggregate occurs anywhere in the expression.
    var hasAggregate: Bool {
        switch self {
        case .variable, .constant: false
        case .aggregate: true
        case .not(let operand), .negate(let operand): operand.hasAggregate
        case .or(let left, let right), .and(let left, let right), .compare(_, let left, let right),
            .arithmetic(_, let left, let right):
            left.hasAggregate || right.hasAggregate
        case .membership(let operand, let list, _): operand.hasAggregate || list.contains { $0.hasAggregate }
        case .call(_, let arguments): arguments.contains { $0.hasAggregate }
        }
    }
}

/// The built-in functions geokg evaluates, with their SPARQL names and numbers of arguments.
public enum Builtin: String, Sendable, CaseIterable {
    case bound = "BOUND", str = "STR", lang = "LANG", datatype = "DATATYPE", lcase = "LCASE", ucase = "UCASE"
    case strlen = "STRLEN", contains = "CONTAINS", strstarts = "STRSTARTS", strends = "STRENDS"
    case regex = "REGEX", langMatches = "LANGMATCHES", sameTerm = "SAMETERM"
    case isIRI = "ISIRI", isURI = "ISURI", isLiteral = "ISLITERAL", isBlank = "ISBLANK", isNumeric = "ISNUMERIC"
    case conditional = "IF", coalesce = "COALESCE", concat = "CONCAT"

    /// The numbers of arguments the function takes.
    var arity: ClosedRange<Int> {
        switch self {
        case .bound, .str, .lang, .datatype, .lcase, .ucase, .strlen, .isIRI, .isURI, .isLiteral, .isBlank,
            .isNumeric:
            1...1
        case .contains, .strstarts, .strends, .langMatches, .sameTerm: 2...2
        case .regex: 2...3
        case .conditional: 3...3
        case .coalesce, .concat: 0...Int.max
        }
    }
}

/// An aggregate of a group's solutions.
public struct Aggregate: Sendable {
    /// Aggregate functions.
    public enum Function: String, Sendable {
        case count = "COUNT", sum = "SUM", min = "MIN", max = "MAX", avg = "AVG", sample = "SAMPLE"
        case groupConcat = "GROUP_CONCAT"
    }

    public let function: Function
    public let distinct: Bool
    /// `nil` for `COUNT(*)`.
    public let argument: Expression?
    /// `GROUP_CONCAT`'s separator.
    public let separator: String
}
