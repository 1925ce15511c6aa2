import GeoKGStore

/// How the consolidator reads reports and facts from the store, in both data shapes.
extension FactConsolidator {
    /// The event nodes of `graphs` (every graph when `nil`) by the subject, relation and object they report, and
    /// their reports: each graph read once, through the graph index (an index on the predicates alone would read
    /// every event of the store); the whole store read through the predicate index.
    func reported(in graphs: [Int64]?, _ session: StoreSession, _ vocabulary: ReportVocabulary) throws
        -> (events: [FactKey: [Int64]], reports: [Int64: Report])
    {
        let details = vocabulary.details
        let wanted = ReportVocabulary.sql(
            vocabulary.subject.union(vocabulary.relation).union(vocabulary.object).union(details))
        // A source is its id; the other details are read by their text.
        let select = """
            SELECT q.s, q.p, q.o, CASE WHEN q.p IN (\(ReportVocabulary.sql(details.subtracting(vocabulary.source))))
                THEN (SELECT value FROM terms WHERE id = q.o) END
            """
        var gathered = GatheredReports(vocabulary)
        func take(_ row: StoreRow) {
            gathered.take(event: row.integer(0), predicate: row.integer(1), object: row.integer(2)) { row.text(3) }
        }
        guard let graphs else {
            try session.forEachRow("\(select) FROM quads q WHERE q.p IN (\(wanted))", [], take)
            return gathered.result
        }
        for graph in graphs {
            try session.forEachRow(
                "\(select) FROM quads q INDEXED BY quads_graph WHERE q.g = ? AND q.g <> 0 AND q.p IN (\(wanted))",
                [.integer(graph)], take)
        }
        return gathered.result
    }

    /// `reported(in:)` of statements just written, read from them rather than from the store.
    func reported(in written: [WrittenStatement], _ vocabulary: ReportVocabulary)
        -> (events: [FactKey: [Int64]], reports: [Int64: Report])
    {
        var gathered = GatheredReports(vocabulary)
        for statement in written where statement.graph != 0 {
            gathered.take(event: statement.subject, predicate: statement.predicate, object: statement.object) {
                statement.objectText
            }
        }
        return gathered.result
    }

    /// The stored facts of `key`: those numbered 1, 2, … until the first the facts graph does not hold.
    func facts(of key: FactStatements, _ session: StoreSession, _ vocabulary: ReportVocabulary) throws -> [Int64] {
        var found: [Int64] = []
        while let fact = try key.storedFact(at: found.count), try session.holdsFact(fact) { found.append(fact) }
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
                q.p IN (\(ReportVocabulary.sql(vocabulary.subject.union(vocabulary.relation).union(vocabulary.object))))
            FROM quads q JOIN terms t ON t.id = q.o WHERE q.s = ?
            """, [.integer(event)]
        ) { row in
            let predicate = row[0].integer ?? 0
            let object = row[1].integer ?? 0
            if row[3].integer == 1 { parts.append(object) }
            report.absorb(roles: vocabulary.roles[predicate] ?? [], object: object, text: row[2].text ?? "")
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
            for row in try session.factStatements(of: fact, vocabulary.factTerms) {
                known.statements.insert(FactStatement(fact: fact, predicate: row.predicate, object: row.object))
                if row.predicate == vocabulary.mention { mentioned.append(row.object) }
            }
        }
        for event in mentioned {
            if let report = try report(of: event, key: key.key, session, vocabulary) { known.reports[event] = report }
        }
        return known
    }

    /// Every report in the store, by the key it reports.
    func allReports(_ session: StoreSession, _ vocabulary: ReportVocabulary) throws -> [FactKey: [Report]] {
        let (events, reports) = try reported(in: nil, session, vocabulary)
        return events.mapValues { $0.map { reports[$0] ?? Report(event: $0) } }
    }
}

/// The event nodes and reports that statements about event nodes make, gathered one statement at a time.
private struct GatheredReports {
    let vocabulary: ReportVocabulary
    var parts: [Int64: (subject: Int64?, relation: Int64?, object: Int64?)] = [:]
    var reports: [Int64: Report] = [:]

    init(_ vocabulary: ReportVocabulary) {
        self.vocabulary = vocabulary
    }

    /// Takes in the statement `event` `predicate` `object`, whose object's stored text `text` gives (`nil` when
    /// not read: a source is its id).
    mutating func take(event: Int64, predicate: Int64, object: Int64, text: () -> String?) {
        guard let roles = vocabulary.roles[predicate] else { return }
        if !roles.isDisjoint(with: [.subject, .relation, .object]) {
            var part = parts[event] ?? (nil, nil, nil)
            if roles.contains(.subject) { part.subject = object }
            if roles.contains(.relation) { part.relation = object }
            if roles.contains(.object) { part.object = object }
            parts[event] = part
        }
        if !roles.isDisjoint(with: .details) {
            reports[event, default: Report(event: event)].absorb(roles: roles, object: object, text: text() ?? "")
        }
    }

    /// The event nodes by the subject, relation and object they report, and their reports.
    var result: (events: [FactKey: [Int64]], reports: [Int64: Report]) {
        var events: [FactKey: [Int64]] = [:]
        for (event, part) in parts {
            guard let subject = part.subject, let relation = part.relation, let object = part.object else { continue }
            events[FactKey(subject: subject, relation: relation, object: object), default: []].append(event)
        }
        return (events, reports)
    }
}
