/// A field of a consolidated fact: a column of the `facts` table holding the id of the field's object term.
package enum FactField: String, CaseIterable, Sendable {
    case subject, relation, object, modality
    case sourceCount = "source_count", negatedCount = "negated_count"
    case firstReported = "first_reported", lastReported = "last_reported", eventDate = "event_date"
    case validFrom = "valid_from", validUntil = "valid_until", confidence

    /// Whether the field's objects are literals (dates, counts, a modality, a confidence) rather than IRIs: no
    /// index leads with these columns, so a search for an IRI object leaves them out.
    var holdsLiterals: Bool { ![.subject, .relation, .object].contains(self) }

    /// The local name of the field's predicate in the geo: namespace: the case's own name.
    var predicateName: String { String(describing: self) }
}

/// The terms the facts graph is read with: its name, the class and type predicate every fact has, the predicate
/// of its mentions, and the predicate of each field.
///
/// A fact's class is a statement of `quads` (graph `graph`, the fact's id ascending, so its four index entries are
/// appended), so that `?x a ?class` never reads the fact tables; its fields and mentions are rows of `facts` and
/// `fact_mentions`, which `selects` reads as statements.
package struct FactTerms: Sendable, Equatable {
    package let graph, type, factClass, mention: Int64
    package let fields: [FactField: Int64]
    /// The predicate of each field, in the order of `FactField.allCases`.
    package let predicates: [Int64?]
    /// The place in `FactField.allCases` of each field, by its predicate.
    private let columns: [Int64: Int]

    package init(graph: Int64, type: Int64, factClass: Int64, mention: Int64, fields: [FactField: Int64]) {
        (self.graph, self.type, self.factClass, self.mention, self.fields) = (graph, type, factClass, mention, fields)
        var columns: [Int64: Int] = [:]
        for (place, field) in FactField.allCases.enumerated() {
            if let predicate = fields[field] { columns[predicate] = place }
        }
        self.columns = columns
        predicates = FactField.allCases.map { fields[$0] }
    }

    /// The place in `FactField.allCases` of the field whose predicate is `predicate`.
    func column(of predicate: Int64) -> Int? {
        columns[predicate]
    }

    /// The predicates whose statements are rows of the fact tables: the mention and the fields.
    package var rowPredicates: [Int64] { [mention] + FactField.allCases.compactMap { fields[$0] } }

    /// The SQL giving the statements kept as rows whose predicate is in `predicates` (all when `nil`), as rows
    /// `s, p, o, g`: `selects(predicates:literals:)` joined by `UNION ALL`; `nil` when none is.
    package func statementsSQL(predicates: Set<Int64>? = nil, literals: Bool = true) -> String? {
        let selects = self.selects(predicates: predicates, literals: literals)
        return selects.isEmpty ? nil : selects.joined(separator: " UNION ALL ")
    }

    /// One plain `SELECT` of rows `s, p, o, g` for each row predicate in `predicates` (all when `nil`): each folds
    /// into the query reading it, and its column's index serves a bound object. Without `literals`, the fields
    /// whose objects are literals are left out.
    ///
    /// The predicate and graph are cast to integers: SQLite flattens a `UNION ALL` of these and `quads` into the
    /// join that reads it, one join per arm, only when each column has the same affinity in every arm, and a bare
    /// number has none; otherwise it materializes the whole union first.
    package func selects(predicates: Set<Int64>? = nil, literals: Bool = true) -> [String] {
        var selects: [String] = []
        func wanted(_ predicate: Int64) -> Bool { predicates?.contains(predicate) ?? true }
        func select(_ subject: String, _ predicate: Int64, _ object: String, from table: String) -> String {
            "SELECT \(subject) AS s, CAST(\(predicate) AS INTEGER) AS p, \(object) AS o, "
                + "CAST(\(graph) AS INTEGER) AS g FROM \(table)"
        }
        for field in FactField.allCases {
            guard let predicate = fields[field], wanted(predicate), literals || !field.holdsLiterals else { continue }
            selects.append(
                select("id", predicate, field.rawValue, from: "facts") + " WHERE \(field.rawValue) IS NOT NULL")
        }
        if wanted(mention) { selects.append(select("fact", mention, "event", from: "fact_mentions")) }
        return selects
    }

    /// SQL giving every statement, of `quads` and of the fact tables, whose predicate is in `predicates` (all
    /// when `nil`; literal fields only with `literals`), as rows `s, p, o, g`; `quads` itself when no row
    /// predicate is among them.
    package func allStatementsSQL(predicates: Set<Int64>? = nil, literals: Bool = true) -> String {
        guard let facts = statementsSQL(predicates: predicates, literals: literals) else { return StoreSchema.quads }
        return "(SELECT s, p, o, g FROM \(StoreSchema.quads) UNION ALL \(facts))"
    }
}

extension SQLiteConnection {
    /// The terms of the facts graph, or `nil` when it holds no fact.
    func factTerms() throws(StoreError) -> FactTerms? {
        guard try integer("SELECT EXISTS (SELECT 1 FROM facts)") != 0 else { return nil }
        var named: [String: Int64] = [:]
        let rows = try prepare("SELECT name, term FROM fact_terms")
        defer { rows.reset() }
        while try rows.step() { named[rows.text(0)] = rows.int64(1) }
        guard let graph = named["graph"], let type = named["type"], let factClass = named["class"],
            let mention = named["mention"]
        else { throw StoreError(path: path, message: "the store is damaged: facts without the terms to read them") }
        return FactTerms(
            graph: graph, type: type, factClass: factClass, mention: mention,
            fields: Dictionary(
                uniqueKeysWithValues: FactField.allCases.compactMap { field in
                    named[field.rawValue].map { (field, $0) }
                }))
    }
}
