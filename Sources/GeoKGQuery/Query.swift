public import GeoKGRDF

/// A parsed SPARQL query: its form, its pattern and its solution modifiers.
public struct Query: Sendable {
    /// What the query returns.
    public enum Form: Sendable {
        /// Solutions; `projection` is `nil` for `SELECT *`.
        case select(distinct: Bool, projection: [Projection]?)
        /// Whether there is a solution.
        case ask
        /// The triples of the template, for each solution.
        case construct(template: [TriplePattern])
    }

    public let form: Form
    /// The `WHERE` pattern.
    public let pattern: GroupPattern
    /// Keys of `GROUP BY`.
    public let groupBy: [Projection]
    /// `HAVING` conditions.
    public let having: [Expression]
    /// `ORDER BY` keys.
    public let orderBy: [OrderKey]
    public let limit: Int?
    public let offset: Int
}

/// A projected value: a variable, or an expression bound to one (`(expr AS ?v)`).
public struct Projection: Sendable {
    public let variable: String
    /// `nil` for a bare variable.
    public let expression: Expression?
}

/// One key of `ORDER BY`.
public struct OrderKey: Sendable {
    public let expression: Expression
    public let descending: Bool
}

/// A subject or object in a pattern: a variable or a fixed term. Blank nodes of the query are variables
/// whose names start with `_:`, which cannot be projected.
public enum PatternTerm: Sendable, Hashable {
    case variable(String)
    case term(Term)

    /// The term, or `nil` for a variable.
    var term: Term? {
        if case .term(let term) = self { return term }
        return nil
    }
}

/// A triple pattern whose predicate is a variable or a property path.
public struct TriplePattern: Sendable {
    public let subject: PatternTerm
    public let verb: Verb
    public let object: PatternTerm

    /// The predicate position.
    public enum Verb: Sendable {
        case variable(String)
        case path(PropertyPath)
    }
}

/// A property path; a single IRI is the plainest one.
public indirect enum PropertyPath: Sendable {
    case iri(IRI)
    case inverse(PropertyPath)
    case sequence([PropertyPath])
    case alternative([PropertyPath])
    case oneOrMore(PropertyPath)
    case zeroOrMore(PropertyPath)
    case zeroOrOne(PropertyPath)
}

/// A group `{ ... }`: its elements in order.
public struct GroupPattern: Sendable {
    public let elements: [PatternElement]
}

/// One element of a group.
public indirect enum PatternElement: Sendable {
    case triples([TriplePattern])
    case filter(Expression)
    case optional(GroupPattern)
    case union([GroupPattern])
    case group(GroupPattern)
    case graph(PatternTerm, GroupPattern)
    case values(InlineData)
}

/// `VALUES`: variables and rows of terms (`nil` for `UNDEF`).
public struct InlineData: Sendable {
    public let variables: [String]
    public let rows: [[Term?]]
}
