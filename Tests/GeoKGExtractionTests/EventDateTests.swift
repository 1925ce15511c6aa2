import GeoKGExtraction
import Testing

/// When a sentence dates its event, relative to an article dated Wednesday 2025-06-11, on sentences written for
/// the test.
@Suite("event dates from the sentence, else none")
struct EventDateTests {
    /// Each sentence states one event; its expected date (`nil`: the sentence gives none).
    static let cases: [(sentence: String, date: String?)] = [
        ("Kenya criticized Ethiopia on June 2.", "2025-06-02"),
        ("Kenya criticized Ethiopia on 2 June 2023.", "2023-06-02"),
        ("Kenya criticized Ethiopia on December 30.", "2024-12-30"),  // a past event: not after the article
        ("Kenya will meet Ethiopia on December 30.", "2025-12-30"),  // a planned one may be
        ("Kenya criticized Ethiopia on Monday.", "2025-06-09"),
        ("Kenya criticized Ethiopia on Wednesday.", "2025-06-11"),  // the article's own day
        ("Kenya will meet Ethiopia on Friday.", "2025-06-13"),
        ("Kenya criticized Ethiopia yesterday.", "2025-06-10"),
        ("Kenya criticized Ethiopia this morning.", "2025-06-11"),
        ("Kenya criticized Ethiopia earlier this month.", "2025-06"),
        ("Kenya criticized Ethiopia last month.", "2025-05"),
        ("Kenya criticized Ethiopia last year.", "2024"),
        ("Kenya criticized Ethiopia.", nil),
        ("Kenya criticized Ethiopia, which may soon hold elections.", nil),  // "may" is no month
        ("NAIROBI, June 11 (Staff) - Kenya criticized Ethiopia.", nil),  // a dateline dates the report
        ("NAIROBI, June 11 (Staff) - Kenya criticized Ethiopia on Monday.", "2025-06-09"),
    ]

    @Test("a date, weekday or relative day in the sentence dates its event", arguments: cases)
    func dates(sentence: String, date: String?) throws {
        let harness = try ExtractionHarness()
        let facts = harness.extract(sentence, date: "2025-06-11").facts.filter { $0.relation != "leads" }
        try #require(facts.count == 1, "\(facts)")
        #expect(facts[0].eventDate == date)
    }

    @Test("without an article date, only a date with its year dates the event")
    func noArticleDate() throws {
        let harness = try ExtractionHarness()
        #expect(harness.extract("Kenya criticized Ethiopia on Monday.", date: nil).facts.first?.eventDate == nil)
        #expect(
            harness.extract("Kenya criticized Ethiopia on June 2, 2024.", date: nil).facts.first?.eventDate
                == "2024-06-02")
    }

    @Test("standing relations get no event date")
    func standing() throws {
        let harness = try ExtractionHarness()
        let facts = harness.extract("Kenyan President William Ruto met Ethiopia on Monday.", date: "2025-06-11").facts
        #expect(facts.contains { $0.relation == "leads" && $0.eventDate == nil })
        #expect(facts.contains { $0.relation == "meets" && $0.eventDate == "2025-06-09" })
    }
}
