/// Writing and reading the facts graph, kept one row a fact (see `FactTerms`), by statements of ids.
extension StoreSession {
    /// Records the terms the facts graph is read with, for readers to find.
    package func declare(_ terms: FactTerms) throws(StoreError) {
        var named: [(String, Int64)] = [
            ("graph", terms.graph), ("type", terms.type), ("class", terms.factClass), ("mention", terms.mention),
        ]
        named += FactField.allCases.compactMap { field in terms.fields[field].map { (field.rawValue, $0) } }
        for (name, term) in named {
            try run("INSERT OR REPLACE INTO fact_terms(name, term) VALUES (?, ?)", [.text(name), .integer(term)])
        }
    }

    /// Removes every fact and mention of the facts graph of `terms`, for computing them all afresh: the fact
    /// tables' indexes are dropped until the transaction ends, when building them from the rows costs less than
    /// keeping them up to date row by row.
    package func clearFacts(_ terms: FactTerms) throws(StoreError) {
        try run("DELETE FROM facts", [])
        try run("DELETE FROM fact_mentions", [])
        try run("DELETE FROM quads WHERE g = ?", [.integer(terms.graph)])
        try connection.dropIndexes(StoreSchema.factIndexes)
        factIndexesDropped = true
    }

    /// Changes the facts graph as if `deleting` were deleted from it and `adding` added, statements of `terms`'
    /// predicates only: a fact's row (and its class, a statement of `quads`) is written when its class is added,
    /// removed when its class goes, else updated in the fields that change; mentions are rows of their own. New
    /// rows are written in key order, many to a statement: one call with many facts writes them as a bulk load.
    package func changeFacts(adding: [StatementIDs], deleting: [StatementIDs], _ terms: FactTerms) throws(StoreError) {
        var changes: [Int64: FactChange] = [:]
        for statement in deleting {
            if statement.predicate == terms.mention {
                try run(
                    "DELETE FROM fact_mentions WHERE fact = ? AND event = ?",
                    [.integer(statement.subject), .integer(statement.object)])
            } else if statement.predicate == terms.type {
                changes[statement.subject, default: FactChange()].isGone = true
            } else if let column = terms.column(of: statement.predicate) {
                changes[statement.subject, default: FactChange()].cleared.insert(column)
            }
        }
        var mentions: [(fact: Int64, event: Int64)] = []
        for statement in adding {
            if statement.predicate == terms.mention {
                mentions.append((statement.subject, statement.object))
            } else if statement.predicate == terms.type {
                changes[statement.subject, default: FactChange()].isNew = true
            } else if let column = terms.column(of: statement.predicate) {
                changes[statement.subject, default: FactChange()].values[column] = statement.object
            }
        }
        var rows: [Int64] = []
        var classes: [Int64] = []
        for (fact, change) in changes.sorted(by: { $0.key < $1.key }) {
            if change.isNew {
                rows.append(fact)
                rows += change.values.map { $0 ?? Self.absent }
                classes += [fact, terms.type, terms.factClass, terms.graph]
            } else {
                try apply(change, to: fact, terms)
            }
        }
        try insert(rows, into: "facts(id, \(FactField.allCases.map(\.rawValue).joined(separator: ", ")))")
        try insert(classes, into: "quads(s, p, o, g)")
        mentions.sort { ($0.fact, $0.event) < ($1.fact, $1.event) }
        try insert(mentions.flatMap { [$0.fact, $0.event] }, into: "fact_mentions(fact, event)", ignoring: true)
    }

    /// Whether the facts graph holds the fact `fact`.
    package func holdsFact(_ fact: Int64) throws -> Bool {
        var found = false
        try forEachRow("SELECT 1 FROM facts WHERE id = ?", [.integer(fact)]) { _ in found = true }
        return found
    }

    /// The statements of the facts graph about `fact`, its class and mentions included.
    package func factStatements(of fact: Int64, _ terms: FactTerms) throws -> [StatementIDs] {
        var found: [StatementIDs] = []
        try forEachRow(
            "SELECT s, p, o FROM \(terms.allStatementsSQL()) WHERE s = ? AND g = ?",
            [.integer(fact), .integer(terms.graph)]
        ) { row in
            found.append(StatementIDs(subject: row.integer(0), predicate: row.integer(1), object: row.integer(2)))
        }
        return found
    }

    /// Updates the stored fact `fact` as `change` says: removes it, or sets and clears its fields.
    private func apply(_ change: FactChange, to fact: Int64, _ terms: FactTerms) throws(StoreError) {
        if change.isGone {
            try run("DELETE FROM facts WHERE id = ?", [.integer(fact)])
            try run(
                "DELETE FROM quads WHERE s = ? AND p = ? AND o = ? AND g = ?",
                [.integer(fact), .integer(terms.type), .integer(terms.factClass), .integer(terms.graph)])
            return
        }
        var set: [String] = []
        var values: [SQLValue] = []
        for (column, field) in FactField.allCases.enumerated() {
            if let object = change.values[column] {
                set.append("\(field.rawValue) = ?")
                values.append(.integer(object))
            } else if change.cleared.contains(column) {
                set.append("\(field.rawValue) = NULL")
            }
        }
        guard !set.isEmpty else { return }
        try run("UPDATE facts SET \(set.joined(separator: ", ")) WHERE id = ?", values + [.integer(fact)])
    }

    /// Inserts the rows whose values `values` holds one after the other, as many a row as `table` (`name(columns)`)
    /// has columns, `rowsPerInsert` rows to a statement; `absent` is stored as NULL.
    private func insert(_ values: [Int64], into table: String, ignoring: Bool = false) throws(StoreError) {
        let width = table.split(separator: ",").count
        var start = 0
        while start < values.count {
            let rows = min(Self.rowsPerInsert, (values.count - start) / width)
            let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
            let statement = try statement(
                "INSERT \(ignoring ? "OR IGNORE " : "")INTO \(table) VALUES "
                    + Array(repeating: row, count: rows).joined(separator: ", "))
            defer { statement.reset() }
            for (offset, value) in values[start..<(start + rows * width)].enumerated() {
                if value == Self.absent {
                    try statement.bind(.null, at: Int32(offset + 1))
                } else {
                    statement.bind(value, at: Int32(offset + 1))
                }
            }
            try statement.run()
            start += rows * width
        }
    }
}

extension StoreSession {
    /// Rows written by one `INSERT`.
    fileprivate static let rowsPerInsert = 32
    /// The value standing for NULL among the rows `insert(_:into:ignoring:)` writes: no term has a negative id.
    fileprivate static let absent: Int64 = -1
}

/// What changes of one fact: whether it is new or gone, the fields set (by place in `FactField.allCases`), and
/// the fields cleared.
private struct FactChange {
    var isNew = false
    var isGone = false
    var values = [Int64?](repeating: nil, count: FactField.allCases.count)
    var cleared: Set<Int> = []
}
