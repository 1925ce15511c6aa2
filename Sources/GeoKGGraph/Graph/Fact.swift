public import GeoKGRDF
public import GeoKGStore

/// One fact (event node) as the graph records it, in either data shape: who did what to whom, when, where it
/// was read, what was said, how sure, and how cooperative.
public struct Fact: Sendable, Hashable {
    /// The event node.
    public let event: Int64
    /// The `subject relation object` triple it states, as ids.
    public let edge: StatementIDs
    /// Its date (`dcterms:date`, the event data's `date`).
    public var date: Term?
    /// The sentence that states it.
    public var evidence: Term?
    /// `asserted`, `planned` or `negated`, when recorded.
    public var modality: Term?
    /// The article or URL it was read from.
    public var source: Term?
    /// Its own Goldstein weight (event data records one per event).
    public var goldstein: Double?
    /// When a standing relation began and ended, where known.
    public var validFrom: Term?
    public var validUntil: Term?
    /// How likely it is right, when extraction measured it.
    public var confidence: Double?

    /// The fact as text, for diagrams and date filters.
    public var record: FactRecord {
        FactRecord(
            date: date.map(FactGraph.text), source: source.map(FactGraph.text), evidence: evidence.map(FactGraph.text),
            modality: modality.map(FactGraph.text), goldstein: goldstein, validFrom: validFrom.map(FactGraph.text),
            validUntil: validUntil.map(FactGraph.text), confidence: confidence)
    }

    /// Whether the fact is denied (then no edge stands for it).
    var isNegated: Bool { modality.map(FactGraph.text) == FactVocabulary.negated }
}
