import GeoKGRDF

/// Writes a diagram's nodes and edges as GraphML, for Gephi, Cytoscape and networkx: the same selection the
/// drawing shows, with the attributes of `GraphFileAttributes`.
enum GraphMLWriter {
    /// The GraphML document of `diagram`.
    static func document(_ diagram: Diagram) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += keys(GraphFileAttributes.node, for: "node") + keys(GraphFileAttributes.edge, for: "edge")
        out += "  <graph id=\"geokg\" edgedefault=\"directed\">\n"
        out += "    <desc>\(XMLText.escaped(diagram.title))</desc>\n"
        for node in diagram.nodes {
            out +=
                "    <node id=\"\(XMLText.escaped(node.id))\">" + data(GraphFileAttributes.node, node, "node")
                + "</node>\n"
        }
        for (index, edge) in diagram.edges.enumerated() {
            out +=
                "    <edge id=\"e\(index)\" source=\"\(XMLText.escaped(edge.from))\" "
                + "target=\"\(XMLText.escaped(edge.to))\">" + data(GraphFileAttributes.edge, edge, "edge") + "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    private static func keys<Item>(_ attributes: [GraphFileAttribute<Item>], for element: String) -> String {
        attributes.map { attribute in
            "  <key id=\"\(element)-\(attribute.name)\" for=\"\(element)\" attr.name=\"\(attribute.name)\" "
                + "attr.type=\"\(attribute.kind.graphMLName)\"/>\n"
        }.joined()
    }

    private static func data<Item>(_ attributes: [GraphFileAttribute<Item>], _ item: Item, _ element: String) -> String
    {
        attributes.compactMap { attribute in
            attribute.value(item).map { "<data key=\"\(element)-\(attribute.name)\">\(XMLText.escaped($0))</data>" }
        }.joined()
    }
}
