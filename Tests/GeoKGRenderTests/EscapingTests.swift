import GeoKGRender
import GeoKGTestSupport
import Testing

@Suite("Labels, tooltips and links are drawn as written and cannot inject markup")
struct EscapingTests {
    static let hostileNames = [
        "He said \"no\"", "<script>alert(1)</script>", "AT&T", "&lt;b&gt; is not bold", "C:\\N\\new \\G \\l",
        "two\nlines", "王毅", "Côte d'Ivoire", "]]><svg onload=alert(1)>",
    ]

    /// A diagram with one node per hostile name, each linked to the first.
    static let hostile = Diagram(
        title: "hostile & \\N <names>",
        nodes: hostileNames.enumerated().map { index, name in
            DiagramNode(id: "n\(index)", label: name, kind: .person, aliases: [name])
        },
        edges: hostileNames.indices.dropFirst().map { index in
            DiagramEdge(
                from: "n0", to: "n\(index)", relation: hostileNames[index],
                evidence: [DiagramEvidence(date: "2024-01-0\(index)", sentence: hostileNames[index])])
        })

    @Test("node labels read back exactly, line breaks as separate lines", arguments: hostileNames.indices)
    func nodeLabel(index: Int) throws {
        let node = try #require(try SVGDocument(rendering: Self.hostile).groups("node")["n\(index)"])
        #expect(try SVGDocument.texts(node).joined(separator: "\n") == Self.hostileNames[index])
        #expect(try SVGDocument.link(node).title == Self.hostileNames[index] + "\nalso: " + Self.hostileNames[index])
    }

    @Test("edge labels and tooltips read back exactly", arguments: hostileNames.indices.dropFirst())
    func edgeLabel(index: Int) throws {
        let edge = try #require(try SVGDocument(rendering: Self.hostile).groups("edge")["n0->n\(index)"])
        let name = Self.hostileNames[index]
        #expect(try SVGDocument.texts(edge).joined(separator: "\n") == name)
        #expect(try SVGDocument.link(edge).title == "\(name): 1 fact\n2024-01-0\(index): \(name)")
    }

    @Test("no element but Graphviz's own appears, and the title is drawn as written")
    func noInjectedMarkup() throws {
        let svg = try SVGDocument(rendering: Self.hostile)
        #expect(
            try svg.elementNames().isSubset(of: [
                "svg", "g", "title", "text", "polygon", "ellipse", "path", "a", "polyline",
            ]))
        let graph = try #require(try svg.groups("graph").values.first)
        #expect(try SVGDocument.texts(graph).first == "hostile & \\N <names>")
    }

    @Test("links keep their meaning with quotes, angle brackets, ampersands and spaces percent-encoded")
    func links() throws {
        let url = "https://example.org/a b?x=1&y=\"2\"<b>\\N"
        var diagram = Self.hostile
        diagram.edges[0].link = url
        diagram.edges[1].link = "javascript:alert(1)"
        diagram.nodes[0].link = "JAVASCRIPT:alert(1)"
        let svg = try SVGDocument(rendering: diagram)
        let edges = try svg.groups("edge")
        #expect(
            try SVGDocument.link(try #require(edges["n0->n1"])).href
                == "https://example.org/a%20b?x=1&y=%222%22%3Cb%3E%5CN")
        #expect(try SVGDocument.link(try #require(edges["n0->n2"])).href == nil)
        #expect(try SVGDocument.link(try #require(try svg.groups("node")["n0"])).href == nil)
    }

    @Test("the dot output of hostile names parses back with every node and edge")
    func dotParsesBack() throws {
        let dot = try DiagramRenderer.render(Self.hostile, format: .dot).bytes
        let counts = try #require(GraphvizLibrary.countsOfDOT(String(decoding: dot, as: UTF8.self)))
        #expect(counts.nodes == Self.hostileNames.count + 1 && counts.edges == Self.hostileNames.count - 1)
    }

    @Test(
        "escaping doubles backslashes, writes & as an entity and line breaks as \\n",
        arguments: [
            ("a\\b", "a\\\\b"), ("A&B", "A&amp;B"), ("x\r\ny\nz", "x\\ny\\nz"), ("tab\there", "tab here"), ("王毅", "王毅"),
        ])
    func escaped(text: String, expected: String) {
        #expect(GraphvizText.escaped(text) == expected)
    }

    @Test("tooltips write backslashes four times, as Graphviz substitutes them twice")
    func tooltip() {
        #expect(GraphvizText.tooltip(#"C:\N & x"# + "\n" + "end") == #"C:\\\\N &amp; x\nend"#)
    }
}
