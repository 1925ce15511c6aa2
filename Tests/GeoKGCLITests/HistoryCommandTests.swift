import Foundation
import GeoKGTestSupport
import Testing

/// `timeline`, `diff`, `--as-of` and `--min-confidence`, on articles written for the test and on imported event data.
@Suite("time and confidence on the read commands")
struct HistoryCommandTests {
    let folder: TemporaryFolder
    let db: String

    /// A meeting told by three articles, a later one, a denial (`ConsolidationTests`), and a foreign minister
    /// whose term the gazetteer gives: Qin Gang, 2022-12-30 to 2023-07-25.
    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("history.sqlite")
        let lines =
            ConsolidationTests.articles + [
                ConsolidationTests.article(
                    "qin", "2023-05-02", "Chinese Foreign Minister Qin Gang criticized Japan on Tuesday.")
            ]
        let input = folder.path("articles.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let result = try GeoKG.run(["ingest", "--db", db, input])
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func rows(_ arguments: [String]) throws -> [[String]] {
        let result = try GeoKG.run(arguments + ["--db", db, "--format", "tsv"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                // The term's text: an IRI's local name, a literal's lexical form.
                let text = String(cell)
                if text.hasPrefix("<") { return String(text.dropLast().split(separator: "/").last ?? "") }
                return text.split(separator: "\"").first.map(String.init) ?? ""
            }
        }
    }

    @Test("timeline lists an entity's facts by date with their source counts")
    func timeline() throws {
        let lines = try rows(["timeline", "Abiy Ahmed"]).map { [$0[0], $0[2], $0[4]] }
        #expect(lines.contains(["2025-03-10", "ontology#meets", "3"]))
        #expect(lines.contains(["2025-04-15", "ontology#meets", "1"]))
        #expect(lines.map(\.[0]) == lines.map(\.[0]).sorted())
        #expect(try rows(["timeline", "Abiy Ahmed", "--since", "2025-04-01"]).map(\.[0]) == ["2025-04-15"])
    }

    @Test("diff lists the facts first reported between two days, and the terms that began or ended")
    func diff() throws {
        let march = try rows(["diff", "--from", "2025-03-01", "--to", "2025-03-31", "William Ruto"])
        #expect(march.contains { $0[0] == "reported" && $0[3] == "ontology#meets" && $0[5] == "3" })
        #expect(!march.contains { $0[1] == "2025-04-15" })
        let terms = try rows(["diff", "--from", "2023-07-01", "--to", "2023-07-31"])
        #expect(terms.map { [$0[0], $0[1], $0[2]] }.contains(["ended", "2023-07-25", "QinGang"]))
    }

    @Test("--as-of keeps events up to the day and standing relations within their term")
    func asOf() throws {
        func neighbors(_ day: String) throws -> Set<String> {
            Set(try rows(["neighbors", "Qin Gang", "--as-of", day]).map { $0[2] })
        }
        #expect(try neighbors("2023-06-01") == ["ontology#criticizes", "ontology#memberOf"])
        // After the term: the criticism still happened, the office no longer holds.
        #expect(try neighbors("2024-01-01") == ["ontology#criticizes"])
        // Before the article, within the term: only the office.
        #expect(try neighbors("2023-01-15") == ["ontology#memberOf"])
        let shown = try rows(["show", "Qin Gang", "--as-of", "2024-01-01"])
        #expect(!shown.contains { $0.first == "ontology#memberOf" })
    }

    @Test("--min-confidence keeps facts at least that confident, and refuses a number outside 0 to 1")
    func minConfidence() throws {
        let all = try rows(["entities"])
        let none = try rows(["entities", "--min-confidence", "0.9999"])
        #expect(all.first { $0[1] == "William Ruto" }?[3] != "0")
        #expect(none.allSatisfy { $0[3] == "0" })
        #expect(try rows(["timeline", "William Ruto", "--min-confidence", "0.99"]).count == 2)
        for command in [
            ["neighbors", "China"], ["timeline", "China"], ["diff", "--from", "2025-01-01", "--to", "2025-12-31"],
        ] {
            #expect(try GeoKG.run(command + ["--db", db, "--min-confidence", "1.5"]).status == 64, "\(command)")
        }
    }

    @Test("timeline says how to get consolidated facts when a store has none")
    func noFacts() throws {
        let plain = folder.path("plain.sqlite")
        let triples = folder.path("t.nt")
        try "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"Alpha\" .\n".write(
            toFile: triples, atomically: true, encoding: .utf8)
        #expect(try GeoKG.run(["import", "--db", plain, triples]).status == 0)
        let result = try GeoKG.run(["diff", "--db", plain, "--from", "2025-01-01", "--to", "2025-01-02"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("run geokg consolidate first"), "\(result.stderr)")
    }
}
