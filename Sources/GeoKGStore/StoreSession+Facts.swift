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
        var rows: [FactRow] = []
        for (fact, change) in changes.sorted(by: { $0.key < $1.key }) {
            if change.isNew {
                rows.append(FactRow(id: fact, values: change.values))
            } else {
                try apply(change, to: fact, terms)
            }
        }
        try addFacts(rows, mentions: mentions, terms)
    }

    /// Writes the new facts `rows` with their class, and the mentions `mentions` (of new facts or stored ones), in
    /// key order, many rows to a statement.
    package func addFacts(_ rows: [FactRow], mentions: [(fact: Int64, event: Int64)], _ terms: FactTerms)
        throws(StoreError)
    {
        var values: [Int64] = []
        var classes: [Int64] = []
        values.reserveCapacity(rows.count * (FactField.allCases.count + 1))
        classes.reserveCapacity(rows.count * 4)
        for row in rows.sorted(by: { $0.id < $1.id }) {
            values.append(row.id)
            values += row.values.map { $0 ?? Self.absent }
            classes += [row.id, terms.type, terms.factClass, terms.graph]
        }
        try insert(values, into: .facts)
        try insert(classes, into: .classes)
        var pairs: [Int64] = []
        pairs.reserveCapacity(mentions.count * 2)
        for mention in mentions.sorted(by: { ($0.fact, $0.event) < ($1.fact, $1.event) }) {
            pairs += [mention.fact, mention.event]
        }
        try insert(pairs, into: .mentions)
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

    /// Inserts the rows whose values `values` holds one after the other, `target.width` to a row, many rows to a
    /// statement; `absent` is stored as NULL.
    private func insert(_ values: [Int64], into target: RowsInsert) throws(StoreError) {
        var start = 0
        while start < values.count {
            let rows = min(RowsInsert.rowsPerInsert, (values.count - start) / target.width)
            let statement = try statement(target.sql[rows - 1])
            defer { statement.reset() }
            for (offset, value) in values[start..<(start + rows * target.width)].enumerated() {
                if value == Self.absent {
                    try statement.bind(.null, at: Int32(offset + 1))
                } else {
                    statement.bind(value, at: Int32(offset + 1))
                }
            }
            try statement.run()
            start += rows * target.width
        }
    }
}

extension StoreSession {
    /// The value standing for NULL among the rows `insert(_:into:)` writes: no term has a negative id.
    fileprivate static let absent: Int64 = -1
}

/// An `INSERT` of many rows into one of the tables the facts graph is kept in, its SQL made once for each number of
/// rows.
private struct RowsInsert: Sendable {
    /// The most rows one statement writes.
    static let rowsPerInsert = 32
    static let facts = RowsInsert(table: "facts", columns: ["id"] + FactField.allCases.map(\.rawValue))
    static let classes = RowsInsert(table: "quads", columns: ["s", "p", "o", "g"])
    static let mentions = RowsInsert(table: "fact_mentions", columns: ["fact", "event"], ignoring: true)

    /// The values of one row.
    let width: Int
    /// The SQL writing `n` rows, at place `n - 1`.
    let sql: [String]

    /// The statements writing rows of `columns` into `table`; `ignoring` skips rows the table holds.
    private init(table: String, columns: [String], ignoring: Bool = false) {
        width = columns.count
        let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        let head = "INSERT \(ignoring ? "OR IGNORE " : "")INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
        sql = (1...Self.rowsPerInsert).map { head + Array(repeating: row, count: $0).joined(separator: ", ") }
    }
}

/// A new fact's row: its id, and the id of each field's object in the order of `FactField.allCases` (`nil` where
/// it has none).
package struct FactRow: Sendable {
    package let id: Int64
    package let values: [Int64?]

    package init(id: Int64, values: [Int64?]) {
        (self.id, self.values) = (id, values)
    }
}

/// What changes of one fact: whether it is new or gone, the fields set (by place in `FactField.allCases`), and
/// the fields cleared.
private struct FactChange {
    var isNew = false
    var isGone = false
    var values = [Int64?](repeating: nil, count: FactField.allCases.count)
    var cleared: Set<Int> = []
}
