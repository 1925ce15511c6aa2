/// A value crossing between SQL and Swift: a result column, a bound parameter, or an argument or result of a
/// function geokg defines in SQL.
package enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The value as text, or `nil` when it is not text.
    package var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The value as an integer, or `nil` when it is not one.
    package var integer: Int64? {
        if case .integer(let number) = self { return number }
        return nil
    }
}
