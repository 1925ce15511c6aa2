import Testing

@testable import GeoKGGraph

@Suite("the walks' table of term ids")
struct IDTableTests {
    /// Ids in runs and scattered, with repeats: the table must agree with `Set` and `Dictionary` throughout its
    /// growth.
    @Test func agreesWithTheStandardCollections() {
        var table = IDTable<Int>()
        var set = IDSet()
        var expected: [Int64: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        let ids: [Int64] =
            Array(1...5_000) + (0..<5_000).map { _ in Int64.random(in: -1_000_000...1_000_000, using: &generator) }
            + Array(1...100)
        for (place, id) in ids.enumerated() {
            let new = expected[id] == nil
            #expect(table.insert(id, place) == new)
            #expect(set.insert(id) == new)
            if new { expected[id] = place }
        }
        #expect(table.count == expected.count)
        #expect(set.count == expected.count)
        for (id, place) in expected {
            #expect(table[id] == place)
            #expect(set.contains(id))
        }
        for absent: Int64 in [0, 5_001, Int64.max, -2_000_000] where expected[absent] == nil {
            #expect(table[absent] == nil)
            #expect(table[absent, default: -1] == -1)
            #expect(!set.contains(absent))
        }
        #expect(Set(set) == Set(expected.keys))
        #expect(Set(table.ids) == Set(expected.keys))
    }

    /// Iteration order depends only on what was put in, so walks answer alike from run to run.
    @Test func iteratesInAnOrderOfItsContents() {
        let ids: [Int64] = [42, 7, 1_000_003, 9, 7, 64]
        #expect(Array(IDSet(ids)) == Array(IDSet(ids)))
        #expect(IDSet([]).isEmpty)
    }
}
