/// How a trigger's sentence maps onto the relation: the `voice` column of `lexicon/triggers.tsv`.
public enum TriggerVoice: String, CaseIterable, Sendable {
    /// The grammatical subject is the relation's subject ("X sanctioned Y").
    case active
    /// The grammatical subject is the relation's object ("X faces sanctions from Y": Y sanctions X).
    case objectFirst = "object-first"
    /// The object is the subject of the clause that follows, and must act in it ("X said Y must withdraw").
    case obligation
    /// As `active`; with coordinated subjects and no object, each subject acts on the others, as the verb names an
    /// act done to each other ("X and Y exchanged fire").
    case reciprocal
}
