/// One office a person held or holds: a row of `gazetteer/people.tsv`.
public struct OfficeTerm: Sendable, Hashable {
    /// The office in English (`Foreign Minister`, `Director of the National Economic Council`).
    public let role: String
    /// The entity id of the country or organization the office belongs to (`China`, `CentralForeignAffairsCommission`).
    public let of: String
    /// The start of the term as ISO 8601 (`2023-07-25`, `2023-01`, `2023`), or `nil` when unknown.
    public let start: String?
    /// The end of the term as ISO 8601, or `nil` when the office is held still or the end is unknown.
    public let end: String?

    /// Makes an office term.
    public init(role: String, of: String, start: String? = nil, end: String? = nil) {
        self.role = role
        self.of = of
        self.start = start
        self.end = end
    }

    /// Whether the office was held on `date` (`YYYY-MM-DD`; any date when `nil`). Partial dates compare as
    /// text, so `2023` starts before any day of 2023.
    public func isHeld(on date: String?) -> Bool {
        guard let date else { return true }
        return (start ?? "") <= date && (end.map { date <= $0 } ?? true)
    }
}
