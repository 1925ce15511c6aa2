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

    /// Removes every fact and mention.
    package func clearFacts() throws(StoreError) {
        try run("DELETE FROM facts", [])
        try run("DELETE FROM fact_mentions", [])
    }

    /// Changes the facts graph as if `deleting` were deleted from it and `adding` added, statements of `terms`'
    /// predicates only: a fact's row is written when its class is added, removed when its class goes, else
    /// updated in the fields that change; mentions are rows of their own.
    package func changeFacts(adding: [StatementIDs], deleting: [StatementIDs], _ terms: FactTerms) throws(StoreError) {
        var changes: [Int64: FactChange] = [:]
        for statement in deleting {
            if statement.predicate == terms.mention {
                try run(
                    "DELETE FROM fact_mentions WHERE fact = ? AND event = ?",
                    [.integer(statement.subject), .integer(statement.object)])
            } else {
                changes[statement.subject, default: FactChange()].removed.insert(statement.predicate)
            }
        }
        for statement in adding {
            if statement.predicate == terms.mention {
                try run(
                    "INSERT OR IGNORE INTO fact_mentions(fact, event) VALUES (?, ?)",
                    [.integer(statement.subject), .integer(statement.object)])
            } else {
                changes[statement.subject, default: FactChange()].added[statement.predicate] = statement.object
            }
        }
        for (fact, change) in changes.sorted(by: { $0.key < $1.key }) { try apply(change, to: fact, terms) }
    }

    /// Whether the facts graph holds the fact `fact`.
    package func holdsFact(_ fact: Int64) throws -> Bool {
        var found = false
        try forEachRow("SELECT 1 FROM facts WHERE id = ?", [.integer(fact)]) { _ in found = true }
        return found
    }

    /// The statements of the facts graph about `fact`, mentions included.
    package func factStatements(of fact: Int64, _ terms: FactTerms) throws -> [StatementIDs] {
        guard let sql = terms.statementsSQL() else { return [] }
        var found: [StatementIDs] = []
        try forEachRow("SELECT s, p, o FROM (\(sql)) WHERE s = ?", [.integer(fact)]) { row in
            found.append(StatementIDs(subject: row.integer(0), predicate: row.integer(1), object: row.integer(2)))
        }
        return found
    }

    private func apply(_ change: FactChange, to fact: Int64, _ terms: FactTerms) throws(StoreError) {
        if change.added[terms.type] != nil {
            var values: [SQLValue] = [.integer(fact)]
            for field in FactField.allCases {
                values.append(terms.fields[field].flatMap { change.added[$0] }.map(SQLValue.integer) ?? .null)
            }
            try run(Self.insertFact, values)
        } else if change.removed.contains(terms.type) {
            try run("DELETE FROM facts WHERE id = ?", [.integer(fact)])
        } else {
            var set: [String] = []
            var values: [SQLValue] = []
            for field in FactField.allCases {
                guard let predicate = terms.fields[field] else { continue }
                if let object = change.added[predicate] {
                    set.append("\(field.rawValue) = ?")
                    values.append(.integer(object))
                } else if change.removed.contains(predicate) {
                    set.append("\(field.rawValue) = NULL")
                }
            }
            guard !set.isEmpty else { return }
            try run("UPDATE facts SET \(set.joined(separator: ", ")) WHERE id = ?", values + [.integer(fact)])
        }
    }
}

extension StoreSession {
    /// The statement writing a whole row of `facts`.
    fileprivate static let insertFact =
        "INSERT OR REPLACE INTO facts(id, \(FactField.allCases.map(\.rawValue).joined(separator: ", "))) VALUES (?"
        + String(repeating: ", ?", count: FactField.allCases.count) + ")"
}

/// What changes of one fact: the objects of the predicates added, and the predicates removed.
private struct FactChange {
    var added: [Int64: Int64] = [:]
    var removed: Set<Int64> = []
}
