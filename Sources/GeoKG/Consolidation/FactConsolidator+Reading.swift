import GeoKGStore

/// How the consolidator reads reports and facts from the store, in both data shapes.
extension FactConsolidator {
    /// The reports of the event nodes of `graphs` (every graph when `nil`), by the subject, relation and object they
    /// report, read in the order of their event nodes so that each is gathered as its statements come: the graphs
    /// through the graph index (an index on the predicates alone would read every event of the store), the whole
    /// store in the order of its primary key.
    func reported(in graphs: [Int64]?, _ session: StoreSession, _ vocabulary: ReportVocabulary) throws
        -> [FactKey: [Report]]
    {
        let wanted = ReportVocabulary.sql(
            vocabulary.subject.union(vocabulary.relation).union(vocabulary.object).union(vocabulary.details))
        // `+` keeps SQLite off the predicate index, whose order it would have to sort.
        let source =
            if graphs != nil {
                "quads q INDEXED BY quads_graph WHERE q.g IN (SELECT value FROM json_each(?)) AND q.g <> 0 AND"
            } else {
                "quads q WHERE +"
            }
        var gathered = GatheredReports(vocabulary)
        let arguments = graphs.map { [TripleStore.idList($0)] } ?? []
        try session.forEachRow("SELECT q.s, q.p, q.o FROM \(source) q.p IN (\(wanted)) ORDER BY q.s", arguments) {
            row in
            let object = row.integer(2)
            // A detail's text comes from the store's cache of terms: its few dates and figures are met again and
            // again.
            try gathered.take(event: row.integer(0), predicate: row.integer(1), object: object) {
                try session.storedValue(of: object)
            }
        }
        return gathered.finish()
    }

    /// `reported(in:)` of statements just written, read from them rather than from the store.
    func reported(in written: [WrittenStatement], _ vocabulary: ReportVocabulary) -> [FactKey: [Report]] {
        // The statements about event nodes, few among those written, in the order of their event nodes.
        let events = written.indices.filter { written[$0].graph != 0 && vocabulary.roles[written[$0].predicate] != nil }
        var gathered = GatheredReports(vocabulary)
        for index in events.sorted(by: { (written[$0].subject, $0) < (written[$1].subject, $1) }) {
            let statement = written[index]
            gathered.take(event: statement.subject, predicate: statement.predicate, object: statement.object) {
                statement.objectText
            }
        }
        return gathered.finish()
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
                if row.predicate == vocabulary.factTerms.mention { mentioned.append(row.object) }
            }
        }
        for event in mentioned {
            if let report = try report(of: event, key: key.key, session, vocabulary) { known.reports[event] = report }
        }
        return known
    }
}

/// The reports that statements about event nodes make, gathered one statement at a time, the statements of each
/// event node one after the other.
private struct GatheredReports {
    let vocabulary: ReportVocabulary
    /// The reports of the event nodes gathered, by what they report.
    private var reports: [FactKey: [Report]] = [:]
    /// The event node whose statements are coming, what it reports so far, and its report.
    private var event: Int64?
    private var parts: (subject: Int64?, relation: Int64?, object: Int64?) = (nil, nil, nil)
    private var report = Report(event: 0)

    init(_ vocabulary: ReportVocabulary) {
        self.vocabulary = vocabulary
    }

    /// Takes in the statement `event` `predicate` `object`, whose object's stored text `text` gives, asked only of
    /// details that are read by their text (a source is its id).
    mutating func take(event: Int64, predicate: Int64, object: Int64, text: () throws -> String) rethrows {
        guard let roles = vocabulary.roles[predicate] else { return }
        if event != self.event {
            close()
            self.event = event
            parts = (nil, nil, nil)
            report = Report(event: event)
        }
        if roles.contains(.subject) { parts.subject = object }
        if roles.contains(.relation) { parts.relation = object }
        if roles.contains(.object) { parts.object = object }
        if !roles.isDisjoint(with: .details) {
            report.absorb(roles: roles, object: object, text: roles.isDisjoint(with: .textDetails) ? "" : try text())
        }
    }

    /// The reports of every event node that gave a subject, a relation and an object, by those three.
    mutating func finish() -> [FactKey: [Report]] {
        close()
        event = nil
        return reports
    }

    /// Files the report of the event node whose statements came last.
    private mutating func close() {
        guard event != nil, let subject = parts.subject, let relation = parts.relation, let object = parts.object
        else { return }
        reports[FactKey(subject: subject, relation: relation, object: object), default: []].append(report)
    }
}
