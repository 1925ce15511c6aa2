/// The standing relations extraction states by itself, from titles, nationality words and appositions.
///
/// Raw values are relation ids; `Ontology.load(from:)` checks that `relations.tsv` defines each as a standing
/// relation, so code names them here once rather than by string literals.
public enum StandingRelation: String, CaseIterable, Sendable {
    /// The subject heads the object (`leads`).
    case leads
    /// The subject belongs to the object (`memberOf`).
    case memberOf
}
