/// What a job title points to: the `scope` column of `lexicon/titles.tsv`.
public enum TitleScope: String, CaseIterable, Sendable {
    /// The title alone points to a country ("Treasury Secretary Scott Bessent" is memberOf United States).
    case country
    /// The title is completed by "of X" or "X's" naming an organization, which the person leads or belongs to.
    case body
}
