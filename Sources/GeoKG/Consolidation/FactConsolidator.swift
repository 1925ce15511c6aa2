public import GeoKGOntology
import GeoKGRDF
public import GeoKGStore

/// Keeps the consolidated facts (the graph `GeoVocabulary.factsGraph`) in step with the event nodes they gather.
///
/// Given to `TripleStore.replaceGraphs(_:derived:)`, it recomputes, in the same transaction, the facts of every
/// subject, relation and object that a changed article reports or reported, and only those. `rebuild(in:)`
/// computes the whole graph afresh, for imported event data or another window. The facts of one subject, relation
/// and object are named after the three, numbered in the order of their dates, so the same reports always give
/// the same facts whatever order the articles came in.
public final class FactConsolidator: DerivedGraph {
    /// The default greatest gap, in days, between the event dates of two reports of one fact.
    public static let defaultWindow = 3
    /// The namespace of consolidated facts: the facts graph's IRI and a slash.
    public static let namespace = GeoVocabulary.factsGraph.value + "/"

    private let window: Int
    private let standingRelations: Set<IRI>
    /// The subjects, relations and objects the changing graphs reported before the change.
    private var reportedBefore: Set<FactKey> = []

    /// A consolidator gathering reports at most `window` days apart; `ontology` tells standing relations.
    public init(ontology: Ontology, window: Int = FactConsolidator.defaultWindow) {
        self.window = window
        standingRelations = Set(ontology.relations.filter { !$0.isEvent }.map(\.iri))
    }

    public func graphsWillChange(_ graphs: [Int64], in session: StoreSession) throws {
        let vocabulary = try ReportVocabulary(session)
        reportedBefore = Set(try events(in: graphs, session, vocabulary).keys)
    }

    public func graphsDidChange(_ graphs: [Int64], in session: StoreSession) throws {
        let vocabulary = try ReportVocabulary(session)
        let added = try events(in: graphs, session, vocabulary)
        let keys = reportedBefore.union(added.keys).sorted()
        reportedBefore = []
        for key in keys {
            let previous = try facts(of: key, session, vocabulary)
            var events = Set(added[key] ?? [])
            for fact in previous {
                try session.select(
                    "SELECT o FROM quads WHERE s = ? AND p = ? AND g = ?",
                    [.integer(fact), .integer(vocabulary.mention), .integer(vocabulary.factsGraph)]
                ) { row in
                    if let event = row[0].integer { events.insert(event) }
                    return true
                }
                try session.run(
                    "DELETE FROM quads WHERE g = ? AND s = ?", [.integer(vocabulary.factsGraph), .integer(fact)])
            }
            let reports = try events.sorted().compactMap { try report(of: $0, key: key, session, vocabulary) }
            try write(key, reports: reports, session, vocabulary)
        }
    }

    /// Computes the facts graph afresh from every event node in the store.
    /// - Returns: how many reports and facts there are.
    public func rebuild(in session: StoreSession) throws -> ConsolidationSummary {
        let vocabulary = try ReportVocabulary(session)
        let graph = SQLValue.integer(vocabulary.factsGraph)
        try session.run("DELETE FROM quads WHERE g = ?", [graph])
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
        var summary = ConsolidationSummary(reports: keyOf.count)
        for key in byKey.keys.sorted() {
            summary.facts += try write(key, reports: byKey[key] ?? [], session, vocabulary)
        }
        return summary
    }

