import Foundation
import GeoKGRDF
import GeoKGTestSupport
import Testing

@Suite("geokg ingest and extract")
struct IngestCommandTests {
    let folder: TemporaryFolder
    let db: String
    let samples = RepositoryPaths.root.appendingPathComponent("Samples/articles")

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("store.sqlite")
    }

    static func entity(_ id: String) -> Term { .iri(Namespaces.entity(id)) }

    private func exportedQuads() throws -> Set<Quad> {
        let export = try GeoKG.run(["export", "--db", db, "--format", "nquads"])
        #expect(export.status == 0, "\(export.stderr)")
        return try parseStatements(export.stdout)
    }

    @Test("stores the facts of real articles, each in its article's graph, with evidence and the ontology")
    func ingestsArticles() throws {
        let result = try GeoKG.run(["ingest", "--db", db, "--jobs", "2", samples.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("4 articles (4 new, 0 replaced, 0 unchanged)"), "\(result.stderr)")
        let quads = try exportedQuads()
        let seed = Term.iri(
            IRI(
                unchecked:
                    "https://sputnikglobe.com/20250609/us-to-ask-china-to-boost-rare-earths-exports-at-upcoming-meeting-1122216876.html"
            ))
        #expect(
            quads.contains(
                Quad(
                    Self.entity("ScottBessent"), Namespaces.geo("meets"), Self.entity("ChineseDelegation"), graph: seed)
            ))
        #expect(
            quads.contains(Quad(Self.entity("China"), Namespaces.geo("restricts"), Self.entity("Magnets"), graph: seed))
        )
        #expect(quads.contains(Quad(Self.entity("China"), RDF.type, .iri(Namespaces.geo("Country")), graph: seed)))
        // Every event node keeps its evidence and source.
        let events = quads.filter { $0.predicate == RDF.type && $0.object == .iri(Namespaces.geo("Event")) }.map(
            \.subject)
        #expect(!events.isEmpty)
        for event in events {
            #expect(quads.contains { $0.subject == event && $0.predicate == Namespaces.geo("evidence") })
            #expect(quads.contains { $0.subject == event && $0.predicate == Namespaces.prov("wasDerivedFrom") })
        }
        // The ontology is part of the export.
        #expect(quads.contains { $0.subject == .iri(Namespaces.geo("meets")) && $0.predicate == RDFS.label })
    }

    @Test("ingesting again changes nothing; a changed article has its facts replaced")
    func reingest() throws {
        let copy = folder.path("articles")
        try FileManager.default.copyItem(atPath: samples.path, toPath: copy)
        #expect(try GeoKG.run(["ingest", "--db", db, copy]).status == 0)
        let first = try GeoKG.run(["export", "--db", db]).stdout
        let again = try GeoKG.run(["ingest", "--db", db, copy])
        #expect(
            again.stderr.contains("(0 new, 0 replaced, 4 unchanged), 0 facts"),
            "stored articles are not extracted again: \(again.stderr)")
        #expect(try GeoKG.run(["export", "--db", db]).stdout == first)

        let seedPath = copy + "/seed-sputnik-rare-earths-2025.txt"
        let seed = try String(contentsOfFile: seedPath, encoding: .utf8)
        try seed.replacingOccurrences(of: "Beijing suspended exports", with: "Beijing resumed exports")
            .write(toFile: seedPath, atomically: true, encoding: .utf8)
        let changed = try GeoKG.run(["ingest", "--db", db, copy])
        #expect(changed.stderr.contains("(0 new, 1 replaced, 3 unchanged)"), "\(changed.stderr)")
        let quads = try exportedQuads()
        #expect(!quads.contains { $0.predicate == Namespaces.geo("restricts") && $0.object == Self.entity("Magnets") })
    }

    @Test("reports each unreadable file or line by name and keeps the good articles")
    func badInput() throws {
        let input = folder.path("mixed")
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: samples.path + "/voa-trump-liu-meet-2019.txt", toPath: input + "/good.txt")
        try Data().write(to: URL(fileURLWithPath: input + "/empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: URL(fileURLWithPath: input + "/binary.txt"))
        try """
        {"url": "https://example.org/1", "title": "One", "date": "2024-04-04", "text": "President Biden spoke by telephone with Prime Minister Netanyahu."}
        {"url": "https://example.org/2", "title": "Broken
        {"url": "https://example.org/3", "date": "2024-04-05", "text": "Iran was sanctioned by the United States."}
        """.write(toFile: input + "/dump.jsonl", atomically: true, encoding: .utf8)
        let result = try GeoKG.run(["ingest", "--db", db, input])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty.txt"), "\(result.stderr)")
        #expect(result.stderr.contains("binary.txt"), "\(result.stderr)")
        #expect(result.stderr.contains("dump.jsonl:2"), "\(result.stderr)")
        let quads = try exportedQuads()
        #expect(quads.contains { $0.predicate == Namespaces.geo("meets") && $0.subject == Self.entity("JoeBiden") })
        #expect(quads.contains { $0.predicate == Namespaces.geo("sanctions") && $0.object == Self.entity("Iran") })
        #expect(quads.contains { $0.predicate == Namespaces.geo("meets") && $0.subject == Self.entity("DonaldTrump") })
    }

    @Test("extract writes the same article statements as ingest stores, without a store")
    func extractMatchesIngest() throws {
        let extracted = try GeoKG.run(["extract", "--format", "nquads", samples.path])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        #expect(try GeoKG.run(["ingest", "--db", db, samples.path]).status == 0)
        // Besides the articles' graphs, ingest stores the ontology and the consolidated facts.
        let derived = [
            IRI(unchecked: "https://w3id.org/geokg/ontology"), IRI(unchecked: "https://w3id.org/geokg/facts"),
        ]
        .map(Term.iri)
        let stored = try exportedQuads().filter { quad in !derived.contains { $0 == quad.graph } }
        #expect(try parseStatements(extracted.stdout) == stored)
        let json = try GeoKG.run(["extract", samples.path + "/voa-trump-liu-meet-2019.txt"])
        let line = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(
            line["url"] as? String
                == "https://www.voanews.com/a/economy-business_trump-liu-meet-amid-trade-deal-optimism/6177414.html")
        #expect((line["facts"] as? [Any])?.isEmpty == false)
    }
}
