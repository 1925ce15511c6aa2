/// The kind of rule that found a fact: what its confidence is measured by (`Ontology/confidence.tsv`).
public enum ExtractionPattern: String, Sendable, Codable, CaseIterable {
    /// A verb trigger with its subject and object: "X sanctioned Y", "Y was sanctioned by X".
    case verbal
    /// A trigger whose grammatical subject is the relation's object: "X faces sanctions from Y".
    case objectFirst = "object-first"
    /// A noun trigger and its arguments: "talks between X and Y", "X's visit to Y".
    case nominal
    /// A hyphenated compound: "U.S.-China talks".
    case compound
    /// An obligation stated by someone: "X said Y must withdraw".
    case obligation
    /// An intent that hangs on another actor: "X will strike unless Y withdraws".
    case condition
    /// A standing relation from a title or an apposition: "Kenyan President William Ruto".
    case title
}
