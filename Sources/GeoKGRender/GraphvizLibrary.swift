internal import CGraphviz

/// Facts about the Graphviz library geokg renders with.
public enum GraphvizLibrary {
    /// The version of the linked libgvc, such as `2.42.2`, read from a bare context: one that loads no
    /// plugins, which would cost `geokg version` more than the rest of its run.
    public static var version: String {
        guard let context = gvNEWcontext(nil, 0) else { return "unknown" }
        defer { gvFreeContext(context) }
        return gvcVersion(context).map { String(cString: $0) } ?? "unknown"
    }

    /// Reads `dot` (Graphviz's language) with libcgraph and counts its nodes and edges; `nil` when Graphviz
    /// cannot read it. Its parser keeps global state, so it runs under the context's lock like every render.
    public static func countsOfDOT(_ dot: String) -> (nodes: Int, edges: Int)? {
        let counts = try? GraphvizContext.shared.withContext { _ -> (nodes: Int, edges: Int)? in
            guard let graph = agmemread(dot) else { return nil }
            defer { agclose(graph) }
            return (Int(agnnodes(graph)), Int(agnedges(graph)))
        }
        return counts.flatMap { $0 }
    }
}
