/// How a trigger is used in a sentence: the `pos` column of the trigger files.
public enum TriggerPartOfSpeech: String, CaseIterable, Sendable {
    /// A verb, possibly with a particle ("met", "sanctioned", "cut off").
    case verb
    /// A nominalisation ("sanctions on", "ban on"), whose subject is its owner or modifier.
    case noun
}
