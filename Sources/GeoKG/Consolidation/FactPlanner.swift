import Dispatch
import GeoKGRDF
import GeoKGStore

/// One fact of a rebuild as a second thread computes it: all it says, before its own terms have ids.
struct PlannedFact: Sendable {
    let iri: IRI
    let key: FactKey
    let isStanding: Bool
    let figures: FactFigures
    /// The event nodes that report it.
    let events: [Int64]
}

/// Splits every key's reports into facts on a second thread and hands them over in batches, in key order, while
/// the caller writes them: the store's thread only gives ids and writes rows.
final class FactPlanner {
    /// Facts in one batch, unless told otherwise.
    static let batchSize = 4096
    private let handoff = Handoff<[PlannedFact]>(capacity: 4)
    private let thread = DispatchGroup()
    private var isDrained = false

    /// Starts splitting the reports `reports` of each key, in key order, into facts of reports at most `window` days
    /// apart, handed over `batchSize` facts at a time; `names` names the keys' subjects, relations and objects, and
    /// `standing` holds the standing relations.
    init(
        reports: [FactKey: [Report]], names: [Int64: String], standing: Set<Int64>, window: Int,
        batchSize: Int = FactPlanner.batchSize
    ) {
        let handoff = handoff
        DispatchQueue.global().async(group: thread) {
            var batch: [PlannedFact] = []
            for key in reports.keys.sorted() {
                let isStanding = standing.contains(key.relation)
                let stem = FactStatements.stem(of: [key.subject, key.relation, key.object].map { names[$0] ?? "" })
                let facts = KeyFacts.facts(of: reports[key] ?? [], window: window, isStanding: isStanding)
                for (place, fact) in facts.enumerated() {
                    batch.append(
                        PlannedFact(
                            iri: FactStatements.iri(stem: stem, place: place), key: key, isStanding: isStanding,
                            figures: fact.fact.summary.figures, events: fact.reports.map(\.event)))
                }
                if batch.count >= batchSize {
                    handoff.put(batch)
                    batch = []
                }
            }
            if !batch.isEmpty { handoff.put(batch) }
            handoff.close()
        }
    }

    /// The next batch of facts, or `nil` when every one was handed over.
    func next() -> [PlannedFact]? {
        guard !isDrained, let batch = handoff.take() else {
            isDrained = true
            return nil
        }
        return batch
    }

    /// Waits for the thread to end, dropping the batches not taken: call when done, or when writing failed.
    func finish() {
        while next() != nil {}
        thread.wait()
    }
}
