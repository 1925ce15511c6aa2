import Testing

@testable import GeoKGArticles

@Suite("Date normalisation")
struct DateNormalizerTests {
    @Test(
        "reads a date written in a usual way",
        arguments: [
            ("2025-06-09", "2025-06-09"), ("2025-06-09T08:27+0000", "2025-06-09"),
            ("2025-06-09T23:59:59Z", "2025-06-09"),
            ("2025/6/9", "2025-06-09"), ("June 9, 2025", "2025-06-09"), ("Jun 9, 2025", "2025-06-09"),
            ("09 Jun 2025", "2025-06-09"), ("9 June 2025", "2025-06-09"),
            ("Mon, 09 Jun 2025 08:27:00 +0000", "2025-06-09"),
            ("Monday, June 9th, 2025 8:27 a.m. EDT", "2025-06-09"), ("Published: 9 Sept. 2024", "2024-09-09"),
            ("Updated on 29 February 2024, 10:00 GMT", "2024-02-29"), ("  2014-03-16  ", "2014-03-16"),
        ])
    func reads(text: String, expected: String) {
        #expect(DateNormalizer.isoDate(from: text) == expected)
    }

    @Test(
        "gives nil for what is not just a date",
        arguments: [
            "", "2025", "June 2025", "06/09/2025", "2025-13-01", "2023-02-29", "June 31, 2025",
            "The talks on June 9, 2025 went well", "us-china relations", "+74956456601", "en_EN",
            "June 9 - July 1, 2025",
        ])
    func rejects(text: String) {
        #expect(DateNormalizer.isoDate(from: text) == nil)
    }
}
