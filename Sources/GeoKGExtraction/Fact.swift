public import GeoKGOntology

/// Whether a fact happened, is planned, or is denied.
public enum Modality: String, Sendable, Codable, CaseIterable {
    /// It happened or is happening.
    case asserted
    /// It will, would, is planned or expected to happen.
    case planned
    /// The text says it did not or will not happen.
    case negated
}

/// An entity as one article names it.
public struct ExtractedEntity: Sendable, Hashable, Codable {
    /// The IRI local name: the gazetteer id, or one made from the name.
    public let id: String
    /// Its most complete proper name in the article.
    public var name: String
    public let type: EntityType
    /// The organization kind, when known.
    public var kind: String?
    /// The other names the article uses for it.
    public var aliases: [String]
    /// The gazetteer's name for it, when it is in the gazetteer.
    public let canonicalName: String?
    /// Its Wikidata Q-id, when the gazetteer vouches for one.
    public let wikidata: String?
}

/// A relation an article states between two of its entities, with its evidence.
public struct Fact: Sendable, Hashable, Codable {
    /// The subject entity's id.
    public let subject: String
    /// The relation's id from `relations.tsv`, such as `meets`.
    public let relation: String
    /// The object entity's id.
    public let object: String
    public let modality: Modality
    /// The sentence that states it.
    public let evidence: String
    /// The sentence's position in the article (the headline, when read, is sentence 0).
    public let sentenceIndex: Int
    /// The CAMEO event code of the trigger that stated it, when narrower than the relation's main code.
    public let cameo: String?
    /// The date its sentence gives an event (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`, see `EventDate`); `nil` when the
    /// sentence gives none, and for standing relations.
    public let eventDate: String?
    /// The kind of rule that found it.
    public let pattern: ExtractionPattern
    /// For a standing relation, whether its sentence says the office was left (`former`) or just taken (`newly
    /// appointed`); `nil` when it says neither.
    public let officeChange: OfficeChange?
}

/// What a title's qualifier says of the office's term at the article's date.
public enum OfficeChange: String, Sendable, Codable {
    /// The holder has left it: "former President X".
    case ended
    /// The holder has just taken it: "newly appointed Foreign Minister X".
    case began
}

/// A fact as extraction finds it, between entities named by their keys.
struct KeyedFact {
    let subject: EntityKey
    let relation: String
    let object: EntityKey
    let modality: Modality
    let evidence: String
    let sentenceIndex: Int
    /// The kind of rule that found it.
    let pattern: ExtractionPattern
    var cameo: String? = nil
    /// What the title's qualifier says of a standing relation's term.
    var officeChange: OfficeChange? = nil
    /// The date its sentence gives the event.
    var eventDate: String? = nil
    /// Whether the fact is kept only when its subject acts in an event of the article: a group's country
    /// (ANNOTATION.md, convention 3), or a body's country that only the gazetteer gives.
    var needsEvent = false
}

/// What extraction found in one article.
public struct Extraction: Sendable, Codable {
    /// The entities the article names, by id.
    public let entities: [ExtractedEntity]
    public let facts: [Fact]
}
