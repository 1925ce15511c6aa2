import Foundation
import GeoKGQuery
import GeoKGRDF
import GeoKGStore
import GeoKGTestSupport
import Testing

/// Reports of one subject, relation and object within the window are one consolidated fact in the facts graph,
/// kept up to date as articles come and change, and the same whatever the order of the articles.
@Suite("consolidated facts")
struct ConsolidationTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// One meeting told by three articles over two days, a second meeting of the same pair a month later, a denial.
    static let articles = [
        article(
            "m1", "2025-03-10", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi."),
        article("m2", "2025-03-11", "President William Ruto met Abiy Ahmed yesterday, officials said."),
        article("m3", "2025-03-11", "William Ruto met Abiy Ahmed on Monday to discuss the port."),
        article("m4", "2025-04-15", "William Ruto met Abiy Ahmed in Addis Ababa on Tuesday."),
        article("d1", "2025-03-12", "William Ruto did not meet Abiy Ahmed in Mombasa, his office said on Wednesday."),
    ]

    static func article(_ name: String, _ date: String, _ text: String) -> String {
        #"{"url": "https://example.org/\#(name)", "date": "\#(date)", "text": "\#(text)"}"#
    }

    /// The facts graph's facts of Ruto meeting Abiy: source count, negated count, event date and mentions.
    private func meetings(_ db: String) throws -> [String] {
        let query = """
            PREFIX geo: <https://w3id.org/geokg/ontology#>
            SELECT ?n ?denied ?date (COUNT(?m) AS ?mentions) ?first ?last ?modality WHERE {
              GRAPH <https://w3id.org/geokg/facts> {
                ?f a geo:Fact ; geo:subject <https://w3id.org/geokg/entity/WilliamRuto> ; geo:relation geo:meets ;
                   geo:object <https://w3id.org/geokg/entity/AbiyAhmed> ; geo:sourceCount ?n ; geo:mention ?m ;
                   geo:eventDate ?date ; geo:firstReported ?first ; geo:lastReported ?last ; geo:modality ?modality .
                OPTIONAL { ?f geo:negatedCount ?denied }
              }
            } GROUP BY ?f ?n ?denied ?date ?first ?last ?modality ORDER BY ?date
            """
        let result = try GeoKG.run(["query", "--db", db, "--format", "tsv", query])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map {
            $0.replacingOccurrences(of: "^^<http://www.w3.org/2001/XMLSchema#integer>", with: "")
                .replacingOccurrences(of: "^^<http://www.w3.org/2001/XMLSchema#date>", with: "")
        }
    }

    private func ingest(_ lines: [String], into db: String, _ extra: [String] = []) throws {
        let file = folder.path("in-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let result = try GeoKG.run(["ingest", "--db", db] + extra + [file])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// The facts graph as N-Quads lines, sorted.
    private func factsGraph(_ db: String) throws -> [String] {
        let result = try GeoKG.run(["export", "--db", db, "--format", "nquads"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
            .filter { $0.hasSuffix("<https://w3id.org/geokg/facts> .") }.sorted()
    }

    /// The values of `query`'s answer, one line a row, without the header.
    private func answer(_ db: String, _ query: String) throws -> [String] {
        let result = try GeoKG.run([
            "query", "--db", db, "--format", "tsv", "PREFIX geo: <https://w3id.org/geokg/ontology#>\n" + query,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map {
            $0.replacingOccurrences(of: "^^<http://www.w3.org/2001/XMLSchema#integer>", with: "")
        }
    }

    @Test("an export read back leaves the facts graph out, saying so, and consolidating makes the same facts")
    func exportReadBack() throws {
        let db = folder.path("first.sqlite")
        try ingest(Self.articles, into: db)
        let dump = folder.path("dump.nq")
        #expect(try GeoKG.run(["export", "--db", db, "--format", "nquads", "-o", dump]).status == 0)
        let copy = folder.path("copy.sqlite")
        let imported = try GeoKG.run(["import", "--db", copy, dump])
        #expect(imported.status == 0, "\(imported.stderr)")
        let facts = try factsGraph(db)
        #expect(imported.stderr.contains("\(facts.count) statements of the facts graph left out"))
        #expect(try factsGraph(copy).isEmpty)
        #expect(try GeoKG.run(["consolidate", "--db", copy]).status == 0)
        #expect(try factsGraph(copy) == facts)
    }

    @Test("SPARQL reads the facts graph, kept one row a fact, as it reads any graph's statements")
    func factsGraphInSPARQL() throws {
        let db = folder.path("sparql.sqlite")
        try ingest(Self.articles, into: db)
        let graph = "<https://w3id.org/geokg/facts>"
        let statements = try factsGraph(db).count
        #expect(statements > 20)
        #expect(
            try answer(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH \(graph) { ?s ?p ?o } }") == ["\"\(statements)\""])
        #expect(
            try answer(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g = \(graph)) }")
                == ["\"\(statements)\""])
        #expect(try answer(db, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?f a geo:Fact } }") == [graph])
        // A literal object reaches the fields holding literals, whether the predicate is named or not.
        #expect(try answer(db, "SELECT (COUNT(*) AS ?n) WHERE { ?f geo:sourceCount 3 }") == ["\"1\""])
        #expect(
            try answer(db, "SELECT ?p WHERE { GRAPH \(graph) { ?f ?p 3 } }") == [
                "<https://w3id.org/geokg/ontology#sourceCount>"
            ])
        // An IRI object, the predicate unnamed: what the export gives of the facts graph.
        let abiy = "<https://w3id.org/geokg/entity/AbiyAhmed>"
        let exported = try factsGraph(db).map { $0.split(separator: " ").map(String.init) }
            .filter { $0[2] == abiy }.map { $0[1] }.sorted()
        #expect(exported.count >= 2)
        #expect(try answer(db, "SELECT ?p WHERE { GRAPH \(graph) { ?f ?p \(abiy) } }").sorted() == exported)
        // A path through the facts graph: the reports of the fact told by three sources, the denial among them.
        #expect(try answer(db, "SELECT (COUNT(*) AS ?n) WHERE { ?event ^geo:mention/geo:sourceCount 3 }") == ["\"4\""])
        let joined = """
            SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {
              GRAPH \(graph) { ?f geo:sourceCount 3 ; geo:mention ?event } GRAPH ?article { ?event geo:subject ?who }
            }
            """
        #expect(try answer(db, joined) == ["\"4\""])
        // A fact's predicate stated in another graph too: the default graph reads both.
        let other = folder.path("other.nt")
        try
            "<http://example.org/x> <https://w3id.org/geokg/ontology#sourceCount> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            .write(toFile: other, atomically: true, encoding: .utf8)
        #expect(try GeoKG.run(["import", "--db", db, other]).status == 0)
        #expect(try answer(db, "SELECT (COUNT(*) AS ?n) WHERE { ?f geo:sourceCount 3 }") == ["\"2\""])
        #expect(
            try answer(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH \(graph) { ?f geo:sourceCount 3 } }") == ["\"1\""])
    }

    @Test("a pattern that may match quads and the fact tables is joined arm by arm through the indexes, not copied")
    func unionJoinedByArms() throws {
        let db = folder.path("plans.sqlite")
        try ingest(Self.articles, into: db)
        let engine = try QueryEngine(store: try TripleStore(path: db))
        // `?x ?p ?o` reads quads and every fact field: the whole store, were SQLite to materialize it.
        let about = "?x <http://www.w3.org/2000/01/rdf-schema#label> \"William Ruto\" . ?x ?p ?o"
        let queries = [
            "SELECT ?p ?o WHERE { \(about) }",
            "SELECT ?p (COUNT(*) AS ?n) WHERE { \(about) } GROUP BY ?p",
            "SELECT DISTINCT ?p WHERE { \(about) }",
        ]
        for query in queries {
            let plan = try engine.plan(query)
            #expect(plan.contains { $0.hasPrefix("UNION ALL") }, "\(query): \(plan)")
            #expect(!plan.contains { $0.hasPrefix("MATERIALIZE") }, "\(query): \(plan)")
        }
        // The same solutions as the facts graph's export and the article graphs give.
        let predicates = try answer(db, "SELECT DISTINCT ?p WHERE { \(about) }").sorted()
        #expect(predicates.contains("<http://www.w3.org/2000/01/rdf-schema#label>"))
        let counts = try answer(db, "SELECT ?p (COUNT(*) AS ?n) WHERE { \(about) } GROUP BY ?p")
        #expect(counts.count == predicates.count)
    }

    @Test("three reports of one meeting over two days and one of a later meeting give facts of 3 and 1 sources")
    func sourceCounts() throws {
        let db = folder.path("facts.sqlite")
        try ingest(Self.articles, into: db)
        #expect(
            try meetings(db) == [
                "\"3\"\t\"1\"\t\"2025-03-10\"\t\"4\"\t\"2025-03-10\"\t\"2025-03-12\"\t\"asserted\"",
                "\"1\"\t\t\"2025-04-15\"\t\"1\"\t\"2025-04-15\"\t\"2025-04-15\"\t\"asserted\"",
            ])
    }

    @Test("the same articles in another order, or in several runs, give the same facts")
    func orderDoesNotMatter() throws {
        let forward = folder.path("forward.sqlite")
        try ingest(Self.articles, into: forward)
        let backward = folder.path("backward.sqlite")
        for article in Self.articles.reversed() { try ingest([article], into: backward) }
        let facts = try factsGraph(forward)
        #expect(facts.count > 20)
        #expect(try factsGraph(backward) == facts)
    }

    @Test("a changed article updates the facts it touched, and only those")
    func replacing() throws {
        let db = folder.path("replace.sqlite")
        try ingest(Self.articles, into: db)
        let before = try factsGraph(db)
        // m3 now tells another story: Ruto criticized Somalia.
        try ingest(
            [Self.article("m3", "2025-03-11", "William Ruto criticized Somalia on Monday.")]
                + Self.articles.dropFirst(3),
            into: db)
        #expect(try meetings(db).first?.hasPrefix("\"2\"\t\"1\"\t\"2025-03-10\"\t\"3\"") == true)
        let after = try factsGraph(db)
        #expect(after.contains { $0.contains("ontology#criticizes>") })
        // Ruto's standing as Kenya's leader, told by m1 only, is the very same fact.
        let leads = before.filter { $0.contains("ontology#leads>") }
        #expect(!leads.isEmpty)
        #expect(leads.allSatisfy(after.contains))
    }

    @Test("removing an article takes its reports out of the facts it touched, as if it had never been ingested")
    func removing() throws {
        let db = folder.path("remove.sqlite")
        try ingest(Self.articles, into: db)
        let result = try GeoKG.run(["remove", "--db", db, "https://example.org/m2", "https://example.org/nowhere"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("https://example.org/nowhere: no such article"), "\(result.stderr)")
        #expect(result.stderr.contains("1 of 2 articles removed"), "\(result.stderr)")
        #expect(try meetings(db).first?.hasPrefix("\"2\"\t\"1\"\t\"2025-03-10\"\t\"3\"") == true)
        let without = folder.path("without.sqlite")
        try ingest(Self.articles.filter { !$0.contains("example.org/m2") }, into: without)
        #expect(try factsGraph(db) == factsGraph(without))
        // The article's own statements are gone too.
        let export = try GeoKG.run(["export", "--db", db, "--format", "nquads"])
        #expect(!export.stdout.contains("<https://example.org/m2> ."))
    }

    @Test("geokg consolidate rebuilds what ingest kept up to date, and --window splits reports further apart")
    func consolidateCommand() throws {
        let db = folder.path("rebuild.sqlite")
        try ingest(Self.articles, into: db)
        let incremental = try factsGraph(db)
        let rebuilt = try GeoKG.run(["consolidate", "--db", db])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stderr.contains("reports gathered into"), "\(rebuilt.stderr)")
        #expect(try factsGraph(db) == incremental)
        let narrow = try GeoKG.run(["consolidate", "--db", db, "--window", "0"])
        #expect(narrow.status == 0, "\(narrow.stderr)")
        // Monday's meeting (three reports dated 2025-03-10) and Wednesday's denial now stand apart.
        let split = try meetings(db).map { $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(2) }
        #expect(split.map { $0.joined(separator: " ") } == ["\"3\" ", "\"0\" \"1\"", "\"1\" "])
        let refused = try GeoKG.run(["consolidate", "--db", db, "--window", "-1"])
        #expect(refused.status == 64)
    }

    @Test("many batches in one run: what ingest keeps up to date is what consolidating afresh gives, in any order")
    func manyBatches() throws {
        // 200 articles (four batches of 64 and more) over 120 days, in an order that makes facts grow, start after
        // others, start before others and join two others; some reports are denials.
        let texts = [
            "William Ruto met Abiy Ahmed in Nairobi.", "Kenya criticized Uganda over the border.",
            "William Ruto did not meet Abiy Ahmed.", "Ethiopian Prime Minister Abiy Ahmed met William Ruto.",
        ]
        let start = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2025, month: 1, day: 1).date!
        let articles = (0..<200).map { index in
            let day = (index * 37) % 120
            let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day, to: start)!
            let iso = ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate])
            return Self.article("batch\(index)", iso, texts[(index * 7) % texts.count])
        }
        let forward = folder.path("batches.sqlite")
        try ingest(articles, into: forward)
        let incremental = try factsGraph(forward)
        #expect(incremental.filter { $0.contains("ontology#Fact>") }.count > 20)
        #expect(try GeoKG.run(["consolidate", "--db", forward]).status == 0)
        #expect(try factsGraph(forward) == incremental)
        let shuffled = folder.path("shuffled.sqlite")
        try ingest(
            articles.enumerated().sorted { ($0.offset * 89) % 200 < ($1.offset * 89) % 200 }.map(\.element),
            into: shuffled)
        #expect(try factsGraph(shuffled) == incremental)
    }

    @Test("the read commands count each report once: a store with consolidated facts answers as one without")
    func readCommandsSkipFacts() throws {
        let consolidated = folder.path("with-facts.sqlite")
        try ingest(Self.articles, into: consolidated)
        // The same articles' graphs and the ontology, imported: no facts graph.
        let input = folder.path("articles.jsonl")
        try (Self.articles.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let plain = folder.path("without-facts.sqlite")
        for (name, command) in [
            ("articles.nq", ["extract", "--format", "nquads", input]), ("ontology.nq", ["ontology"]),
        ] {
            let output = try GeoKG.run(command)
            #expect(output.status == 0, "\(output.stderr)")
            try output.stdout.write(toFile: folder.path(name), atomically: true, encoding: .utf8)
            #expect(try GeoKG.run(["import", "--db", plain, folder.path(name)]).status == 0)
        }
        for command in [
            ["entities"], ["neighbors", "William Ruto", "--since", "2025-01-01"], ["path", "Kenya", "Abiy Ahmed"],
        ] {
            let with = try GeoKG.run(command + ["--db", consolidated, "--format", "tsv"])
            let without = try GeoKG.run(command + ["--db", plain, "--format", "tsv"])
            #expect(with.status == 0, "\(command): \(with.stderr)")
            #expect(with.stdout == without.stdout, "\(command)")
            #expect(!with.stdout.isEmpty)
        }
    }

    @Test("each event carries its rule's measured confidence, and a fact 1 − Π(1 − c) over its sources")
    func confidence() throws {
        let db = folder.path("confidence.sqlite")
        try ingest(Self.articles, into: db)
        let query = """
            PREFIX geo: <https://w3id.org/geokg/ontology#>
            SELECT ?pattern ?c WHERE { ?e geo:relation geo:meets ; geo:modality "asserted" ; geo:pattern ?pattern ;
              geo:confidence ?c ; <http://purl.org/dc/terms/date> "2025-03-11"^^<http://www.w3.org/2001/XMLSchema#date> }
            """
        let events = try GeoKG.run(["query", "--db", db, "--format", "tsv", query]).stdout.split(separator: "\n")
            .dropFirst().map { $0.split(separator: "\t").map(String.init) }
        // Two articles of 2025-03-11 report the meeting, each through a verb.
        #expect(events.count == 2)
        let verbal = try #require(events.first)
        #expect(verbal[0] == "\"verbal\"")
        let each = try #require(Double(verbal[1].split(separator: "\"")[0]))
        let facts = try GeoKG.run([
            "query", "--db", db, "--format", "tsv",
            """
            PREFIX geo: <https://w3id.org/geokg/ontology#>
            SELECT ?c WHERE { GRAPH <https://w3id.org/geokg/facts> { ?f geo:relation geo:meets ; geo:sourceCount 3 ;
              geo:confidence ?c } }
            """,
        ]).stdout.split(separator: "\n").dropFirst()
        let combined = try #require(facts.first.flatMap { Double($0.split(separator: "\"")[0]) })
        // Three sources of the same rule: 1 − (1 − c)³, to the third decimal.
        #expect(abs(combined - (1 - pow(1 - each, 3))) < 0.002)
    }

    @Test("show gives each consolidated fact once with its number of sources, and each report without them")
    func showGathers() throws {
        let db = folder.path("show.sqlite")
        try ingest(Self.articles, into: db)
        func meetings(_ store: String) throws -> [[String]] {
            let shown = try GeoKG.run(["show", "William Ruto", "--db", store, "--format", "tsv"])
            #expect(shown.status == 0, "\(shown.stderr)")
            let rows: [[Substring]] = shown.stdout.split(separator: "\n").map { line in
                line.split(separator: "\t", omittingEmptySubsequences: false)
            }
            let meetings = rows.filter { $0.count == 8 && $0[0].hasSuffix("#meets>") }
            return meetings.map { [String($0[3]), String($0[4].prefix(12)), String($0[7])] }
        }
        #expect(
            try meetings(db) == [
                ["\"asserted\"", "\"2025-03-10\"", "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>"],
                ["\"asserted\"", "\"2025-04-15\"", "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>"],
            ])
        // The same articles imported without their consolidated facts: a row per report.
        let input = folder.path("show.jsonl")
        try (Self.articles.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let quads = try GeoKG.run(["extract", "--format", "nquads", input])
        try quads.stdout.write(toFile: folder.path("show.nq"), atomically: true, encoding: .utf8)
        let plain = folder.path("show-plain.sqlite")
        #expect(try GeoKG.run(["import", "--db", plain, folder.path("show.nq")]).status == 0)
        #expect(try meetings(plain).count == 5)
    }

    @Test("imported event records are consolidated by their source URLs")
    func importedEvents() throws {
        let ev = "http://example.org/geokg/ont#"
        var lines: [String] = []
        for (index, (date, url)) in [
            ("2019-02-01", "https://news.example/1"), ("2019-02-02", "https://news.example/2"),
            ("2019-02-02", "https://news.example/2"), ("2019-06-30", "https://news.example/3"),
        ].enumerated() {
            let event = "<http://example.org/geokg/event/x/\(index)>"
            lines += [
                "\(event) <\(RDF.type.value)> <\(ev)Event> .",
                "\(event) <\(ev)actor1> <http://example.org/geokg/actor/Kenya> .",
                "\(event) <\(ev)actor2> <http://example.org/geokg/actor/Uganda> .",
                "\(event) <\(ev)relation> <http://example.org/geokg/cameo/040> .",
                "\(event) <\(ev)date> \"\(date)\"^^<http://www.w3.org/2001/XMLSchema#date> .",
                "\(event) <\(ev)sourceURL> <\(url)> .",
            ]
        }
        let file = folder.path("events.nt")
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let db = folder.path("events.sqlite")
        #expect(try GeoKG.run(["import", "--db", db, file]).status == 0)
        let result = try GeoKG.run(["consolidate", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("4 reports gathered into 2 facts"), "\(result.stderr)")
        let counts = try GeoKG.run([
            "query", "--db", db, "--format", "tsv",
            """
            PREFIX geo: <https://w3id.org/geokg/ontology#>
            SELECT ?n ?date WHERE { GRAPH <https://w3id.org/geokg/facts> { ?f geo:sourceCount ?n ; geo:eventDate ?date } }
            ORDER BY ?date
            """,
        ])
        #expect(
            counts.stdout.split(separator: "\n").dropFirst().map(String.init) == [
                "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>\t\"2019-02-01\"^^<http://www.w3.org/2001/XMLSchema#date>",
                "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>\t\"2019-06-30\"^^<http://www.w3.org/2001/XMLSchema#date>",
            ])
    }
}
