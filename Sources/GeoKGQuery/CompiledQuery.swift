import GeoKGStore

/// A query as one SQL statement, with how to read its rows back.
struct CompiledQuery {
    /// What a result column carries.
    enum Column {
        /// A term id.
        case id
        /// A term in `TermCodec`'s encoded form.
        case term
    }

    let sql: String
    let parameters: [SQLValue]
    /// The variables of the rows, in order (for CONSTRUCT, those its template needs).
    let variables: [String]
    let columns: [Column]
}
