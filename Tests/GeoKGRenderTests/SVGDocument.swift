import Foundation
import GeoKGRender
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A rendered SVG read back with an XML parser: its nodes and edges by title, with their texts and links.
struct SVGDocument {
    let document: XMLDocument

    /// Parses `bytes`; fails the test when they are not well-formed XML.
    init(_ bytes: [UInt8]) throws {
        document = try XMLDocument(data: Data(bytes), options: [])
    }

    /// Renders `diagram` as SVG and parses it.
    init(rendering diagram: Diagram, engine: LayoutEngine? = nil) throws {
        try self.init(try DiagramRenderer.render(diagram, format: .svg, engine: engine).bytes)
    }

    /// The `<g>` groups of `kind` (`node` or `edge`), by their `<title>`.
    func groups(_ kind: String) throws -> [String: XMLElement] {
        var found: [String: XMLElement] = [:]
        for case let group as XMLElement in try document.nodes(forXPath: "//*[local-name()='g'][@class='\(kind)']") {
            let title = try group.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
            found[title] = group
        }
        return found
    }

    /// The lines of text drawn in `group`.
    static func texts(_ group: XMLElement) throws -> [String] {
        try group.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue)
    }

    /// The `xlink:href` and `xlink:title` of the first link in `group`.
    static func link(_ group: XMLElement) throws -> (href: String?, title: String?) {
        guard let anchor = try group.nodes(forXPath: ".//*[local-name()='a']").first as? XMLElement else { return (nil, nil) }
        return (attribute(anchor, "xlink:href"), attribute(anchor, "xlink:title"))
    }

    /// The `stroke` and `stroke-dasharray` of the path drawing `group`'s edge.
    static func stroke(_ group: XMLElement) throws -> (color: String?, dashes: String?, width: String?) {
        guard let path = try group.nodes(forXPath: ".//*[local-name()='path']").first as? XMLElement else { return (nil, nil, nil) }
        return (attribute(path, "stroke"), attribute(path, "stroke-dasharray"), attribute(path, "stroke-width"))
    }

    /// The attribute `name` of `element` (by its written name: `attribute(forName:)` misses unprefixed
    /// attributes of namespaced elements in swift-corelibs-foundation).
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    /// Every element name in the document, to look for what must not be there (`script`, `foreignObject`).
    func elementNames() throws -> Set<String> {
        Set(try document.nodes(forXPath: "//*").compactMap(\.localName))
    }
}

/// Small diagrams for the tests.
enum SampleDiagrams {
    /// China, the United States and Scott Bessent, with a cooperative, a conflictual and a planned edge.
    static let trade = Diagram(
        title: "China and its neighbours",
        nodes: [
            DiagramNode(id: "https://w3id.org/geokg/entity/China", label: "China", kind: .country, aliases: ["Beijing", "PRC"], isFocus: true),
            DiagramNode(id: "https://w3id.org/geokg/entity/UnitedStates", label: "United States", kind: .country, link: "https://www.wikidata.org/wiki/Q30"),
            DiagramNode(id: "https://w3id.org/geokg/entity/ScottBessent", label: "Scott Bessent", kind: .person),
            DiagramNode(id: "https://w3id.org/geokg/entity/Magnets", label: "magnets", kind: .commodity),
        ],
        edges: [
            DiagramEdge(
                from: "https://w3id.org/geokg/entity/ScottBessent", to: "https://w3id.org/geokg/entity/China", relation: "meets with",
                goldstein: 1, factCount: 3, articleCount: 2,
                evidence: [DiagramEvidence(date: "2025-06-09", sentence: "Bessent met the Chinese delegation in London.")],
                link: "https://example.org/talks"),
            DiagramEdge(
                from: "https://w3id.org/geokg/entity/China", to: "https://w3id.org/geokg/entity/Magnets", relation: "restricts",
                goldstein: -8, articleCount: 1, link: "https://example.org/magnets"),
            DiagramEdge(
                from: "https://w3id.org/geokg/entity/UnitedStates", to: "https://w3id.org/geokg/entity/China", relation: "agrees with",
                goldstein: 8, isPlanned: true),
        ],
        omittedNodes: 7)
}
