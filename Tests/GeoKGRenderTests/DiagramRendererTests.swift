import Foundation
import GeoKGRender
import GeoKGTestSupport
import Testing

@Suite("Rendering diagrams with libgvc")
struct DiagramRendererTests {
    @Test("the SVG holds every node and edge, titled by entity and by the pair it joins, and the legend")
    func nodesAndEdges() throws {
        let svg = try SVGDocument(rendering: SampleDiagrams.trade)
        let nodes = try svg.groups("node")
        #expect(Set(nodes.keys) == Set(SampleDiagrams.trade.nodes.map(\.id) + ["legend"]))
        #expect(
            try SVGDocument.texts(try #require(nodes["https://w3id.org/geokg/entity/UnitedStates"])) == [
                "United States"
            ])
        let edges = try svg.groups("edge")
        #expect(edges.count == 3)
        let meets = try #require(
            edges["https://w3id.org/geokg/entity/ScottBessent->https://w3id.org/geokg/entity/China"])
        #expect(try SVGDocument.texts(meets) == ["meets with ×3"])
        let legend = try SVGDocument.texts(try #require(nodes["legend"])).joined(separator: " ")
        #expect(
            legend.contains("country (rounded box)") && legend.contains("person (ellipse)")
                && legend.contains("commodity"))
        #expect(!legend.contains("organization"))
        #expect(legend.contains("7 entities with fewer facts left out"))
    }

    @Test("edges link to their source and carry dated evidence in their tooltip; nodes list their aliases")
    func linksAndTooltips() throws {
        let svg = try SVGDocument(rendering: SampleDiagrams.trade)
        let meets = try #require(
            try svg.groups("edge")["https://w3id.org/geokg/entity/ScottBessent->https://w3id.org/geokg/entity/China"])
        let link = try SVGDocument.link(meets)
        #expect(link.href == "https://example.org/talks")
        #expect(
            link.title == "meets with: 3 facts in 2 sources\n2025-06-09: Bessent met the Chinese delegation in London.")
        let china = try #require(try svg.groups("node")["https://w3id.org/geokg/entity/China"])
        #expect(try SVGDocument.link(china).title == "China\nalso: Beijing, PRC")
        let unitedStates = try #require(try svg.groups("node")["https://w3id.org/geokg/entity/UnitedStates"])
        #expect(try SVGDocument.link(unitedStates).href == "https://www.wikidata.org/wiki/Q30")
    }

    @Test("cooperative edges are green, conflictual ones red, planned ones dashed, wider with more articles")
    func edgeStyles() throws {
        let edges = try SVGDocument(rendering: SampleDiagrams.trade).groups("edge")
        let restricts = try SVGDocument.stroke(
            try #require(edges["https://w3id.org/geokg/entity/China->https://w3id.org/geokg/entity/Magnets"]))
        let agrees = try SVGDocument.stroke(
            try #require(edges["https://w3id.org/geokg/entity/UnitedStates->https://w3id.org/geokg/entity/China"]))
        let meets = try SVGDocument.stroke(
            try #require(edges["https://w3id.org/geokg/entity/ScottBessent->https://w3id.org/geokg/entity/China"]))
        #expect(restricts.color == "#a50f15" && restricts.dashes == nil)
        #expect(agrees.color == "#006d2c" && agrees.dashes != nil)
        #expect(meets.color == "#74c476" && meets.width == "2.3")
    }

    @Test("the dot format parses back with libcgraph", arguments: [LayoutEngine.dot, .sfdp, .neato])
    func dotParsesBack(engine: LayoutEngine) throws {
        let dot = try DiagramRenderer.render(SampleDiagrams.trade, format: .dot, engine: engine)
        let counts = try #require(GraphvizLibrary.countsOfDOT(String(decoding: dot.bytes, as: UTF8.self)))
        #expect(counts.nodes == 5 && counts.edges == 3)
    }

    @Test("PNG and PDF start with their magic bytes")
    func bitmapAndDocument() throws {
        let png = try DiagramRenderer.render(SampleDiagrams.trade, format: .png).bytes
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try DiagramRenderer.render(SampleDiagrams.trade, format: .pdf).bytes
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    }

    @Test("the same diagram gives the same bytes", arguments: [LayoutEngine.dot, .sfdp, .neato, .fdp, .circo])
    func repeatable(engine: LayoutEngine) throws {
        let first = try DiagramRenderer.render(SampleDiagrams.trade, format: .svg, engine: engine).bytes
        let second = try DiagramRenderer.render(SampleDiagrams.trade, format: .svg, engine: engine).bytes
        #expect(first == second)
    }

    @Test("dot lays out small graphs and sfdp large ones")
    func engineBySize() {
        #expect(LayoutEngine.forSize(nodes: 60) == .dot)
        #expect(LayoutEngine.forSize(nodes: 200) == .dot)
        #expect(LayoutEngine.forSize(nodes: 1_000) == .sfdp)
    }

    @Test("a layout of 600 entities around a hub leaves no two nodes overlapping")
    func largeLayoutWithoutOverlaps() throws {
        let ids = (0..<600).map { "https://w3id.org/geokg/entity/E\($0)" }
        let spokes = ids.dropFirst().map { DiagramEdge(from: ids[0], to: $0, relation: "meets with") }
        let ring = ids.indices.dropFirst().map {
            DiagramEdge(from: ids[$0], to: ids[$0 % (ids.count - 1) + 1], relation: "criticizes")
        }
        let diagram = Diagram(
            title: "hub", nodes: ids.map { DiagramNode(id: $0, label: "Entity \($0.suffix(3))", kind: .person) },
            edges: spokes + ring)
        #expect(LayoutEngine.forSize(nodes: ids.count, edges: diagram.edges.count) == .sfdp)
        let dot = String(decoding: try DiagramRenderer.render(diagram, format: .dot).bytes, as: UTF8.self)
        // A node's box: its centre in points, its width and height in inches.
        let boxes = dot.matches(of: /"(https:[^"]+)"\s*\[([^\]]*)\]/).compactMap { match -> [Double]? in
            let attributes = String(match.output.2)
            guard let pos = attributes.firstMatch(of: /pos="([-\d.]+),([-\d.]+)"/),
                let width = attributes.firstMatch(of: /width=([\d.]+)/),
                let height = attributes.firstMatch(of: /height=([\d.]+)/)
            else { return nil }
            return [pos.output.1, pos.output.2, width.output.1, height.output.1].compactMap { Double($0) }
        }
        #expect(boxes.count == ids.count)
        var overlapping = 0
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] {
                let apartX = abs(box[0] - other[0]) >= 36 * (box[2] + other[2])
                let apartY = abs(box[1] - other[1]) >= 36 * (box[3] + other[3])
                if !apartX && !apartY { overlapping += 1 }
            }
        }
        #expect(overlapping == 0)
    }

    @Test("past 1,000 edges, edges carry no label and their tooltips name the relation")
    func unlabelledLargeDiagram() throws {
        let ids = (0...1_000).map { "https://w3id.org/geokg/entity/E\($0)" }
        let diagram = Diagram(
            title: "ring", nodes: ids.map { DiagramNode(id: $0, label: String($0.suffix(4)), kind: .country) },
            edges: ids.indices.map { DiagramEdge(from: ids[$0], to: ids[($0 + 1) % ids.count], relation: "meets with") }
        )
        let edges = try SVGDocument(rendering: diagram).groups("edge")
        #expect(edges.count == 1_001)
        let first = try #require(edges["https://w3id.org/geokg/entity/E0->https://w3id.org/geokg/entity/E1"])
        #expect(try SVGDocument.texts(first).isEmpty)
        #expect(try SVGDocument.link(first).title == "meets with: 1 fact")
    }

    @Test("an edge to a node the diagram lacks is an error, not a crash")
    func danglingEdge() throws {
        var diagram = SampleDiagrams.trade
        diagram.edges.append(DiagramEdge(from: "https://w3id.org/geokg/entity/China", to: "nowhere", relation: "meets"))
        #expect(throws: RenderError.self) { try DiagramRenderer.render(diagram, format: .svg) }
    }
}
