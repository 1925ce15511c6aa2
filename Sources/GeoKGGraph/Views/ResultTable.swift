public import GeoKGQuery
public import GeoKGRDF

/// Rows of terms under named columns: what the everyday commands answer, written like SELECT results.
public struct ResultTable: Sendable {
    public let variables: [String]
    public var rows: [[Term?]]

    public init(variables: [String], rows: [[Term?]] = []) {
        self.variables = variables
        self.rows = rows
    }

    /// Writes the table through `writer` (table, TSV, CSV or JSON).
    public func write(to writer: ResultWriter) throws {
        try writer.write(.variables(variables))
        for row in rows { try writer.write(.solution(row)) }
        try writer.finish()
    }
}

extension Term {
    /// The term in SPARQL syntax, for building queries (N-Triples terms are valid SPARQL).
    var sparql: String { description }
}

extension String {
    /// The text as a SPARQL string literal.
    var sparqlLiteral: String { Term.literal(Literal(self)).sparql }
}
