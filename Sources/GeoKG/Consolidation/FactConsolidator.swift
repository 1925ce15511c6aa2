public import GeoKGOntology
import GeoKGRDF
public import GeoKGStore

/// Keeps the consolidated facts (the graph `GeoVocabulary.factsGraph`) in step with the event nodes they gather.
///
/// Given to `TripleStore.replaceGraphs(_:derived:)`, it updates, in the same transaction, the facts of every
/// subject, relation and object that a changed article reports or reported, and only those, writing only the
/// statements that differ. `rebuild(in:)` computes the whole graph afresh, for imported event data or another
/// window. The facts of one subject, relation and object are named after the three and numbered in the order of
/// their dates, so the same reports always give the same facts, whatever order the articles came in.
public final class FactConsolidator: DerivedGraph {
    /// The default greatest gap, in days, between the event dates of two reports of one fact.
    public static let defaultWindow = 3
    /// The namespace of consolidated facts: the facts graph's IRI and a slash.
    public static let namespace = GeoVocabulary.factsGraph.value + "/"
    /// The most reports remembered between transactions; past it the memo starts over.
    static let memoLimit = 2_000_000

    private let window: Int
    private let standingRelations: Set<IRI>
    /// What is known of the keys met so far, true of the store as this connection left it.
    private var memo: [FactKey: KeyFacts] = [:]
    private var memoReports = 0
    /// The store's `data_version` when `memo` was last true: another process's commit changes it.
    private var dataVersion: Int64?
    /// The IRIs (or N-Triples forms) of the subjects, relations and objects met, by id.
    private var names: [Int64: String] = [:]
    /// The event nodes the changing graphs held before the change, by key.
    private var removed: [FactKey: [Int64]] = [:]

    /// A consolidator gathering reports at most `window` days apart; `relations`, the relation vocabulary, tells
    /// standing relations.
    public init(relations: [RelationType], window: Int = FactConsolidator.defaultWindow) {
        self.window = window
        standingRelations = Set(relations.filter { !$0.isEvent }.map(\.iri))
    }

    public func graphsWillChange(_ graphs: [Int64], in session: StoreSession) throws {
        let version = try session.dataVersion()
        if version != dataVersion || memoReports > Self.memoLimit { forget() }
        dataVersion = version
        removed = try reported(in: graphs, session, try ReportVocabulary(session)).mapValues { $0.map(\.event) }
    }

    /// Updates the facts of every key the changed graphs report or reported. New reports are added to the facts
    /// they join, a report of a fact told a hundred times costing a mention and a few counts; when reports go, when
    /// new ones join or split facts, or when the key was not met before in this process, its facts are split
    /// afresh from all its reports.
    public func graphsDidChange(_ graphs: [Int64], written: [WrittenStatement], in session: StoreSession) throws {
        let vocabulary = try ReportVocabulary(session)
        let added = reported(in: written, vocabulary)
        if !added.isEmpty || !removed.isEmpty { try session.declare(vocabulary.factTerms) }
        for key in Set(removed.keys).union(added.keys).sorted() {
            let statements = try self.statements(of: key, session, vocabulary)
            // Taken out of the memo while it changes, so that nothing it holds is copied.
            let remembered = memo.removeValue(forKey: key)
            var known = try remembered ?? recall(statements, session, vocabulary)
            memoReports -= known.reports.count
            let new = added[key] ?? []
            let gone = removed[key] ?? []
            if remembered != nil, gone.isEmpty,
                let touched = known.add(new, window: window, isStanding: statements.isStanding)
            {
                var dropped: Set<FactStatement> = []
                var put: Set<FactStatement> = []
                for (place, change) in touched {
                    let fact = try statements.fact(at: place)
                    let before = Set(try change.before.map { try statements.description(of: fact, $0) } ?? [])
                    let after = Set(
                        try statements.description(of: fact, known.facts[place].summary.figures)
                            + statements.mentions(of: fact, change.reports))
                    dropped.formUnion(before.subtracting(after))
                    put.formUnion(after.subtracting(before))
                }
                try write(adding: put, deleting: dropped, vocabulary, session)
                known.statements.subtract(dropped)
                known.statements.formUnion(put)
            } else {
                for event in gone { known.reports[event] = nil }
                for report in new { known.reports[report.event] = report }
                let (facts, made) = try split(Array(known.reports.values), statements)
                let wanted = Set(made)
                known.facts = facts
                try write(
                    adding: wanted.subtracting(known.statements), deleting: known.statements.subtracting(wanted),
                    vocabulary, session)
                known.statements = wanted
            }
            memo[key] = known
            memoReports += known.reports.count
        }
        removed = [:]
    }

