import GeoKGRender
import GeoKGTestSupport

extension SVGDocument {
    /// Renders `diagram` as SVG and parses it.
    init(rendering diagram: Diagram, engine: LayoutEngine? = nil) throws {
        try self.init(try DiagramRenderer.render(diagram, format: .svg, engine: engine).bytes)
    }
}

/// Small diagrams for the tests.
enum SampleDiagrams {
    /// China, the United States and Scott Bessent, with a cooperative, a conflictual and a planned edge.
    static let trade = Diagram(
        title: "China and its neighbours",
        nodes: [
            DiagramNode(
                id: "https://w3id.org/geokg/entity/China", label: "China", kind: .country, aliases: ["Beijing", "PRC"],
                isFocus: true),
            DiagramNode(
                id: "https://w3id.org/geokg/entity/UnitedStates", label: "United States", kind: .country,
                link: "https://www.wikidata.org/wiki/Q30"),
            DiagramNode(id: "https://w3id.org/geokg/entity/ScottBessent", label: "Scott Bessent", kind: .person),
            DiagramNode(id: "https://w3id.org/geokg/entity/Magnets", label: "magnets", kind: .commodity),
        ],
        edges: [
            DiagramEdge(
                from: "https://w3id.org/geokg/entity/ScottBessent", to: "https://w3id.org/geokg/entity/China",
                relation: "meets with",
                goldstein: 1, factCount: 3, articleCount: 2,
                evidence: [
                    DiagramEvidence(date: "2025-06-09", sentence: "Bessent met the Chinese delegation in London.")
                ],
                link: "https://example.org/talks"),
            DiagramEdge(
                from: "https://w3id.org/geokg/entity/China", to: "https://w3id.org/geokg/entity/Magnets",
                relation: "restricts",
                goldstein: -8, articleCount: 1, link: "https://example.org/magnets"),
            DiagramEdge(
                from: "https://w3id.org/geokg/entity/UnitedStates", to: "https://w3id.org/geokg/entity/China",
                relation: "agrees with",
                goldstein: 8, isPlanned: true),
        ],
        omittedNodes: 7)
}
