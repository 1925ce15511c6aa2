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
    /// Only relations that held on this day: a standing relation whose term is known, within its term (whenever it
    /// was reported); any other, backed by a fact dated on or before it.
    public var asOf: String?
    /// Only relations backed by a fact at least this confident (0 to 1); facts of unknown confidence are not.
    public var minConfidence: Double?

    /// A filter; the defaults follow every relation to every entity on any day.
    public init(
        relations: [IRI] = [], classes: [IRI] = [], since: String? = nil, until: String? = nil, asOf: String? = nil,
        minConfidence: Double? = nil
    ) {
        self.relations = relations
        self.classes = classes
        self.since = since
        self.until = until
        self.asOf = asOf
        self.minConfidence = minConfidence
    }

    /// Whether `text` is a day as the filter takes it: `YYYY-MM-DD`.
    public static func isDay(_ text: String) -> Bool {
        text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
    }

    /// Whether the filter asks about the facts behind a relation (their dates, validity or confidence).
    public var readsFacts: Bool { since != nil || until != nil || asOf != nil || minConfidence != nil }

    /// Whether a fact passes the filter's dates, validity and confidence.
    public func admits(_ fact: FactRecord) -> Bool {
        guard readsFacts else { return true }
        let day = fact.date.map { String($0.prefix(10)) }
        if since != nil || until != nil {
            guard let day, since.map({ day >= $0 }) ?? true, until.map({ day <= $0 }) ?? true else { return false }
        }
        if let asOf {
            if fact.validFrom != nil || fact.validUntil != nil {
                // A standing relation whose term is known held on the day within it, whenever it was reported.
                if let from = fact.validFrom, from > asOf { return false }
                if let until = fact.validUntil, until < asOf, !asOf.hasPrefix(until) { return false }
            } else if day.map({ $0 > asOf }) ?? true {
                return false
            }
        }
        if let minConfidence { return fact.confidence.map { $0 >= minConfidence } ?? false }
        return true
    }
}
