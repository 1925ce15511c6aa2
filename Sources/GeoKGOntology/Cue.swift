/// A head word that types an unknown name or a group noun: a row of `lexicon/cues.tsv`.
public struct Cue: Sendable, Hashable {
    /// Where a cue stands in the name it types: the `position` column.
    public enum Position: String, CaseIterable, Sendable {
        /// It ends the name ("Commerce Ministry", "Wagner Group").
        case head
        /// It may also open the name ("Ministry of Commerce", "JSC Integral").
        case any
        /// A legal form that ends a company's name, after a comma or not ("Acme, Inc.", "Minera, Sociedad Anónima").
        case suffix
    }

    /// The word, matched case-sensitively (`Ministry`, `delegation`).
    public let word: String
    /// The class it gives: organization, group or country.
    public let type: EntityType
    /// For organizations, the kind (`GovernmentBody`); `nil` otherwise.
    public let kind: String?
    /// Where it stands in the name.
    public let position: Position

    /// Makes a cue.
    public init(word: String, type: EntityType, kind: String? = nil, position: Position = .head) {
        self.word = word
        self.type = type
        self.kind = kind
        self.position = position
    }
}
