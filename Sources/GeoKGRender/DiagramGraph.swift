internal import CGraphviz

/// Builds the Graphviz graph of a diagram: styled nodes and edges, the title and the legend.
struct DiagramGraph {
    let diagram: Diagram
    let engine: LayoutEngine

    /// The most relations an edge's label names.
    static let labelRelations = 2
    /// Past this many edges, edges carry no label (their tooltips still name the relations): placing thousands
    /// of labels took Graphviz longer than the rest of the layout, and they could not be read anyway.
    static let labelledEdgeLimit = 1000
    /// The most evidence sentences an edge's tooltip lists.
    static let tooltipSentences = 8

    /// A new graph holding the diagram; the caller closes it.
    func build() throws -> CGraph {
        let graph = try CGraph(name: "geokg")
        do {
            try fill(graph)
            return graph
        } catch {
            graph.close()
            throw error
        }
    }

    private func fill(_ graph: CGraph) throws {
        for (name, value) in [
            ("charset", "UTF-8"), ("fontname", DiagramStyle.font), ("fontsize", "16"), ("labelloc", "t"),
            ("label", GraphvizText.escaped(diagram.title)), ("tooltip", GraphvizText.tooltip(diagram.title)),
            ("bgcolor", "white"), ("pad", "0.3"), ("outputorder", "edgesfirst"),
        ] + engine.graphAttributes(nodes: diagram.nodes.count) {
            try graph.setGraph(name, value)
        }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in diagram.nodes where nodes[node.id] == nil {
            nodes[node.id] = try addNode(node, to: graph)
        }
        for (index, edge) in diagram.edges.enumerated() {
            guard let tail = nodes[edge.from], let head = nodes[edge.to] else {
                throw RenderError("an edge joins \(edge.from) and \(edge.to), which are not both nodes of the diagram")
            }
            try addEdge(edge, from: tail, to: head, key: "e\(index)", to: graph)
        }
        let legend = try graph.node("legend")
        let kinds = NodeKind.allCases.filter { kind in diagram.nodes.contains { $0.kind == kind } }
        try graph.set(legend, "shape", "plain")
        try graph.set(legend, "fontname", DiagramStyle.font)
        try graph.set(legend, "fontsize", "10")
        try graph.set(legend, "tooltip", "Legend")
        try graph.setHTMLLabel(legend, Legend.html(kinds: kinds, omittedNodes: diagram.omittedNodes))
    }

    private func addNode(_ node: DiagramNode, to graph: CGraph) throws -> UnsafeMutablePointer<Agnode_t> {
        let added = try graph.node(node.id)
        let style = DiagramStyle.node(node.kind)
        let aliases = node.aliases.isEmpty ? "" : "\nalso: " + node.aliases.joined(separator: ", ")
        var attributes = [
            ("label", GraphvizText.escaped(node.label)), ("shape", style.shape), ("style", style.style),
            ("fillcolor", style.fill), ("fontname", DiagramStyle.font), ("fontsize", "11"),
            ("tooltip", GraphvizText.tooltip(node.label + aliases)),
            ("penwidth", node.isFocus ? "2.5" : "1"),
        ]
        if let link = node.link.flatMap(GraphvizText.link) { attributes += [("URL", link), ("target", "_blank")] }
        for (name, value) in attributes { try graph.set(added, name, value) }
        return added
    }

    private func addEdge(
        _ edge: DiagramEdge, from tail: UnsafeMutablePointer<Agnode_t>, to head: UnsafeMutablePointer<Agnode_t>,
        key: String, to graph: CGraph
    ) throws {
        let added = try graph.edge(from: tail, to: head, key: key)
        let color = DiagramStyle.edgeColor(goldstein: edge.goldstein)
        var lines = edge.relations.prefix(Self.labelRelations).map(\.counted)
        if edge.relations.count > Self.labelRelations {
            lines.append("+\(edge.relations.count - Self.labelRelations) more")
        }
        let label = lines.joined(separator: "\n")
        var attributes = [
            ("color", color), ("fontcolor", color),
            ("fontname", DiagramStyle.font), ("fontsize", "9"),
            ("penwidth", String(DiagramStyle.penWidth(articles: edge.articleCount))),
            ("tooltip", GraphvizText.tooltip(Self.tooltip(edge))), ("arrowsize", "0.7"),
        ]
        if diagram.edges.count <= Self.labelledEdgeLimit { attributes.append(("label", GraphvizText.escaped(label))) }
        if edge.isPlanned { attributes.append(("style", "dashed")) }
        if let link = edge.link.flatMap(GraphvizText.link) { attributes += [("URL", link), ("target", "_blank")] }
        for (name, value) in attributes { try graph.set(added, name, value) }
    }

    /// The edge's tooltip: the relations with their counts, then dated evidence sentences.
    static func tooltip(_ edge: DiagramEdge) -> String {
        var lines = [
            (edge.relations.count == 1 ? edge.relations.map(\.name) : edge.relations.map(\.counted)).joined(
                separator: ", ") + ": " + (edge.factCount == 1 ? "1 fact" : "\(edge.factCount) facts")
                + (edge.articleCount > 0
                    ? " in \(edge.articleCount == 1 ? "1 source" : "\(edge.articleCount) sources")" : "")
                + (edge.isPlanned ? ", planned" : "")
        ]
        for evidence in edge.evidence.prefix(tooltipSentences) {
            lines.append([evidence.date, evidence.sentence].compactMap { $0 }.joined(separator: ": "))
        }
        if edge.evidence.count > tooltipSentences {
            lines.append("… and \(edge.evidence.count - tooltipSentences) more")
        }
        return lines.joined(separator: "\n")
    }
}
