/// A common noun that names a kind of actor, as a group of people ("soldiers", "officials") or as a body
/// ("ministry", "army"): a row of `lexicon/agents.tsv`, from the PETRARCH/Phoenix agent dictionary.
public struct AgentNoun: Sendable, Hashable {
    /// The lower-case singular (`soldier`, `security force`).
    public let noun: String
    /// Every surface form, singular first, then the plural when there is one (`soldier`, `soldiers`).
    public let forms: [String]
    /// `.group` when the noun names people, `.organization` when it names a body.
    public let type: EntityType
    /// The sector of society the noun belongs to, a lower-case English word (`military`, `government`, `media`).
    public let sector: String

    /// Makes an agent noun.
    public init(noun: String, forms: [String], type: EntityType, sector: String) {
        self.noun = noun
        self.forms = forms
        self.type = type
        self.sector = sector
    }
}
