public import GeoKGRDF

/// A part of the graph to look at: entities, the relations between them, and the facts behind each relation.
public struct Subgraph: Sendable, Equatable {
    /// The entities asked about.
    public var focus: [IRI]
    /// The entities shown, ordered by label, then IRI.
    public var entities: [SubgraphEntity]
    /// The relations between them, ordered by subject, relation and object (each by label, then IRI).
    public var edges: [SubgraphEdge]
    /// How many entities of the neighbourhood were left out to stay within the size asked for.
    public var omittedEntities: Int
    /// How many relation triples among the kept entities were left out, the weakest first.
    public var omittedRelations: Int = 0

    public init(focus: [IRI], entities: [SubgraphEntity], edges: [SubgraphEdge], omittedEntities: Int = 0) {
        self.focus = focus
        self.entities = entities
        self.edges = edges
        self.omittedEntities = omittedEntities
    }
}

/// An entity with its names and classes.
public struct SubgraphEntity: Sendable, Hashable {
    public var iri: IRI
    /// Its name (`rdfs:label`, else `skos:prefLabel`), when it has one.
    public var label: String?
    /// Its other names, sorted.
    public var aliases: [String]
    /// Its classes, sorted.
    public var classes: [IRI]
    /// The same entity elsewhere, such as its Wikidata item.
    public var sameAs: [IRI]

    public init(iri: IRI, label: String? = nil, aliases: [String] = [], classes: [IRI] = [], sameAs: [IRI] = []) {
        self.iri = iri
        self.label = label
        self.aliases = aliases
        self.classes = classes
        self.sameAs = sameAs
    }
}

/// A direct `subject relation object` triple with the facts (event nodes) that state it.
public struct SubgraphEdge: Sendable, Hashable {
    public var subject: IRI
    public var relation: IRI
    public var object: IRI
    /// The relation's name, when the store gives one.
    public var relationLabel: String?
    /// The relation's own Goldstein weight, when the store gives one.
    public var relationGoldstein: Double?
    /// The facts behind the triple, ordered by date, source and sentence; empty when none is recorded.
    public var facts: [FactRecord]

    public init(
        subject: IRI, relation: IRI, object: IRI, relationLabel: String? = nil, relationGoldstein: Double? = nil,
        facts: [FactRecord] = []
    ) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.relationLabel = relationLabel
        self.relationGoldstein = relationGoldstein
        self.facts = facts
    }
}

/// One recorded fact: when, where it was read, what was said, how sure, and how cooperative.
public struct FactRecord: Sendable, Hashable, Comparable {
    /// The day, `YYYY-MM-DD`.
    public var date: String?
    /// The article or URL it was read from.
    public var source: String?
    /// The sentence that states it.
    public var evidence: String?
    /// `asserted`, `planned` or `negated`, when recorded.
    public var modality: String?
    /// The fact's own Goldstein weight (event data records one per event).
    public var goldstein: Double?
    /// When a standing relation began and ended, where known (`YYYY-MM-DD`, or a month or year).
    public var validFrom: String?
    public var validUntil: String?
    /// How likely the fact is right, when extraction measured it.
    public var confidence: Double?

    public init(
        date: String? = nil, source: String? = nil, evidence: String? = nil, modality: String? = nil,
        goldstein: Double? = nil, validFrom: String? = nil, validUntil: String? = nil, confidence: Double? = nil
    ) {
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.confidence = confidence
        self.date = date
        self.source = source
        self.evidence = evidence
        self.modality = modality
        self.goldstein = goldstein
    }

    public static func < (left: FactRecord, right: FactRecord) -> Bool {
        (left.date ?? "", left.source ?? "", left.evidence ?? "", left.modality ?? "")
            < (right.date ?? "", right.source ?? "", right.evidence ?? "", right.modality ?? "")
    }

}
