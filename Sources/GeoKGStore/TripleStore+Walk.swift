/// Which triples a walk over the graph follows, as term ids.
public struct EdgeFilter: Sendable {
    /// Predicates to follow; empty for every predicate but `excludedPredicate`.
    public var predicates: [Int64]
    /// A predicate never followed (`rdf:type`).
    public var excludedPredicate: Int64?
    /// The far end of a triple must have this predicate (`rdfs:label`): events and articles are not walked to.
    public var requiredOnFarEnd: Int64
    /// When set, a triple is followed only if an event node records it with a date in the range.
    public var dated: DatedFacts?

    public init(predicates: [Int64], excludedPredicate: Int64?, requiredOnFarEnd: Int64, dated: DatedFacts?) {
        self.predicates = predicates
        self.excludedPredicate = excludedPredicate
        self.requiredOnFarEnd = requiredOnFarEnd
        self.dated = dated
    }
}

/// How event nodes record a fact and its date: the ids of their predicates, and the range of days wanted.
public struct DatedFacts: Sendable {
    public let subject: Int64
    public let relation: Int64
    public let object: Int64
    public let date: Int64
    /// `YYYY-MM-DD` bounds, inclusive; a date-time counts by its day.
    public let since: String?
    public let until: String?

    public init(subject: Int64, relation: Int64, object: Int64, date: Int64, since: String?, until: String?) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.date = date
        self.since = since
        self.until = until
    }
}

extension TripleStore {
    /// The predicates that link labelled nodes to labelled nodes, judged by a sample of each predicate's first
    /// `sample` triples: the relations between entities, as against those from events or to literals.
    /// - Complexity: a few index lookups per distinct predicate.
    public func predicatesBetweenLabelledNodes(label: Int64, excluding excluded: Int64?, sample: Int = 32) throws
        -> [Int64]
    {
        let nextPredicate = try connection.prepare(
            "SELECT p FROM quads INDEXED BY quads_pos WHERE p > ? ORDER BY p LIMIT 1")
        let linksLabelled = try connection.prepare(
            """
            SELECT EXISTS (SELECT 1 FROM (SELECT s, o FROM quads INDEXED BY quads_pos WHERE p = ?1 LIMIT ?2) AS x \
            WHERE EXISTS (SELECT 1 FROM quads AS l WHERE l.s = x.s AND l.p = ?3) \
            AND EXISTS (SELECT 1 FROM quads AS l WHERE l.s = x.o AND l.p = ?3))
            """)
        var predicates: [Int64] = []
        var last: Int64 = 0
        while true {
            nextPredicate.reset()
            nextPredicate.bind(last, at: 1)
            guard try nextPredicate.step() else { break }
            last = nextPredicate.int64(0)
            if last == excluded { continue }
            try linksLabelled.bind([.integer(last), .integer(Int64(sample)), .integer(label)])
            if try linksLabelled.step(), linksLabelled.int64(0) != 0 { predicates.append(last) }
        }
        return predicates
    }

    /// The distinct triples (graphs merged) that have one of `nodes` as subject or object and pass `filter`.
    /// - Complexity: an index lookup per node and triple, and one scan of the nodes having
    ///   `filter.requiredOnFarEnd`, which far ends are checked against in memory; the nodes go through a
    ///   temporary table, so their number is not limited.
    public func edges(touching nodes: [Int64], filter: EdgeFilter) throws -> [StatementIDs] {
        try connection.execute("CREATE TEMP TABLE IF NOT EXISTS walk_nodes(id INTEGER PRIMARY KEY)")
        try connection.execute("DELETE FROM temp.walk_nodes")
        let insert = try connection.prepare("INSERT OR IGNORE INTO temp.walk_nodes(id) VALUES (?)")
        for node in nodes {
            insert.reset()
            insert.bind(node, at: 1)
            _ = try insert.step()
        }
        var farEnds: Set<Int64> = []
        try select("SELECT DISTINCT s FROM quads INDEXED BY quads_pos WHERE p = ?", [.integer(filter.requiredOnFarEnd)]) { row in
            if case .integer(let id) = row[0] { farEnds.insert(id) }
            return true
        }
        var edges: Set<StatementIDs> = []
        for near in ["s", "o"] {
            var arguments: [SQLValue] = []
            var sql = """
                SELECT q.s, q.p, q.o FROM temp.walk_nodes AS n CROSS JOIN quads AS q \
                \(near == "o" ? "INDEXED BY quads_osp " : "")ON q.\(near) = n.id WHERE 1
                """
            if !filter.predicates.isEmpty {
                // Many predicates are tested on each triple of a node rather than sought one by one.
                let sought = filter.predicates.count <= Self.soughtPredicates
                sql += " AND \(sought ? "" : "+")q.p IN (" + filter.predicates.map { _ in "?" }.joined(separator: ", ") + ")"
                arguments += filter.predicates.map { .integer($0) }
            } else if let excluded = filter.excludedPredicate {
                sql += " AND q.p <> ?"
                arguments.append(.integer(excluded))
            }
            if let dated = filter.dated {
                sql += """
                     AND EXISTS (SELECT 1 FROM quads AS f1 JOIN quads AS f2 ON f2.s = f1.s JOIN quads AS f3 \
                    ON f3.s = f1.s JOIN quads AS f4 ON f4.s = f1.s JOIN terms AS d ON d.id = f4.o \
                    WHERE f1.p = ? AND f1.o = q.s AND f2.p = ? AND f2.o = q.p AND f3.p = ? AND f3.o = q.o \
                    AND f4.p = ? AND substr(d.value, 1, 10) >= ? AND substr(d.value, 1, 10) <= ?)
                    """
                arguments += [
                    .integer(dated.subject), .integer(dated.relation), .integer(dated.object), .integer(dated.date),
                    .text(dated.since ?? "0000-00-00"), .text(dated.until ?? "9999-99-99"),
                ]
            }
            try select(sql, arguments) { row in
                if case .integer(let s) = row[0], case .integer(let p) = row[1], case .integer(let o) = row[2],
                    farEnds.contains(near == "s" ? o : s)
                {
                    edges.insert(StatementIDs(subject: s, predicate: p, object: o))
                }
                return true
            }
        }
        return Array(edges)
    }
}
