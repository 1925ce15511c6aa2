import Foundation
import GeoKGTestSupport
import Testing

/// Event nodes carry `geo:eventDate`: the sentence's date, typed by its precision, else the article's; standing
/// relations carry the gazetteer's term of office as `geo:validFrom` and `geo:validUntil`.
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

    @Test("a standing relation carries the gazetteer's term of office held on the article's date")
    func termsOfOffice() throws {
        // Qin Gang's term as China's Foreign Minister in the gazetteer: 2022-12-30 to 2023-07-25.
        let article =
            #"{"url": "https://example.org/terms", "date": "2023-05-02", "text": "Chinese Foreign Minister Qin Gang met Kenya on Tuesday."}"#
        let result = try GeoKG.run(
            ["extract", "--format", "ntriples", "--input-format", "jsonl", "-"], stdin: article + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let validity = lines.filter { $0.contains("ontology#validFrom>") || $0.contains("ontology#validUntil>") }
            .map { $0.split(separator: " ").dropFirst(1).joined(separator: " ") }
        #expect(
            validity.sorted() == [
                "<https://w3id.org/geokg/ontology#validFrom> \"2022-12-30\"^^<http://www.w3.org/2001/XMLSchema#date> .",
                "<https://w3id.org/geokg/ontology#validUntil> \"2023-07-25\"^^<http://www.w3.org/2001/XMLSchema#date> .",
            ])
        // An article dated outside the term gives no validity.
        let later = article.replacingOccurrences(of: "2023-05-02", with: "2024-05-02")
        let laterResult = try GeoKG.run(
            ["extract", "--format", "ntriples", "--input-format", "jsonl", "-"], stdin: later + "\n")
        #expect(!laterResult.stdout.contains("ontology#validFrom>"))
    }

    @Test("former and newly appointed holders: the gazetteer's past term, else the article's date bounds the office")
    func termsFromText() throws {
        func validity(_ text: String) throws -> [String] {
            let article = #"{"url": "https://example.org/t", "date": "2025-03-10", "text": "\#(text)"}"#
            let result = try GeoKG.run(
                ["extract", "--format", "ntriples", "--input-format", "jsonl", "-"], stdin: article + "\n")
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").filter { $0.contains("ontology#valid") }
                .map { $0.split(separator: " ").dropFirst().joined(separator: " ") }.sorted()
        }
        // Uhuru Kenyatta led Kenya from 2013-04-09 to 2022-09-13, as the gazetteer says.
        #expect(
            try validity("Former Kenyan President Uhuru Kenyatta met Abiy Ahmed.") == [
                "<https://w3id.org/geokg/ontology#validFrom> \"2013-04-09\"^^<http://www.w3.org/2001/XMLSchema#date> .",
                "<https://w3id.org/geokg/ontology#validUntil> \"2022-09-13\"^^<http://www.w3.org/2001/XMLSchema#date> .",
            ])
        #expect(
            try validity("The newly appointed Kenyan Foreign Minister Musalia Mudavadi met Abiy Ahmed.") == [
                "<https://w3id.org/geokg/ontology#validFrom> \"2025-03-10\"^^<http://www.w3.org/2001/XMLSchema#date> ."
            ])
    }
}