    public func changesRolledBack() {
        forget()
    }

    /// Computes the facts graph afresh from every event node in the store: a second thread splits the reports into
    /// facts (see `FactPlanner`) while this one writes them.
    /// - Returns: how many reports and facts there are.
    public func rebuild(in session: StoreSession) throws -> ConsolidationSummary {
        forget()
        let vocabulary = try ReportVocabulary(session)
        try session.clearFacts(vocabulary.factTerms)
        try session.declare(vocabulary.factTerms)
        let byKey = try reported(in: nil, session, vocabulary)
        var summary = ConsolidationSummary(reports: byKey.values.reduce(0) { $0 + $1.count })
        var parts: Set<Int64> = []
        var relations: Set<Int64> = []
        for key in byKey.keys {
            parts.insert(key.subject)
            parts.insert(key.object)
            relations.insert(key.relation)
        }
        let names = try Dictionary(uniqueKeysWithValues: parts.union(relations).map { ($0, try name(of: $0, session)) })
        let standing = relations.filter { isStanding(relation: names[$0] ?? "") }
        let planner = FactPlanner(reports: byKey, names: names, standing: standing, window: window)
        defer { planner.finish() }
        let fields = FactFieldValues(session: session, vocabulary: vocabulary)
        while let batch = planner.next() {
            var rows: [FactRow] = []
            var mentions: [(fact: Int64, event: Int64)] = []
            for fact in batch {
                let id = try session.id(of: .iri(fact.iri))
                rows.append(
                    FactRow(id: id, values: try fields.values(of: fact.key, isStanding: fact.isStanding, fact.figures)))
                mentions += fact.events.map { (id, $0) }
            }
            try session.addFacts(rows, mentions: mentions, vocabulary.factTerms)
            summary.facts += batch.count
        }
        return summary
    }

    /// The facts `reports` make, split afresh, and all their statements, each once.
    private func split(_ reports: [Report], _ statements: FactStatements) throws -> ([KeyFact], [FactStatement]) {
        let facts = KeyFacts.facts(of: reports, window: window, isStanding: statements.isStanding)
        var wanted: [FactStatement] = []
        for (place, fact) in facts.enumerated() {
            let id = try statements.fact(at: place)
            wanted += try statements.description(of: id, fact.fact.summary.figures)
            wanted += statements.mentions(of: id, fact.reports)
        }
        return (facts.map(\.fact), wanted)
    }

    /// Deletes the statements `deleting` from the facts graph and adds `adding`.
    private func write(
        adding: some Sequence<FactStatement>, deleting: some Sequence<FactStatement>, _ vocabulary: ReportVocabulary,
        _ session: StoreSession
    ) throws {
        try session.changeFacts(adding: adding.map(\.ids), deleting: deleting.map(\.ids), vocabulary.factTerms)
    }

    /// What makes the statements of `key`'s facts.
    private func statements(of key: FactKey, _ session: StoreSession, _ vocabulary: ReportVocabulary) throws
        -> FactStatements
    {
        let names = try [key.subject, key.relation, key.object].map { try name(of: $0, session) }
        return FactStatements(
            key: key, names: names, isStanding: isStanding(relation: names[1]), session: session,
            vocabulary: vocabulary)
    }

    /// The IRI (or N-Triples form) of the term with id `id`.
    private func name(of id: Int64, _ session: StoreSession) throws -> String {
        if let known = names[id] { return known }
        let term = try session.term(id: id)
        let name = if case .iri(let iri) = term { iri.value } else { "\(term)" }
        names[id] = name
        return name
    }

    /// Whether the relation named `relation` is a standing one.
    private func isStanding(relation: String) -> Bool {
        standingRelations.contains(IRI(unchecked: relation))
    }

    /// Forgets what was remembered of the store.
    private func forget() {
        memo = [:]
        names = [:]
        memoReports = 0
        dataVersion = nil
    }
}

/// What a consolidation found.
public struct ConsolidationSummary: Sendable {
    /// Event nodes read.
    public var reports = 0
    /// Consolidated facts written.
    public var facts = 0
}
