public import GeoKGRDF

/// A relation of `Ontology/relations.tsv`: one of the 17 predicates of the annotation guide.
public struct RelationType: Sendable, Hashable {
    /// The relation id, also the local name of its IRI (`meets`, `imposesTariffsOn`).
    public let id: String
    /// A lower-case English phrase (`meets with`).
    public let label: String
    /// The CAMEO event codes the relation covers, main code first; empty for standing relations.
    public let cameoCodes: [String]
    /// The Goldstein weight (−10…+10) of the main code; 0 for standing relations.
    public let goldstein: Double
    /// Whether subject and object may be swapped (meets, agreesWith, cooperatesWith).
    public let isSymmetric: Bool
    /// Whether the relation is something done (`kind` `event`) rather than a standing tie (`leads`, `memberOf`).
    public let isEvent: Bool
    /// The classes a subject may have.
    public let domain: [EntityType]
    /// The classes an object may have.
    public let range: [EntityType]
    /// What the relation means.
    public let comment: String

    /// Makes a relation; `load(from:)` does this for every row of `relations.tsv`.
    public init(
        id: String, label: String, cameoCodes: [String] = [], goldstein: Double = 0, isSymmetric: Bool = false,
        isEvent: Bool = true, domain: [EntityType] = [], range: [EntityType] = [], comment: String = ""
    ) {
        self.id = id
        self.label = label
        self.cameoCodes = cameoCodes
        self.goldstein = goldstein
        self.isSymmetric = isSymmetric
        self.isEvent = isEvent
        self.domain = domain
        self.range = range
        self.comment = comment
    }

    /// The relation's IRI, `geo:` followed by its id; the predicate of the direct triples geokg writes.
    public var iri: IRI { Namespaces.geo(id) }
}
