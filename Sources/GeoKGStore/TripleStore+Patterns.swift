public import GeoKGRDF

/// A triple as the ids of its terms, for walks over the graph that work on ids and look terms up at the end.
public struct StatementIDs: Hashable, Sendable {
    public let subject: Int64
    public let predicate: Int64
    public let object: Int64

    public init(subject: Int64, predicate: Int64, object: Int64) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// Batched reads by term id: statements matching a pattern of id sets, and terms by id.
///
/// Each call is one SQL statement whatever the number of ids: the sets are bound as one JSON array
/// parameter each, read with `json_each`.
extension TripleStore {
    /// The most predicates `statements` seeks in the SPOG index for each subject.
    static let soughtPredicates = 16

    /// The distinct triples (graphs merged) whose subject, predicate and object are each in the given set;
    /// `nil` leaves a position free, an empty set matches nothing.
    ///
    /// ```swift
    /// // Who is the subject of an event about China?
    /// let rows = try store.statements(predicates: [subjectID], objects: [chinaID])
    /// ```
    /// Read through the index that leads with a bound position: SPOG when subjects are given, else POSG or
    /// OSPG, whichever leads with the position holding fewer ids. More than `soughtPredicates` predicates are
    /// tested on each entry of the subjects or objects rather than sought one by one.
    /// - Complexity: O(m log n) for m index entries in the bound ranges; positions the index does not lead
    ///   with are tested on each entry.
    public func statements(subjects: [Int64]? = nil, predicates: [Int64]? = nil, objects: [Int64]? = nil) throws
        -> [StatementIDs]
    {
        if subjects?.isEmpty == true || predicates?.isEmpty == true || objects?.isEmpty == true { return [] }
        let index: String
        var tests: [String] = []
        var arguments: [SQLValue] = []
        func test(_ column: String, _ ids: [Int64]?, usesIndex: Bool) {
            guard let ids else { return }
            tests.append("\(usesIndex ? "" : "+")\(column) IN (SELECT value FROM json_each(?))")
            arguments.append(Self.idList(ids))
        }
        if subjects != nil {
            index = ""
            test("s", subjects, usesIndex: true)
            test("p", predicates, usesIndex: (predicates?.count ?? 0) <= Self.soughtPredicates)
            test("o", objects, usesIndex: false)
        } else if let predicates, let objects,
            objects.count < predicates.count || predicates.count > Self.soughtPredicates
        {
            index = "INDEXED BY quads_osp"
            test("o", objects, usesIndex: true)
            test("p", predicates, usesIndex: false)
        } else if predicates != nil {
            index = "INDEXED BY quads_pos"
            test("p", predicates, usesIndex: true)
            test("o", objects, usesIndex: true)
        } else {
            index = objects == nil ? "" : "INDEXED BY quads_osp"
            test("o", objects, usesIndex: true)
        }
        let filter = tests.isEmpty ? "" : " WHERE " + tests.joined(separator: " AND ")
        var found: [StatementIDs] = []
        // The fact tables' literal fields are read only when a subject is given or a sought object is a literal.
        let literals = try subjects != nil || objects.map(holdsLiteral) ?? true
        for source in try sources(quads: index, predicates: predicates, literals: literals) {
            // Rows come in the order of the index, whose last column is the graph: a triple held in several
            // graphs comes as adjacent rows, kept once, which spares SQL a DISTINCT over every row.
            let statement = try connection.prepare("SELECT s, p, o FROM \(source)\(filter)")
            try statement.bind(arguments)
            defer { statement.reset() }
            while try statement.step() {
                let row = StatementIDs(
                    subject: statement.int64(0), predicate: statement.int64(1), object: statement.int64(2))
                if found.last != row { found.append(row) }
            }
        }
        return found
    }

    /// The distinct triples (graphs merged) with one of `predicates`, or `nil` when the predicates have more
    /// than `limit` statements (a triple in two graphs counting twice), found after reading `limit` + 1 of them.
    /// - Complexity: O(min(limit, m)) for the m index entries of the predicates.
    public func statements(predicates: [Int64], atMost limit: Int) throws -> [StatementIDs]? {
        guard !predicates.isEmpty else { return [] }
        var found: [StatementIDs] = []
        var entries = 0
        for source in try sources(quads: "INDEXED BY quads_pos", predicates: predicates) {
            let statement = try connection.prepare(
                "SELECT s, p, o FROM \(source) WHERE p IN (SELECT value FROM json_each(?)) LIMIT ?")
            try statement.bind([Self.idList(predicates), .integer(Int64(limit - entries) + 1)])
            defer { statement.reset() }
            while try statement.step() {
                entries += 1
                if entries > limit { return nil }
                let row = StatementIDs(
                    subject: statement.int64(0), predicate: statement.int64(1), object: statement.int64(2))
                // A triple held in several graphs comes as adjacent rows (the graph ends the index), kept once.
                if found.last != row { found.append(row) }
            }
        }
        return found
    }

