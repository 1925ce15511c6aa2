import GeoKGStore

/// How the consolidator reads reports and facts from the store, in both data shapes.
extension FactConsolidator {
    /// The event nodes of `graphs`, by the subject, relation and object they report.
    func events(in graphs: [Int64], _ session: StoreSession, _ vocabulary: ReportVocabulary) throws
        -> [FactKey: [Int64]]
    {
        var found: [FactKey: [Int64]] = [:]
        // The graph's own statements first, in this order: an index on the predicates alone would read every
        // event of the store.
        for graph in graphs {
            try session.select(
                """
                SELECT a.s, a.o, b.o, c.o FROM quads a INDEXED BY quads_graph
                CROSS JOIN quads b ON b.s = a.s AND b.g = a.g CROSS JOIN quads c ON c.s = a.s AND c.g = a.g
                WHERE a.g = ? AND a.g <> 0 AND a.p IN (\(vocabulary.subjects)) AND b.p IN (\(vocabulary.relations))
                AND c.p IN (\(vocabulary.objects))
                """, [.integer(graph)]
            ) { row in
                found[FactKey(row.dropFirst().map { $0.integer ?? 0 }), default: []].append(row[0].integer ?? 0)
                return true
            }
        }
        return found
    }

    /// The reports of the event nodes of `graphs`, by event node, each graph's details read at once.
    func reports(in graphs: [Int64], _ session: StoreSession, _ vocabulary: ReportVocabulary) throws
        -> [Int64: Report]
    {
        let details = vocabulary.details.sorted().map(String.init).joined(separator: ", ")
        var found: [Int64: Report] = [:]
        for graph in graphs where !details.isEmpty {
            try session.select(
                """
                SELECT q.s, q.p, q.o, t.value FROM quads q INDEXED BY quads_graph JOIN terms t ON t.id = q.o
                WHERE q.g = ? AND q.g <> 0 AND q.p IN (\(details))
                """, [.integer(graph)]
            ) { row in
                let event = row[0].integer ?? 0
                found[event, default: Report(event: event)].absorb(
                    predicate: row[1].integer ?? 0, object: row[2].integer ?? 0, text: row[3].text ?? "",
                    vocabulary: vocabulary)
                return true
            }
        }
        return found
    }

    /// The stored facts of `key`: those numbered 1, 2, … until the first the facts graph does not hold.
    func facts(of key: FactStatements, _ session: StoreSession, _ vocabulary: ReportVocabulary) throws -> [Int64] {
        var found: [Int64] = []
        while let fact = try key.storedFact(at: found.count) {
            var stored = false
            try session.select(
                "SELECT 1 FROM quads WHERE s = ? AND p = ? AND g = ?",
                [.integer(fact), .integer(vocabulary.type), .integer(vocabulary.factsGraph)]
            ) { _ in
                stored = true
                return false
            }
            guard stored else { break }
            found.append(fact)
        }
        return found
    }

    /// The report of event node `event`, or `nil` when the store no longer holds it as a report of `key`.
    func report(of event: Int64, key: FactKey, _ session: StoreSession, _ vocabulary: ReportVocabulary)
        throws -> Report?
    {
        var report = Report(event: event)
        var parts: [Int64] = []
        try session.select(
            """
            SELECT q.p, q.o, t.value,
                q.p IN (\(vocabulary.subjects)) OR q.p IN (\(vocabulary.relations)) OR q.p IN (\(vocabulary.objects))
            FROM quads q JOIN terms t ON t.id = q.o WHERE q.s = ? AND q.g <> ?
            """, [.integer(event), .integer(vocabulary.factsGraph)]
        ) { row in
            let predicate = row[0].integer ?? 0
            let object = row[1].integer ?? 0
            if row[3].integer == 1 { parts.append(object) }
            report.absorb(predicate: predicate, object: object, text: row[2].text ?? "", vocabulary: vocabulary)
            return true
        }
        return Set(parts) == Set([key.subject, key.relation, key.object]) ? report : nil
    }
}

extension FactConsolidator {
    /// What the store holds of a key: the reports its facts mention that still report it, and the facts'
    /// statements (its facts are left to be split afresh).
    func recall(_ key: FactStatements, _ session: StoreSession, _ vocabulary: ReportVocabulary) throws -> KeyFacts {
        var known = KeyFacts()
        var mentioned: [Int64] = []
        for fact in try facts(of: key, session, vocabulary) {
            try session.select(
                "SELECT p, o FROM quads WHERE s = ? AND g = ?", [.integer(fact), .integer(vocabulary.factsGraph)]
            ) { row in
                let statement = FactStatement(fact: fact, predicate: row[0].integer ?? 0, object: row[1].integer ?? 0)
                known.statements.insert(statement)
                if statement.predicate == vocabulary.mention { mentioned.append(statement.object) }
                return true
            }
        }
        for event in mentioned {
            if let report = try report(of: event, key: key.key, session, vocabulary) { known.reports[event] = report }
        }
        return known
    }

    /// Every report in the store, by the key it reports.
    func allReports(_ session: StoreSession, _ vocabulary: ReportVocabulary) throws -> [FactKey: [Report]] {
        let graph = SQLValue.integer(vocabulary.factsGraph)
        var keyOf: [Int64: FactKey] = [:]
        try session.select(
            """
            SELECT a.s, a.o, b.o, c.o FROM quads a JOIN quads b ON b.s = a.s AND b.g = a.g
            JOIN quads c ON c.s = a.s AND c.g = a.g
            WHERE a.p IN (\(vocabulary.subjects)) AND b.p IN (\(vocabulary.relations))
            AND c.p IN (\(vocabulary.objects)) AND a.g <> ?
            """, [graph]
        ) { row in
            keyOf[row[0].integer ?? 0] = FactKey(row.dropFirst().map { $0.integer ?? 0 })
            return true
        }
        var reports = Dictionary(uniqueKeysWithValues: keyOf.keys.map { ($0, Report(event: $0)) })
        let details = vocabulary.details.sorted().map(String.init).joined(separator: ", ")
        try session.select(
            """
            SELECT q.s, q.p, q.o, t.value FROM quads q JOIN terms t ON t.id = q.o
            WHERE q.p IN (\(details.isEmpty ? "-1" : details)) AND q.g <> ?
            """, [graph]
        ) { row in
            guard let event = row[0].integer, reports[event] != nil else { return true }
            reports[event]?.absorb(
                predicate: row[1].integer ?? 0, object: row[2].integer ?? 0, text: row[3].text ?? "",
                vocabulary: vocabulary)
            return true
        }
        var byKey: [FactKey: [Report]] = [:]
        for (event, key) in keyOf { byKey[key, default: []].append(reports[event] ?? Report(event: event)) }
        return byKey
    }
}
