/// A head word that types an unknown name or a group noun: a row of `lexicon/cues.tsv`.
public struct Cue: Sendable, Hashable {
    /// The word, matched case-sensitively (`Ministry`, `delegation`).
    public let word: String
    /// The class it gives: organization, group or country.
    public let type: EntityType
    /// For organizations, the kind (`GovernmentBody`); `nil` otherwise.
    public let kind: String?
    /// Whether the word must end the name (`position` `head`: "Commerce Ministry") rather than appear
    /// anywhere in it (`any`: "Ministry of Commerce").
    public let headOnly: Bool

    /// Makes a cue.
    public init(word: String, type: EntityType, kind: String? = nil, headOnly: Bool = true) {
        self.word = word
        self.type = type
        self.kind = kind
        self.headOnly = headOnly
    }
}
