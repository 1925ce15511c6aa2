import GeoKGExtraction
import Testing

/// Each fact records the kind of rule that found it, which its confidence is measured by; on sentences written
/// for the test.
@Suite("the kind of rule behind each fact")
struct ExtractionPatternTests {
    /// A sentence, the relation one of its facts states, and the kind of rule that must have found it.
    static let cases: [(sentence: String, relation: String, pattern: ExtractionPattern)] = [
        ("Kenya criticized Ethiopia over the dam.", "criticizes", .verbal),
        ("Ethiopia was criticized by Kenya over the dam.", "criticizes", .verbal),
        ("Ethiopia faces sanctions from Kenya.", "sanctions", .objectFirst),
        ("Talks between Kenya and Ethiopia ended in Nairobi.", "meets", .nominal),
        ("Uganda said Rwanda must withdraw its troops.", "demands", .obligation),
        ("Kenyan President William Ruto arrived in Addis Ababa.", "leads", .title),
    ]

    @Test("a verb, a passive, an object-first frame, a noun, an obligation and a title", arguments: cases)
    func pattern(sentence: String, relation: String, pattern: ExtractionPattern) throws {
        let facts = try ExtractionHarness().extract(sentence).facts.filter { $0.relation == relation }
        try #require(!facts.isEmpty, "no \(relation) in \(sentence)")
        #expect(facts.allSatisfy { $0.pattern == pattern }, "\(facts.map(\.pattern))")
    }
}
