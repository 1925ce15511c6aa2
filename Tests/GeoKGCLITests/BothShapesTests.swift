import Foundation
import GeoKGTestSupport
import Testing

@Suite("every exploration command gives the same facts in both data shapes, whatever the load order")
struct BothShapesTests {
    let folder: TemporaryFolder
    /// A store per shape, by name: `articles` and `events`, and each loaded backwards (`articles-reversed`...).
    let stores: [String: String]

    init() throws {
        folder = try TemporaryFolder()
        var stores: [String: String] = [:]
        for (name, ntriples) in [("articles", ArticleFixture.ntriples), ("events", EventFixture.ntriples)] {
            stores[name] = try FixtureStore.imported(ntriples, in: folder, name: name)
            stores[name + "-reversed"] = try FixtureStore.imported(
                ArticleFixture.reversed(ntriples), in: folder, name: name + "-reversed")
        }
        self.stores = stores
    }

    /// Runs `geokg command --db STORE arguments...` and requires it to succeed.
    private func run(_ command: String, _ arguments: [String], store: String) throws -> String {
        let result = try GeoKG.run([command, "--db", try #require(stores[store])] + arguments)
        #expect(result.status == 0, "\(command) \(arguments) on \(store): \(result.stderr)")
        return result.stdout
    }

    /// The cells of TSV output's rows (header and all), each cut to what both shapes share: an IRI's last
    /// segment, a literal's text.
    private static func cells(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                var text = String(cell)
                if text.hasPrefix("<"), text.hasSuffix(">") {
                    text = String(text.dropFirst().dropLast().split(separator: "/").last ?? "")
                }
                if text.hasPrefix("\""), let end = text.dropFirst().firstIndex(of: "\"") {
                    text = String(text[text.index(after: text.startIndex)..<end])
                }
                return text
            }
        }
    }

    @Test("show lists the entity's facts with their dates and sources in both shapes")
    func show() throws {
        for store in ["articles", "events"] {
            let facts = Self.cells(try run("show", ["Oman", "--format", "tsv"], store: store)).filter { $0.count == 8 }
            // Ordered by relation label: "meets" and "Express intent to meet..." before the requests.
            #expect(
                facts.dropFirst().map { [$0[1], $0[2], $0[4], $0[6]] } == [
                    ["object", "Iran", "2018-09-28", "1"], ["subject", "Qatar", "2018-10-02", "2"],
                ], "\(store): \(facts)")
        }
    }

    @Test("entities counts each entity's facts in both shapes, busiest first, then by name")
    func entities() throws {
        for store in ["articles", "events"] {
            let rows = Self.cells(try run("entities", ["--format", "tsv"], store: store)).dropFirst()
            #expect(rows.map { [$0[1], $0[3]] } == [["Oman", "2"], ["Iran", "1"], ["Qatar", "1"]], "\(store)")
        }
    }

    @Test("neighbors follows relations by date in both shapes")
    func neighbors() throws {
        for store in ["articles", "events"] {
            let all = Self.cells(try run("neighbors", ["Oman", "--depth", "2", "--format", "tsv"], store: store))
                .dropFirst()
            #expect(
                all.map { [$0[0], $0[1], $0[3]] } == [["1", "Iran", "Oman"], ["1", "Oman", "Qatar"]], "\(store)")
            let since = Self.cells(
                try run("neighbors", ["Oman", "--since", "2018-10-01", "--format", "tsv"], store: store)
            ).dropFirst()
            #expect(since.map { [$0[1], $0[3]] } == [["Oman", "Qatar"]], "\(store)")
            let until = Self.cells(
                try run("neighbors", ["Oman", "--until", "2018-09-30", "--format", "tsv"], store: store)
            ).dropFirst()
            #expect(until.map { [$0[1], $0[3]] } == [["Iran", "Oman"]], "\(store)")
        }
    }

    @Test("path gives each step's source and date in both shapes")
    func path() throws {
        for store in ["articles", "events"] {
            let steps = Self.cells(try run("path", ["Iran", "Qatar", "--format", "tsv"], store: store)).dropFirst()
            #expect(
                steps.map { [$0[2], $0[4], $0[6], $0[7]] } == [
                    ["Iran", "Oman", "1", "2018-09-28"], ["Oman", "Qatar", "2", "2018-10-02"],
                ], "\(store)")
        }
    }

    @Test("render and render --query draw both relations with their dates in both shapes")
    func render() throws {
        let query = try folder.write("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", to: "all.rq")
        for store in ["articles", "events"] {
            for arguments in [["Oman"], ["--query", query]] {
                let file = folder.path("\(store)-\(arguments.count).svg")
                _ = try run("render", arguments + ["-o", file], store: store)
                let svg = try SVGDocument(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
                let edges = try svg.groups("edge")
                #expect(edges.count == 2, "\(store) \(arguments)")
                let titles = try edges.values.map { try SVGDocument.link($0).title ?? "" }.sorted()
                #expect(
                    titles.first?.contains("2018-09-28") == true && titles.last?.contains("2018-10-02") == true,
                    "\(titles)")
            }
        }
    }

    @Test("two stores of the same graph loaded in different orders answer byte for byte alike")
    func loadOrder() throws {
        for shape in ["articles", "events"] {
            let commands: [(String, [String])] = [
                ("show", ["Oman"]), ("entities", []), ("neighbors", ["Oman", "--depth", "2"]),
                ("path", ["Iran", "Qatar"]),
                ("neighbors", ["Oman", "--format", "table"]), ("path", ["Iran", "Qatar", "--format", "table"]),
            ]
            for (command, arguments) in commands {
                let forward = try run(command, arguments, store: shape)
                #expect(!forward.isEmpty)
                #expect(
                    try run(command, arguments, store: shape + "-reversed") == forward,
                    "\(command) \(arguments) on \(shape)")
            }
            // Iran and Qatar tie for the one place --max-nodes 2 leaves beside Oman: the order decides.
            for arguments in [["Oman", "--depth", "2"], ["Oman", "--max-nodes", "2"]] {
                var drawings: [Data] = []
                for store in [shape, shape + "-reversed"] {
                    let file = folder.path("\(store)-order.svg")
                    _ = try run("render", arguments + ["-o", file], store: store)
                    drawings.append(try Data(contentsOf: URL(fileURLWithPath: file)))
                }
                #expect(drawings[0] == drawings[1], "render \(arguments) on \(shape)")
            }
        }
    }
}
