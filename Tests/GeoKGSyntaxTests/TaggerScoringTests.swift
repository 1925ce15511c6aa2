import Testing

@testable import GeoKGSyntax

/// The pieces of fast tagging that must give exactly what the plain way gives: the hash table with its mark
/// bytes, the choice of the best class, and scoring a sentence in chunks.
@Suite("Tagger scoring")
struct TaggerScoringTests {
    @Test("a key table finds every key it holds, and nothing for keys it does not, even when marks agree")
    func keyTable() {
        var random = SplitMix64(seed: 7)
        // Keys sharing their top seven bits (one mark) and crowding a few home slots, and ordinary keys.
        let mark: UInt64 = 0x55 << 57
        var keys: [UInt64] = (0..<200).map { (n: Int) -> UInt64 in UInt64(n % 9) | UInt64(n + 1) << 20 | mark }
        keys += (0..<500).map { _ in random.next() | 1 }
        let values = keys.indices.map { UInt64($0 + 1) }
        let table = KeyTable(keys: keys, values: values)
        #expect(table.count == keys.count)
        for (key, value) in zip(keys, values) { #expect(table.value(key) == value) }
        let held = Set(keys)
        var absent: [UInt64] = (0..<300).map { (n: Int) -> UInt64 in UInt64(n % 9) | UInt64(n + 5000) << 20 | mark }
        absent += (0..<2000).map { _ in random.next() }
        for key in absent where !held.contains(key) { #expect(table.value(key) == 0) }
        #expect(table.value(0) == 0)
    }

    @Test("the best class is the first of the highest scores, negative scores and ties included")
    func best() {
        var random = SplitMix64(seed: 11)
        let length = 80
        for count in [2, 15, 16, 17, 74, 80] {
            for round in 0..<200 {
                let shift: Int32 = round % 2 == 0 ? 28 : 1
                var scores: [Int32] = (0..<length).map { _ in Int32(truncatingIfNeeded: random.next()) >> shift }
                if round % 3 == 0 { scores = scores.map { (score: Int32) -> Int32 in -abs(score / 2) - 1 } }
                var expected = 0
                for index in 1..<count where scores[index] > scores[expected] { expected = index }
                let found = scores.withUnsafeMutableBufferPointer {
                    Tagger.best($0.baseAddress.unsafelyUnwrapped, count: count, length: length)
                }
                #expect(found == expected)
            }
        }
    }

    @Test("sentences longer than a chunk get the classes of scoring template by template")
    func longSentences() throws {
        let tagger = try BundledModels.tagger()
        let words = try AccuracyTests.slice().prefix(40).flatMap(\.words)
        let chunk = Tagger.chunkLength
        for length in [chunk - 1, chunk, chunk + 1, 3 * chunk + 5, words.count] {
            let lexemes = words.prefix(length).map(Lexeme.init)
            #expect(tagger.classes(lexemes).map(Int.init) == tagger.unfoldedClasses(lexemes))
        }
    }
}
