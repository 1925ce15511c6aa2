public import GeoKGRDF

/// What a walk over the graph follows: which relations, to entities of which classes, backed by facts of which
/// days. Means the same in both data shapes.
public struct WalkFilter: Sendable {
    /// Relations to follow; empty for every relation between entities.
    public var relations: [IRI]
    /// Classes an entity reached must have (any of them); empty for all.
    public var classes: [IRI]
    /// Only relations backed by a fact dated on or after this day (`YYYY-MM-DD`).
    public var since: String?
    /// Only relations backed by a fact dated on or before this day.
    public var until: String?

    /// A filter; the defaults follow every relation to every entity on any day.
    public init(relations: [IRI] = [], classes: [IRI] = [], since: String? = nil, until: String? = nil) {
        self.relations = relations
        self.classes = classes
        self.since = since
        self.until = until
    }

    /// Whether a date range is set.
    public var isDated: Bool { since != nil || until != nil }
}
