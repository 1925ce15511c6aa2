internal import CGraphviz

/// Facts about the Graphviz library geokg renders with.
public enum GraphvizLibrary {
    /// The version of the linked libgvc, such as `2.42.2`, read from a fresh context.
    public static var version: String {
        let text = try? GraphvizContext.shared.withContext { context in gvcVersion(context).map { String(cString: $0) }
        }
        return text.flatMap { $0 } ?? "unknown"
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
