import GeoKGRDF

/// Writes a diagram's nodes and edges as GEXF 1.2, Gephi's own format: the same selection the drawing shows,
/// labels as GEXF labels, each edge's number of facts as its weight, and the attributes of `GraphFileAttributes`.
enum GEXFWriter {
    /// The GEXF document of `diagram`.
    static func document(_ diagram: Diagram) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta><creator>geokg</creator><description>\(XMLText.escaped(diagram.title))</description></meta>
              <graph defaultedgetype="directed" mode="static">

            """
        out += declarations(GraphFileAttributes.node, class: "node")
        out += declarations(GraphFileAttributes.edge, class: "edge")
        out += "    <nodes>\n"
        for node in diagram.nodes {
            out +=
                "      <node id=\"\(XMLText.escaped(node.id))\" label=\"\(XMLText.escaped(node.label))\">"
                + values(GraphFileAttributes.node, node) + "</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in diagram.edges.enumerated() {
            let label = edge.relations.map(\.name).joined(separator: ", ")
            out +=
                "      <edge id=\"e\(index)\" source=\"\(XMLText.escaped(edge.from))\" "
                + "target=\"\(XMLText.escaped(edge.to))\" weight=\"\(edge.factCount)\" "
                + "label=\"\(XMLText.escaped(label))\">" + values(GraphFileAttributes.edge, edge) + "</edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    private static func declarations<Item>(_ attributes: [GraphFileAttribute<Item>], class name: String) -> String {
        "    <attributes class=\"\(name)\">\n"
            + attributes.map { attribute in
                "      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(attribute.kind.gexfName)\"/>\n"
            }.joined() + "    </attributes>\n"
    }

    private static func values<Item>(_ attributes: [GraphFileAttribute<Item>], _ item: Item) -> String {
        let found = attributes.compactMap { attribute in
            attribute.value(item).map { "<attvalue for=\"\(attribute.name)\" value=\"\(XMLText.escaped($0))\"/>" }
        }
        return found.isEmpty ? "" : "<attvalues>" + found.joined() + "</attvalues>"
    }
}
