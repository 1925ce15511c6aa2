import Foundation
import GeoKGTestSupport
import Testing

@Suite("neighbors and path read well on a terminal and stay machine formats elsewhere")
struct ReadableOutputTests {
    /// Both shapes' stores.
    let stores: ExplorationStores

    init() throws {
        stores = try ExplorationStores()
    }

    /// The lines of `text` with runs of spaces made one, as a table's cells are separated.
    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0).replacing(#/ {2,}/#, with: "  ") }
    }

    @Test("on a terminal neighbors names entities and relations by their labels")
    func neighborsOnTerminal() throws {
        let result = try GeoKG.runOnTerminal(["neighbors", "--db", stores.articles, "China", "--relation", "restricts"])
        #expect(result.status == 0, "\(result.stdout)")
        let lines = Self.lines(result.stdout)
        #expect(lines.first == "depth  subject  relation  object")
        #expect(lines.contains("1  China  restricts  magnets"), "\(result.stdout)")
        #expect(!result.stdout.contains("<") && !result.stdout.contains("^^") && !result.stdout.contains("https:"))
    }

    @Test("--format table reads the same off a terminal; TSV and JSON keep IRIs and typed literals")
    func machineFormats() throws {
        let table = try GeoKG.run([
            "neighbors", "--db", stores.articles, "China", "--relation", "restricts", "--format", "table",
        ])
        #expect(Self.lines(table.stdout).contains("1  China  restricts  magnets"), "\(table.stdout)")
        let tsv = try GeoKG.run(["neighbors", "--db", stores.articles, "China", "--relation", "restricts"])
        #expect(
            tsv.stdout.split(separator: "\n").contains(
                "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>\t<https://w3id.org/geokg/entity/China>\t"
                    + "<https://w3id.org/geokg/ontology#restricts>\t<https://w3id.org/geokg/entity/Magnets>"))
        let json = try GeoKG.run([
            "neighbors", "--db", stores.articles, "China", "--relation", "restricts", "--format", "json",
        ])
        #expect(
            json.stdout.contains("\"object\":{\"type\":\"uri\",\"value\":\"https://w3id.org/geokg/entity/Magnets\"}"))
    }

    @Test("path gives each step's evidence, source and date in TSV, also for event data")
    func pathEvidence() throws {
        let result = try GeoKG.run(["path", "--db", stores.events, "Iran", "Qatar"])
        #expect(result.status == 0, "\(result.stdout)")
        let base = EventFixture.base
        #expect(
            result.stdout == """
                ?path\t?step\t?subject\t?relation\t?object\t?evidence\t?source\t?date
                "1"^^<http://www.w3.org/2001/XMLSchema#integer>\t"1"^^<http://www.w3.org/2001/XMLSchema#integer>\t\
                <\(base)actor/Iran>\t<\(base)cameo/036>\t<\(base)actor/Oman>\t\t<https://example.org/news/1>\t\
                "2018-09-28"^^<http://www.w3.org/2001/XMLSchema#date>
                "1"^^<http://www.w3.org/2001/XMLSchema#integer>\t"2"^^<http://www.w3.org/2001/XMLSchema#integer>\t\
                <\(base)actor/Oman>\t<\(base)cameo/020>\t<\(base)actor/Qatar>\t\t<https://example.org/news/2>\t\
                "2018-10-02"^^<http://www.w3.org/2001/XMLSchema#date>

                """)
    }

    @Test("on a terminal path lists each chain's steps by label, with date, sentence and source in full")
    func pathOnTerminal() throws {
        let events = try GeoKG.runOnTerminal(["path", "--db", stores.events, "Iran", "Qatar"])
        #expect(
            events.stdout == """
                path 1
                  1. Iran — Express intent to meet or negotiate — Oman (2018-09-28)
                     https://example.org/news/1
                  2. Oman — Make an appeal or request — Qatar (2018-10-02)
                     https://example.org/news/2

                """)
        let articles = try GeoKG.runOnTerminal([
            "path", "--db", stores.articles, "Scott Bessent", "He Lifeng", "--limit", "1",
        ])
        #expect(
            articles.stdout.hasPrefix(
                """
                path 1
                  1. Scott Bessent — meets with — Chinese delegation (2025-06-09)
                     Earlier, US President Donald Trump said that Treasury Secretary Scott Bessent, Commerce Secretary \
                Howard Lutnick and Trade Representative Jamieson Greer would meet with a Chinese delegation in London on \
                June 9 to resolve trade disagreements between the two countries.
                     https://sputnikglobe.com/20250609/us-to-ask-china-to-boost-rare-earths-exports-at-upcoming-meeting-1122216876.html
                  2. Chinese delegation — member of — China (2025-06-09)
                """), "\(articles.stdout)")
    }
}
