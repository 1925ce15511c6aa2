import GeoKGStore

/// A subject, relation and object, as store ids: what the reports of one fact share.
struct FactKey: Hashable, Comparable, Sendable {
    let subject: Int64
    let relation: Int64
    let object: Int64

    /// The key of these three ids.
    init(subject: Int64, relation: Int64, object: Int64) {
        (self.subject, self.relation, self.object) = (subject, relation, object)
    }

    static func < (a: FactKey, b: FactKey) -> Bool {
        (a.subject, a.relation, a.object) < (b.subject, b.relation, b.object)
    }
}

/// One statement of the facts graph, as ids.
struct FactStatement: Hashable {
    let fact: Int64
    let predicate: Int64
    let object: Int64

    /// The statement as the store takes it.
    var ids: StatementIDs { StatementIDs(subject: fact, predicate: predicate, object: object) }
}
