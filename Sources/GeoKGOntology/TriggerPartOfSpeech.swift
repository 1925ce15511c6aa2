/// How a trigger is used in a sentence: the `pos` column of `lexicon/triggers.tsv`.
public enum TriggerPartOfSpeech: String, CaseIterable, Sendable {
    /// A verb ("met", "sanctioned").
    case verb
    /// A nominalisation that takes its object after a preposition ("sanctions on", "ban on").
    case noun
    /// A fixed multi-word verb phrase ("held talks", "imposed tariffs").
    case phrase
}
