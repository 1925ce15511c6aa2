public import GeoKGRDF

/// Which part of the graph to select: around which entities, how far, along which relations, among which
/// classes, over which days, and at most how many entities.
public struct SubgraphRequest: Sendable {
    /// The entities to start from; always kept.
    public var focus: [IRI]
    /// How many relation steps out to go; `nil` for every relation triple of the graph.
    public var depth: Int?
    /// Relations to follow; empty for all.
    public var relations: [IRI]
    /// Classes the other entities must have (any of them); empty for all.
    public var classes: [IRI]
    /// Only relations with a fact dated on or after this day (`YYYY-MM-DD`).
    public var since: String?
    /// Only relations with a fact dated on or before this day.
    public var until: String?
    /// The most entities to keep; those with the most relations in the selection are kept.
    public var maxEntities: Int

    public init(
        focus: [IRI], depth: Int? = 1, relations: [IRI] = [], classes: [IRI] = [], since: String? = nil,
        until: String? = nil,
        maxEntities: Int = 60
    ) {
        self.focus = focus
        self.depth = depth
        self.relations = relations
        self.classes = classes
        self.since = since
        self.until = until
        self.maxEntities = maxEntities
    }
}
