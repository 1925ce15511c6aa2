import Foundation
import GeoKGTestSupport
import Testing

@Suite("geokg query, entities, show, neighbors and path")
struct QueryCommandTests {
    let folder: TemporaryFolder
    let db: String

    /// A store holding the sample articles, as `make demo` ingests them.
    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("store.sqlite")
        let samples = RepositoryPaths.root.appendingPathComponent("Samples/articles")
        let ingest = try GeoKG.run(["ingest", "--db", db, samples.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try GeoKG.run([arguments[0], "--db", db] + arguments.dropFirst())
    }

    /// The rows of TSV output, without its header.
    private func rows(_ result: CommandResult) -> [[String]] {
        result.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test("query answers SPARQL in TSV off a terminal, and JSON on request")
    func query() throws {
        let result = try run(["query", "SELECT ?what WHERE { entity:China geo:restricts ?what } ORDER BY ?what"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("?what\n"))
        #expect(rows(result).map { $0[0] }.contains("<https://w3id.org/geokg/entity/Magnets>"))
        let ask = try run(["query", "--format", "json", "ASK { entity:China geo:restricts entity:Magnets }"])
        #expect(ask.stdout == "{\"head\":{},\"boolean\":true}\n")
    }

    @Test("a bad query is named with its line and column, from the command line or a file")
    func badQuery() throws {
        let inline = try run(["query", "SELECT ?x WHERE {\n ?x ?p }"])
        #expect(inline.status == 1)
        #expect(inline.stderr.contains("query:2:"), "\(inline.stderr)")
        let file = try folder.write("SELECT * WHERE { ?s ?p ?o MINUS { ?s ?p ?o } }", to: "bad.rq")
        let fromFile = try run(["query", "--file", file])
        #expect(fromFile.status == 1)
        #expect(fromFile.stderr.contains("bad.rq:1:27: MINUS is not supported"), "\(fromFile.stderr)")
    }

    @Test("entities lists entities with type and facts, filtered by class and name")
    func entities() throws {
        let countries = try run(["entities", "--type", "Country"])
        #expect(countries.status == 0, "\(countries.stderr)")
        let names = rows(countries).map { $0[1] }
        #expect(names.contains("\"China\"") && names.contains("\"United States\""))
        #expect(rows(countries).allSatisfy { $0[2] == "<https://w3id.org/geokg/ontology#Country>" })
        let matched = try run(["entities", "--match", "BESSENT", "--format", "json"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(matched.stdout.utf8)) as? [String: Any])
        let bindings = (json["results"] as? [String: Any])?["bindings"] as? [[String: [String: String]]]
        #expect(bindings?.first?["entity"]?["value"] == "https://w3id.org/geokg/entity/ScottBessent")
    }

    @Test("show finds an entity by name in any case and lists its facts with evidence")
    func show() throws {
        let result = try run(["show", "china"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"Beijing\""), "aliases are shown")
        let facts = result.stdout.split(separator: "\n").filter { $0.contains("ontology#restricts") }
        #expect(facts.contains { $0.contains("entity/Magnets") && $0.contains("suspended exports") })
    }

    @Test("an unknown or ambiguous name is an error listing what there is")
    func ambiguous() throws {
        let unknown = try run(["show", "Atlantis"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown entity \"Atlantis\""))
        let data = try folder.write(
            "<http://ex.org/GeorgiaUS> <http://www.w3.org/2000/01/rdf-schema#label> \"Georgia\" .\n"
                + "<http://ex.org/GeorgiaCountry> <http://www.w3.org/2004/02/skos/core#altLabel> \"Georgia\" .\n",
            to: "georgia.nt")
        #expect(try run(["import", data]).status == 0)
        let ambiguous = try run(["show", "georgia"])
        #expect(ambiguous.status == 1)
        #expect(
            ambiguous.stderr.contains("ambiguous") && ambiguous.stderr.contains("GeorgiaUS")
                && ambiguous.stderr.contains("GeorgiaCountry"), "\(ambiguous.stderr)")
    }

    @Test("neighbors walks out by depth, and filters by relation and date")
    func neighbors() throws {
        let near = rows(try run(["neighbors", "China"]))
        #expect(near.allSatisfy { $0[0] == "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>" })
        #expect(near.contains { $0[2].hasSuffix("#restricts>") && $0[3].hasSuffix("/Magnets>") })
        let far = rows(try run(["neighbors", "China", "--depth", "2"]))
        #expect(far.count > near.count)
        let restricted = rows(try run(["neighbors", "China", "--relation", "restricts"]))
        #expect(!restricted.isEmpty && restricted.allSatisfy { $0[2].hasSuffix("#restricts>") })
        #expect(rows(try run(["neighbors", "China", "--since", "2030-01-01"])).isEmpty)
        let bad = try run(["neighbors", "China", "--since", "June"])
        #expect(bad.status == 64)
    }

    @Test("path gives the shortest chains between two entities, each step with evidence")
    func path() throws {
        let result = try run(["path", "Scott Bessent", "He Lifeng"])
        #expect(result.status == 0, "\(result.stderr)")
        let steps = rows(result)
        #expect(!steps.isEmpty)
        let first = steps.filter { $0[0] == "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>" }
        #expect(first.count == 3)
        #expect(first.allSatisfy { !$0[5].isEmpty && !$0[6].isEmpty })
    }
}
