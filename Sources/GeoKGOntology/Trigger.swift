/// A word or phrase that expresses an event relation: a row of `lexicon/triggers.tsv`.
public struct Trigger: Sendable, Hashable {
    /// The id of the relation the trigger expresses (`meets`).
    public let relation: String
    /// Whether the trigger is a verb, a noun or a fixed phrase.
    public let partOfSpeech: TriggerPartOfSpeech
    /// The base form (`meet`, `hold talks`).
    public let lemma: String
    /// Every surface form (`meet`, `meets`, `met`, `meeting`), never empty.
    public let forms: [String]
    /// The words that may introduce the object (`with`, `on`, `against`); empty when there are none.
    public let prepositions: [String]
    /// How the sentence's subject and object map onto the relation's.
    public let voice: TriggerVoice
    /// Restrictions and contrasts, free text; empty when there are none.
    public let note: String

    /// Makes a trigger; `Ontology.load(from:)` does this for every row of `triggers.tsv`.
    public init(
        relation: String, partOfSpeech: TriggerPartOfSpeech, lemma: String, forms: [String],
        prepositions: [String] = [], voice: TriggerVoice = .active, note: String = ""
    ) {
        self.relation = relation
        self.partOfSpeech = partOfSpeech
        self.lemma = lemma
        self.forms = forms
        self.prepositions = prepositions
        self.voice = voice
        self.note = note
    }
}
