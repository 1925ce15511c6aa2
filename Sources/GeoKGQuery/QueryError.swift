public import GeoKGErrors

/// A query that cannot be run: a syntax error, a construct outside geokg's SPARQL subset, or a failure while
/// evaluating, with the line and column where the query text is at fault.
public struct QueryError: GeoKGError, Sendable {
    /// What went wrong.
    public let message: String
    /// 1-based line and column in the query text, when the fault has a place.
    public let line: Int?
    public let column: Int?

    init(_ message: String, at position: SourcePosition? = nil) {
        self.message = message
        self.line = position?.line
        self.column = position?.column
    }

    public var description: String {
        guard let line, let column else { return message }
        return "line \(line), column \(column): \(message)"
    }
}

/// A place in the query text.
struct SourcePosition: Sendable, Equatable {
    let line: Int
    let column: Int
}
