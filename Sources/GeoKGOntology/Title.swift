/// A job title that gives a standing relation: a row of `lexicon/titles.tsv`, once per scope.
///
/// A row whose scope is `country|body` ("President") becomes two titles, one per scope in the
/// order the cell lists them; look titles up case-insensitively and consider every scope a title has.
public struct Title: Sendable, Hashable {
    /// The title as written in the file (`Prime Minister`); match it case-insensitively.
    public let title: String
    /// The id of the standing relation it gives (`leads` or `memberOf`).
    public let relation: String
    /// Whether the title points to a country or to a named body.
    public let scope: TitleScope

    /// Makes a title.
    public init(title: String, relation: String, scope: TitleScope) {
        self.title = title
        self.relation = relation
        self.scope = scope
    }
}