    /// The ids of every predicate the store uses, in id order.
    /// - Complexity: one index seek per distinct predicate (a skip scan of POSG).
    public func predicateIDs() throws -> [Int64] {
        let next = try connection.prepare("SELECT p FROM quads INDEXED BY quads_pos WHERE p > ? ORDER BY p LIMIT 1")
        var predicates: [Int64] = []
        var last: Int64 = 0
        while true {
            next.reset()
            next.bind(last, at: 1)
            guard try next.step() else { break }
            last = next.int64(0)
            predicates.append(last)
        }
        if let facts = try connection.factTerms() {
            for predicate in facts.rowPredicates where !predicates.contains(predicate) {
                guard let rows = facts.statementsSQL(predicates: [predicate]),
                    try connection.integer("SELECT EXISTS (\(rows))") != 0
                else { continue }
                predicates.append(predicate)
            }
            predicates.sort()
        }
        return predicates
    }

    /// The ids of those of `terms` the store holds; terms it does not hold, and blank nodes, are left out.
    public func storedIDs(of terms: [Term]) throws(StoreError) -> [Term: Int64] {
        var ids: [Term: Int64] = [:]
        for term in terms {
            if let id = try storedID(of: term) { ids[term] = id }
        }
        return ids
    }

    /// The terms with the given ids, in one read; ids the store lacks are left out.
    /// - Complexity: O(k log n) for k ids.
    public func terms(ids: [Int64]) throws -> [Int64: Term] {
        var terms: [Int64: Term] = [:]
        guard !ids.isEmpty else { return terms }
        let statement = try connection.prepare(
            "SELECT t.id, t.kind, t.value, t.datatype, t.lang FROM json_each(?) AS j JOIN terms AS t ON t.id = j.value")
        try statement.bind([Self.idList(ids)])
        defer { statement.reset() }
        terms.reserveCapacity(ids.count)
        while try statement.step() {
            let id = statement.int64(0)
            if let term = Self.term(statement, from: 1, id: id) { terms[id] = term }
        }
        return terms
    }

    /// The triples whose subject is in `subjects` and predicate in `predicates`, each with its object decoded,
    /// in one read: a subject's names, say.
    /// - Complexity: O(k log n) for k matching triples.
    public func objects(subjects: [Int64], predicates: [Int64]) throws -> [(statement: StatementIDs, object: Term)] {
        guard !subjects.isEmpty, !predicates.isEmpty else { return [] }
        var found: [(statement: StatementIDs, object: Term)] = []
        for source in try sources(quads: "", predicates: predicates) {
            let statement = try connection.prepare(
                """
                SELECT q.s, q.p, q.o, t.kind, t.value, t.datatype, t.lang FROM json_each(?1) AS j \
                JOIN \(source) AS q ON q.s = j.value JOIN terms AS t ON t.id = q.o \
                WHERE q.p IN (SELECT value FROM json_each(?2))
                """)
            try statement.bind([Self.idList(subjects), Self.idList(predicates)])
            defer { statement.reset() }
            while try statement.step() {
                let row = StatementIDs(
                    subject: statement.int64(0), predicate: statement.int64(1), object: statement.int64(2))
                // A triple held in several graphs comes as adjacent rows, kept once.
                guard found.last?.statement != row, let term = Self.term(statement, from: 3, id: row.object) else {
                    continue
                }
                found.append((row, term))
            }
        }
        return found
    }

    /// What statements of `predicates` (any predicate when `nil`) are read from: `quads`, through the index clause
    /// `index`, then one plain `SELECT` for each of the fact tables' row predicates among them (their literal
    /// fields only with `literals`). A consolidated fact is stated in no other graph, so no row comes twice.
    private func sources(quads index: String, predicates: [Int64]?, literals: Bool = true) throws(StoreError)
        -> [String]
    {
        let facts = try connection.factTerms()?.selects(predicates: predicates.map(Set.init), literals: literals) ?? []
        return ["quads \(index)"] + facts.map { "(\($0))" }
    }

    /// Whether any of the terms with ids `ids` is a literal.
    private func holdsLiteral(_ ids: [Int64]) throws(StoreError) -> Bool {
        let statement = try connection.prepare(
            "SELECT EXISTS (SELECT 1 FROM json_each(?) AS j JOIN terms AS t ON t.id = j.value WHERE t.kind = ?)")
        try statement.bind([Self.idList(ids), .integer(StoreSchema.TermKind.literal.rawValue)])
        defer { statement.reset() }
        return try statement.step() && statement.int64(0) != 0
    }

    /// Ids as the JSON array `json_each` reads, ascending: the indexes are then read front to back, each page
    /// once, rather than at random.
    package static func idList(_ ids: [Int64]) -> SQLValue {
        .text("[" + ids.sorted().map(String.init).joined(separator: ",") + "]")
    }

    /// The term in the columns kind, value, datatype and language from `column` on of the current row.
    private static func term(_ statement: SQLiteStatement, from column: Int32, id: Int64) -> Term? {
        guard let kind = StoreSchema.TermKind(rawValue: statement.int64(column)) else { return nil }
        let isLiteral = kind == .literal
        let stored = StoredTerm(
            kind: kind, value: statement.text(column + 1), datatype: isLiteral ? statement.text(column + 2) : "",
            language: isLiteral ? statement.text(column + 3) : "")
        return stored.term(id: id)
    }
}
