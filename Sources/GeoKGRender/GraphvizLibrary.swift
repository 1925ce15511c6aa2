internal import CGraphviz

/// Facts about the Graphviz library geokg renders with.
public enum GraphvizLibrary {
    /// The version of the linked libgvc, such as `2.42.2`, read from a fresh context.
    public static var version: String {
        guard let context = gvContext() else { return "unknown" }
        defer { gvFreeContext(context) }
        guard let text = gvcVersion(context) else { return "unknown" }
        return String(cString: text)
    }

    /// Reads `dot` (Graphviz's language) with libcgraph and counts its nodes and edges; `nil` when Graphviz
    /// cannot read it.
    public static func countsOfDOT(_ dot: String) -> (nodes: Int, edges: Int)? {
        guard let graph = agmemread(dot) else { return nil }
        defer { agclose(graph) }
        return (Int(agnnodes(graph)), Int(agnedges(graph)))
    }
}
