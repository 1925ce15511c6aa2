import Foundation
import GeoKGRender
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// GraphML and GEXF: the diagram's nodes and edges with their attributes, read back with an XML parser.
@Suite("Graph files")
struct GraphFileTests {
    static let hostile = "<script>alert(\"x\")</script> & 'q'\u{1}"

    static let diagram = Diagram(
        title: "China · 1 step",
        nodes: [
            DiagramNode(
                id: "https://w3id.org/geokg/entity/China", label: "China", kind: .country, aliases: ["PRC", "Beijing"],
                link: "http://www.wikidata.org/entity/Q148", isFocus: true),
            DiagramNode(id: "https://w3id.org/geokg/entity/Hostile", label: hostile, kind: .organization),
        ],
        edges: [
            DiagramEdge(
                from: "https://w3id.org/geokg/entity/Hostile", to: "https://w3id.org/geokg/entity/China",
                relations: [
                    DiagramRelation(name: "criticizes", factCount: 2), DiagramRelation(name: "meets", factCount: 1),
                ],
                goldstein: -2.5, articleCount: 2,
                evidence: [
                    DiagramEvidence(date: "2025-06-09", sentence: "One."),
                    DiagramEvidence(date: "2025-05-01", sentence: "Two."),
                ])
        ])

    func parsed(_ format: DiagramFormat) throws -> XMLDocument {
        try XMLDocument(data: Data(try DiagramRenderer.render(Self.diagram, format: format).bytes), options: [])
    }

    func strings(_ document: XMLDocument, _ path: String) throws -> [String] {
        try document.nodes(forXPath: path).compactMap(\.stringValue)
    }

    @Test("GraphML holds every node and edge, keys declared, markup in labels kept as text")
    func graphML() throws {
        let document = try parsed(.graphml)
        let node = "//*[local-name()='node']"
        #expect(try strings(document, node + "/@id").count == 2)
        #expect(
            try strings(document, node + "/*[local-name()='data'][@key='node-label']") == [
                "China", Self.hostile.replacingOccurrences(of: "\u{1}", with: ""),
            ])
        #expect(try strings(document, node + "/*[local-name()='data'][@key='node-aliases']") == ["PRC; Beijing"])
        let edge = "//*[local-name()='edge']"
        #expect(try strings(document, edge + "/@source") == ["https://w3id.org/geokg/entity/Hostile"])
        #expect(try strings(document, edge + "/*[local-name()='data'][@key='edge-weight']") == ["3"])
        #expect(
            try strings(document, edge + "/*[local-name()='data'][@key='edge-relations']") == ["criticizes ×2; meets"])
        #expect(try strings(document, edge + "/*[local-name()='data'][@key='edge-firstDate']") == ["2025-05-01"])
        #expect(try strings(document, edge + "/*[local-name()='data'][@key='edge-lastDate']") == ["2025-06-09"])
        #expect(try strings(document, "//*[local-name()='key'][@attr.name='goldstein']/@attr.type") == ["double"])
    }

    @Test("GEXF gives labels, weights and attribute values, declared by class")
    func gexf() throws {
        let document = try parsed(.gexf)
        #expect(
            try strings(document, "//*[local-name()='node']/@label") == [
                "China", Self.hostile.replacingOccurrences(of: "\u{1}", with: ""),
            ])
        #expect(try strings(document, "//*[local-name()='edge']/@weight") == ["3"])
        #expect(try strings(document, "//*[local-name()='edge']/@label") == ["criticizes, meets"])
        #expect(try strings(document, "//*[local-name()='attvalue'][@for='goldstein']/@value") == ["-2.5"])
        #expect(
            try strings(document, "//*[local-name()='attvalue'][@for='class']/@value") == ["country", "organization"])
        #expect(try strings(document, "//*[local-name()='attributes']/@class") == ["node", "edge"])
    }
}
