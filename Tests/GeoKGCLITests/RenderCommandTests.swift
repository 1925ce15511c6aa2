import Foundation
import GeoKGRender
import GeoKGTestSupport
import Testing

@Suite("geokg render")
struct RenderCommandTests {
    let folder: TemporaryFolder
    let db: String

    /// A store holding the sample articles and the sample N-Triples, as `make demo` builds it.
    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("store.sqlite")
        let samples = RepositoryPaths.root.appendingPathComponent("Samples")
        let ingest = try GeoKG.run(["ingest", "--db", db, samples.appendingPathComponent("articles").path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let load = try GeoKG.run(["import", "--db", db, samples.appendingPathComponent("trade-talks-2025.nt").path])
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// Runs `geokg render --db DB arguments... -o FILE` and parses the SVG it wrote.
    private func render(_ arguments: [String], db: String? = nil) throws -> (result: CommandResult, svg: SVGDocument) {
        let file = folder.path("out-\(UUID().uuidString).svg")
        let result = try GeoKG.run(["render", "--db", db ?? self.db] + arguments + ["-o", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == file + "\n")
        return (result, try SVGDocument(Array(try Data(contentsOf: URL(fileURLWithPath: file)))))
    }

    private static func entity(_ name: String) -> String { "https://w3id.org/geokg/entity/\(name)" }

    @Test("draws an entity's neighbours with relations, evidence links and the legend")
    func neighbourhood() throws {
        let svg = try render(["China"]).svg
        let nodes = try svg.groups("node")
        #expect(nodes.keys.contains(Self.entity("China")) && nodes.keys.contains(Self.entity("Magnets")))
        #expect(nodes.keys.contains("legend"))
        let restricts = try #require(try svg.groups("edge")["\(Self.entity("China"))->\(Self.entity("Magnets"))"])
        #expect(try SVGDocument.texts(restricts) == ["restricts"])
        let link = try SVGDocument.link(restricts)
        #expect(link.href?.hasPrefix("http") == true)
        #expect(link.title?.contains("restricts: 1 fact in 1 source\n") == true)
        let china = try SVGDocument.link(try #require(nodes[Self.entity("China")]))
        #expect(china.title == "China\nalso: Beijing")
    }

    @Test("--relation, --type and dates narrow the drawing")
    func filters() throws {
        let restricts = try render(["China", "--relation", "restricts"]).svg
        #expect(try restricts.groups("edge").values.allSatisfy { try SVGDocument.texts($0) == ["restricts"] })
        // China restricts essential minerals, magnets and rare earths; the United States restricts China.
        #expect(try restricts.groups("edge").count == 4)
        let commodities = try render(["China", "--type", "Commodity"]).svg
        #expect(try commodities.groups("node").count == 4 + 1)
        let future = try render(["China", "--since", "2030-01-01"]).svg
        #expect(try future.groups("node").keys.sorted() == [Self.entity("China"), "legend"])
    }

    @Test("past --max-nodes the busiest entities are kept and the rest counted on stderr and in the legend")
    func maxNodes() throws {
        let (result, svg) = try render(["China", "--max-nodes", "4"])
        #expect(try svg.groups("node").count == 4 + 1)
        #expect(result.stderr.contains("entities with fewer relations left out (--max-nodes 4)"), "\(result.stderr)")
        let legend = try SVGDocument.texts(try #require(try svg.groups("node")["legend"])).joined(separator: " ")
        #expect(legend.contains("with fewer facts left out"))
    }

    @Test("the same store and arguments give the same bytes; dot output parses back; PNG and PDF have their magic")
    func formats() throws {
        var outputs: [String: [UInt8]] = [:]
        for (name, format) in [
            ("a.svg", "svg"), ("b.svg", "svg"), ("c.dot", "dot"), ("d.png", "png"), ("e.pdf", "pdf"),
        ] {
            let result = try GeoKG.run(["render", "--db", db, "China", "--format", format, "-o", folder.path(name)])
            #expect(result.status == 0, "\(result.stderr)")
            outputs[name] = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path(name))))
        }
        #expect(outputs["a.svg"] == outputs["b.svg"])
        let counts = try #require(GraphvizLibrary.countsOfDOT(String(decoding: outputs["c.dot"] ?? [], as: UTF8.self)))
        #expect(counts.nodes > 5 && counts.edges > 5)
        #expect(outputs["d.png"]?.prefix(4) == [0x89, 0x50, 0x4E, 0x47])
        #expect(outputs["e.pdf"]?.prefix(5) == Array("%PDF-".utf8)[...])
    }

    @Test("--query draws the triples of a CONSTRUCT query")
    func query() throws {
        let file = try folder.write(
            "CONSTRUCT { ?s geo:restricts ?o . ?s rdfs:label ?l . ?o rdfs:label ?m } WHERE { ?s geo:restricts ?o ; rdfs:label ?l . ?o rdfs:label ?m }",
            to: "restricts.rq")
        let svg = try render(["--query", file]).svg
        #expect(try svg.groups("edge").count == 4)
        let select = try folder.write("SELECT * WHERE { ?s ?p ?o }", to: "select.rq")
        let refused = try GeoKG.run(["render", "--db", db, "--query", select])
        #expect(refused.status == 1 && refused.stderr.contains("not one"), "\(refused.stderr)")
    }

    @Test("event data (actor1, actor2, CAMEO relations, source URLs) draws with its dates, links and Goldstein colours")
    func eventData() throws {
        let base = "http://example.org/geokg/"
        let nt = """
            <\(base)actor/A> <http://www.w3.org/2000/01/rdf-schema#label> "Côte d'Ivoire" .
            <\(base)actor/B> <http://www.w3.org/2000/01/rdf-schema#label> "王毅 <script>alert(\\"x\\")</script> & \\\\N" .
            <\(base)cameo/190> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <\(base)ont#Relation> .
            <\(base)cameo/190> <http://www.w3.org/2000/01/rdf-schema#label> "Use conventional military force" .
            <\(base)actor/A> <\(base)cameo/190> <\(base)actor/B> .
            <\(base)event/1> <\(base)ont#actor1> <\(base)actor/A> .
            <\(base)event/1> <\(base)ont#actor2> <\(base)actor/B> .
            <\(base)event/1> <\(base)ont#relation> <\(base)cameo/190> .
            <\(base)event/1> <\(base)ont#date> "2019-10-24"^^<http://www.w3.org/2001/XMLSchema#date> .
            <\(base)event/1> <\(base)ont#goldstein> "-10.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .
            <\(base)event/1> <\(base)ont#sourceURL> <https://example.org/news?id=1&part=2> .
            <\(base)event/2> <\(base)ont#actor1> <\(base)actor/A> .
            <\(base)event/2> <\(base)ont#actor2> <\(base)actor/B> .
            <\(base)event/2> <\(base)ont#relation> <\(base)cameo/190> .
            <\(base)event/2> <\(base)ont#date> "2019-10-25"^^<http://www.w3.org/2001/XMLSchema#date> .

            """
        let events = folder.path("events.sqlite")
        let load = try GeoKG.run(["import", "--db", events, try folder.write(nt, to: "events.nt")])
        #expect(load.status == 0, "\(load.stderr)")
        let svg = try render(["Côte d'Ivoire"], db: events).svg
        let edge = try #require(try svg.groups("edge")["\(base)actor/A->\(base)actor/B"])
        #expect(try SVGDocument.texts(edge) == ["Use conventional military force ×2"])
        #expect(try SVGDocument.stroke(edge).color == "#a50f15")
        let link = try SVGDocument.link(edge)
        #expect(link.href == "https://example.org/news?id=1&part=2")
        #expect(link.title == "Use conventional military force: 2 facts in 1 source\n2019-10-24\n2019-10-25")
        let hostile = try #require(try svg.groups("node")["\(base)actor/B"])
        #expect(try SVGDocument.texts(hostile) == ["王毅 <script>alert(\"x\")</script> & \\N"])
        #expect(!(try svg.elementNames().contains("script")))
    }

    @Test("bad input is named: an unknown entity, a bad date, a bad layout, a bad depth")
    func badInput() throws {
        let unknown = try GeoKG.run(["render", "--db", db, "Atlantis"])
        #expect(unknown.status == 64 && unknown.stderr.contains("unknown entity \"Atlantis\""), "\(unknown.stderr)")
        let date = try GeoKG.run(["render", "--db", db, "China", "--since", "2025-13"])
        #expect(date.status == 64 && date.stderr.contains("dates are written YYYY-MM-DD"), "\(date.stderr)")
        let layout = try GeoKG.run(["render", "--db", db, "China", "--layout", "twopi"])
        #expect(layout.status == 64 && layout.stderr.contains("twopi"), "\(layout.stderr)")
        let depth = try GeoKG.run(["render", "--db", db, "China", "--depth", "0"])
        #expect(depth.status == 64 && depth.stderr.contains("--depth"), "\(depth.stderr)")
        let nothing = try GeoKG.run(["render", "--db", db])
        #expect(nothing.status == 64 && nothing.stderr.contains("name at least one entity"), "\(nothing.stderr)")
    }
}
