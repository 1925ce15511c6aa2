import Foundation
import GeoKGTestSupport
import Testing

/// Event nodes carry `geo:eventDate`: the sentence's date, typed by its precision, else the article's.
@Suite("event nodes carry their event date")
struct EventDateOutputTests {
    @Test("the sentence's date as xsd:date or xsd:gYearMonth, the article's date when the sentence gives none")
    func eventDates() throws {
        let article =
            #"{"url": "https://example.org/dates", "date": "2025-06-11", "text": "#
            + #""Kenya criticized Ethiopia on Monday. Uganda accused Rwanda last month. Tanzania criticized Burundi.""#
            + "}"
        let result = try GeoKG.run(
            ["extract", "--format", "ntriples", "--input-format", "jsonl", "-"], stdin: article + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let dates = result.stdout.split(separator: "\n").filter {
            $0.contains("<https://w3id.org/geokg/ontology#eventDate>")
        }
        .map { $0.split(separator: " ").dropFirst(2).joined(separator: " ") }
        #expect(
            dates.sorted() == [
                "\"2025-05\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .",
                "\"2025-06-09\"^^<http://www.w3.org/2001/XMLSchema#date> .",
                "\"2025-06-11\"^^<http://www.w3.org/2001/XMLSchema#date> .",
            ])
    }
}