    /// The event nodes of `graphs`, by the subject, relation and object they report.
    private func events(in graphs: [Int64], _ session: StoreSession, _ vocabulary: ReportVocabulary) throws
        -> [FactKey: [Int64]]
    {
        var found: [FactKey: [Int64]] = [:]
        for graph in graphs {
            try session.select(
                """
                SELECT a.s, a.o, b.o, c.o FROM quads a JOIN quads b ON b.s = a.s AND b.g = a.g
                JOIN quads c ON c.s = a.s AND c.g = a.g
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

    /// The stored facts of `key`: those numbered 1, 2, … until the first the facts graph does not hold.
    private func facts(of key: FactKey, _ session: StoreSession, _ vocabulary: ReportVocabulary) throws -> [Int64] {
        let stem = try stem(of: key, session)
        var found: [Int64] = []
        while let fact = try session.existingID(of: .iri(IRI(unchecked: stem + String(found.count + 1)))) {
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
    private func report(of event: Int64, key: FactKey, _ session: StoreSession, _ vocabulary: ReportVocabulary)
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

    /// Writes the facts the reports of `key` make; returns how many.
    @discardableResult
    private func write(_ key: FactKey, reports: [Report], _ session: StoreSession, _ vocabulary: ReportVocabulary)
        throws -> Int
    {
        guard !reports.isEmpty else { return 0 }
        guard case .iri(let relation) = try session.term(id: key.relation) else { return 0 }
        let clusters = FactCluster.split(reports, window: window, isStanding: standingRelations.contains(relation))
        let stem = try stem(of: key, session)
        let graph = vocabulary.factsGraph
        for (index, cluster) in clusters.enumerated() {
            let fact = try session.id(of: .iri(IRI(unchecked: stem + String(index + 1))))
            func add(_ predicate: Int64, _ object: Int64) throws {
                try session.insert(subject: fact, predicate: predicate, object: object, graph: graph)
            }
            func add(_ predicate: Int64, _ literal: Literal) throws {
                try add(predicate, session.id(of: .literal(literal)))
            }
            try add(vocabulary.type, vocabulary.factClass)
            try add(vocabulary.subject, key.subject)
            try add(vocabulary.relation, key.relation)
            try add(vocabulary.object, key.object)
            try add(vocabulary.writtenModality, Literal(cluster.modality))
            for report in cluster.reports { try add(vocabulary.mention, report.event) }
            try add(vocabulary.sourceCount, Literal(String(cluster.sources.count), datatype: XSD.integer))
            let denying = cluster.denyingSources.count
            if denying > 0 { try add(vocabulary.negatedCount, Literal(String(denying), datatype: XSD.integer)) }
            if let reported = cluster.reported {
                try add(vocabulary.firstReported, reported.first.id)
                try add(vocabulary.lastReported, reported.last.id)
            }
            if let date = cluster.eventDate, !standingRelations.contains(relation) {
                try add(vocabulary.writtenEventDate, date.id)
            }
            let validity = cluster.validity
            if let from = validity.from { try add(vocabulary.writtenValidFrom, from.id) }
            if let until = validity.until { try add(vocabulary.writtenValidUntil, until.id) }
            if let confidence = cluster.confidence, let text = Ontology.decimal((confidence * 1000).rounded() / 1000) {
                try add(vocabulary.writtenConfidence, Literal(text, datatype: XSD.decimal))
            }
        }
        return clusters.count
    }

    /// The IRI of `key`'s facts without their number: a hash of the subject's, relation's and object's IRIs.
    private func stem(of key: FactKey, _ session: StoreSession) throws -> String {
        let names = try [key.subject, key.relation, key.object].map { id throws(StoreError) in
            "\(try session.term(id: id))"
        }
        return Self.namespace + ContentHash.ofLines(names[0], names[1], names[2], digits: 20) + "-"
    }
}

/// A subject, relation and object, as store ids: what the reports of one fact share.
struct FactKey: Hashable, Comparable {
    let subject: Int64
    let relation: Int64
    let object: Int64

    /// The key of the ids `[subject, relation, object]`.
    init(_ ids: [Int64]) {
        (subject, relation, object) = (ids[0], ids[1], ids[2])
    }

    static func < (a: FactKey, b: FactKey) -> Bool {
        (a.subject, a.relation, a.object) < (b.subject, b.relation, b.object)
    }
}

/// What a consolidation found.
public struct ConsolidationSummary: Sendable {
    /// Event nodes read.
    public var reports = 0
    /// Consolidated facts written.
    public var facts = 0
}
