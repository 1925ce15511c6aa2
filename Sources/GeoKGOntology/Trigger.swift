/// A word or phrase that expresses an event relation, with the frame that must follow it: a row of
/// `lexicon/triggers.tsv` or `lexicon/cameo-verbs.tsv`.
public struct Trigger: Sendable, Hashable {
    /// The id of the relation the trigger expresses (`meets`).
    public let relation: String
    /// Whether the trigger is a verb or a noun.
    public let partOfSpeech: TriggerPartOfSpeech
    /// The base form (`meet`, `cut off`).
    public let lemma: String
    /// Every surface form (`meet`, `meets`, `met`, `meeting`), never empty.
    public let forms: [String]
    /// What must follow the trigger, and where its object stands (`with *`).
    public let frame: TriggerFrame
    /// The classes the subject must have; empty: any class the relation allows.
    public let subject: ClassConstraint
    /// The classes the object must have; empty: any class the relation allows.
    public let object: ClassConstraint
    /// How the sentence's subject and object map onto the relation's.
    public let voice: TriggerVoice
    /// The CAMEO event code the trigger expresses, when it is narrower than the relation's main code.
    public let cameo: String?

    /// Makes a trigger; `Ontology.load(from:)` does this for every row of the trigger files.
    public init(
        relation: String, partOfSpeech: TriggerPartOfSpeech, lemma: String, forms: [String], frame: TriggerFrame,
        subject: ClassConstraint = .any, object: ClassConstraint = .any, voice: TriggerVoice = .active,
        cameo: String? = nil
    ) {
        self.relation = relation
        self.partOfSpeech = partOfSpeech
        self.lemma = lemma
        self.forms = forms
        self.frame = frame
        self.subject = subject
        self.object = object
        self.voice = voice
        self.cameo = cameo
    }
}
