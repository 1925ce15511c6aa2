internal import CGraphviz

/// A libcgraph graph under construction: nodes, edges and attributes set through declared attribute symbols.
/// The owner closes it with `close()` after freeing any layout (Graphviz's order: render data, layout, graph).
final class CGraph {
    let graph: UnsafeMutablePointer<Agraph_t>
    private var symbols: [SymbolKey: UnsafeMutablePointer<Agsym_t>] = [:]

    private struct SymbolKey: Hashable {
        let kind: Int32
        let name: String
    }

    /// Opens an empty directed graph that allows several edges between the same two nodes.
    init(name: String) throws {
        guard let graph = Self.withMutableCString(name, { agopen($0, geokg_directed(), nil) }) else {
            throw RenderError("Graphviz could not create a graph")
        }
        self.graph = graph
    }

    /// Frees the graph and everything in it.
    func close() {
        agclose(graph)
    }

    /// Adds the node named `name`.
    func node(_ name: String) throws -> UnsafeMutablePointer<Agnode_t> {
        guard let node = Self.withMutableCString(name, { agnode(graph, $0, 1) }) else {
            throw RenderError("Graphviz could not add the node \(name)")
        }
        return node
    }

    /// Adds an edge from `tail` to `head`, keyed by `key` so that edges between the same nodes stay apart.
    func edge(from tail: UnsafeMutablePointer<Agnode_t>, to head: UnsafeMutablePointer<Agnode_t>, key: String) throws
        -> UnsafeMutablePointer<Agedge_t>
    {
        guard let edge = Self.withMutableCString(key, { agedge(graph, tail, head, $0, 1) }) else {
            throw RenderError("Graphviz could not add an edge")
        }
        return edge
    }

    /// Sets a graph attribute.
    func setGraph(_ name: String, _ value: String) throws {
        try set(UnsafeMutableRawPointer(graph), kind: Int32(AGRAPH), name, value)
    }

    /// Sets a node attribute.
    func set(_ node: UnsafeMutablePointer<Agnode_t>, _ name: String, _ value: String) throws {
        try set(UnsafeMutableRawPointer(node), kind: Int32(AGNODE), name, value)
    }

    /// Sets an edge attribute.
    func set(_ edge: UnsafeMutablePointer<Agedge_t>, _ name: String, _ value: String) throws {
        try set(UnsafeMutableRawPointer(edge), kind: Int32(AGEDGE), name, value)
    }

    /// Sets a node's label to HTML-like text (Graphviz's `<...>` labels), which must be well formed.
    func setHTMLLabel(_ node: UnsafeMutablePointer<Agnode_t>, _ html: String) throws {
        let symbol = try self.symbol(kind: Int32(AGNODE), "label")
        Self.withMutableCString(html) { text in
            let shared = agstrdup_html(graph, text)
            agxset(UnsafeMutableRawPointer(node), symbol, shared)
            agstrfree(graph, shared)
        }
    }

    private func set(_ object: UnsafeMutableRawPointer, kind: Int32, _ name: String, _ value: String) throws {
        let symbol = try self.symbol(kind: kind, name)
        Self.withMutableCString(value) { _ = agxset(object, symbol, $0) }
    }

    /// The attribute `name` of objects of `kind`, declared with an empty default the first time.
    private func symbol(kind: Int32, _ name: String) throws -> UnsafeMutablePointer<Agsym_t> {
        let key = SymbolKey(kind: kind, name: name)
        if let symbol = symbols[key] { return symbol }
        let declared = Self.withMutableCString(name) { attribute in
            Self.withMutableCString("") { agattr(graph, kind, attribute, $0) }
        }
        guard let declared else { throw RenderError("Graphviz could not declare the attribute \(name)") }
        symbols[key] = declared
        return declared
    }

    /// Calls `body` with a C copy of `text`; cgraph's API takes `char *` but copies what it keeps.
    static func withMutableCString<R>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
        var bytes = Array(text.utf8CString)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { preconditionFailure("a C string has a terminator") }
            return body(base)
        }
    }
}
