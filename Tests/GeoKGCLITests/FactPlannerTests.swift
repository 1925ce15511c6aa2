import Testing

@testable import GeoKG

/// The planner splits every key's reports into facts on a second thread and hands them over in key order, the same
/// however the batches fall, and ends when told even if its batches were not all taken.
@Suite("fact planner")
struct FactPlannerTests {
    /// Reports from event `first` on, one a date of `dates`, each from a source of its own.
    static func reports(_ dates: [String], from first: Int64) -> [Report] {
        dates.enumerated().map { offset, date in
            var report = Report(event: first + Int64(offset))
            report.absorb(roles: .reportDate, object: 1_000 + first + Int64(offset), text: date)
            return report
        }
    }

    static let meets = FactKey(subject: 1, relation: 2, object: 3)
    static let visits = FactKey(subject: 1, relation: 4, object: 3)
    static let leads = FactKey(subject: 5, relation: 6, object: 7)
    static let names: [Int64: String] = [1: "a", 2: "meets", 3: "b", 4: "visits", 5: "c", 6: "leads", 7: "d"]
    static let byKey: [FactKey: [Report]] = [
        // Two meetings a month apart; one visit; a standing relation told half a year apart, which is one fact.
        meets: reports(["2025-03-10", "2025-04-15", "2025-03-11"], from: 10),
        visits: reports(["2025-03-12"], from: 20),
        leads: reports(["2025-01-01", "2025-06-01"], from: 30),
    ]

    static func planner(batchSize: Int = FactPlanner.batchSize) -> FactPlanner {
        FactPlanner(reports: byKey, names: names, standing: [6], window: 3, batchSize: batchSize)
    }

    /// Every batch the planner hands over.
    static func batches(_ planner: FactPlanner) -> [[PlannedFact]] {
        var batches: [[PlannedFact]] = []
        while let batch = planner.next() { batches.append(batch) }
        planner.finish()
        return batches
    }

    @Test("facts come in key order, numbered by date within their key, with their reports and sources")
    func order() {
        let batches = Self.batches(Self.planner(batchSize: 2))
        // A batch goes once it holds two facts or more, after the key that filled it.
        #expect(batches.map(\.count) == [2, 2])
        let facts = batches.flatMap { $0 }
        let meetsStem = FactStatements.stem(of: ["a", "meets", "b"])
        #expect(
            facts.map(\.iri.value) == [
                meetsStem + "1", meetsStem + "2", FactStatements.stem(of: ["a", "visits", "b"]) + "1",
                FactStatements.stem(of: ["c", "leads", "d"]) + "1",
            ])
        #expect(facts.map { $0.events.sorted() } == [[10, 12], [11], [20], [30, 31]])
        #expect(facts.map(\.figures.sourceCount) == [2, 1, 1, 2])
        #expect(facts.map(\.isStanding) == [false, false, false, true])
        let whole = Self.batches(Self.planner())
        #expect(whole.count == 1)
        #expect(whole.flatMap { $0 }.map(\.iri) == facts.map(\.iri))
    }

    @Test("a planner whose batches are not all taken ends when told, its thread no longer waiting to hand over")
    func earlyFinish() {
        let keys = (Int64(0)..<64).map { FactKey(subject: $0, relation: 2, object: 3) }
        let reports = Dictionary(
            uniqueKeysWithValues: keys.map { ($0, Self.reports(["2025-03-10"], from: $0.subject * 10)) })
        // One fact a batch: the thread fills the handoff and waits long before the 64th.
        let planner = FactPlanner(reports: reports, names: Self.names, standing: [], window: 3, batchSize: 1)
        #expect(planner.next()?.count == 1)
        planner.finish()
        #expect(planner.next()?.count == nil)
    }
}
