public import GeoKGRDF

/// Which part of the graph to select: around which entities, how far, along which relations, among which
/// classes, over which days, and at most how many entities.
public struct SubgraphRequest: Sendable {
    /// The entities to start from; always kept.
    public var focus: [IRI]
    /// How many relation steps out to go; `nil` for every relation triple of the graph.
    public var depth: Int?
    /// The relations, classes, days and confidence to keep.
    public var filter: WalkFilter
    /// The most entities to keep; those with the most relations in the selection are kept.
    public var maxEntities: Int

    public init(
        focus: [IRI], depth: Int? = 1, filter: WalkFilter = WalkFilter(), maxEntities: Int = 60
    ) {
        self.focus = focus
        self.depth = depth
        self.filter = filter
        self.maxEntities = maxEntities
    }
}
