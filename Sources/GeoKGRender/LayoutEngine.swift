/// The Graphviz layout programs geokg offers.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Layered drawing that follows the edges' direction; the clearest for small graphs.
    case dot
    /// Spring model by stress majorization.
    case neato
    /// Force-directed placement.
    case fdp
    /// Multiscale force-directed placement; the fastest for large graphs.
    case sfdp
    /// Nodes on circles.
    case circo

    /// Up to this many nodes `dot` runs with its full crossing minimisation.
    static let fullDotLimit = 120
    /// Up to this many nodes `dot` is used with tighter iteration limits; past it, `sfdp`.
    static let dotLimit = 400

    /// The engine for a graph of `nodes` nodes and `edges` edges: `dot` while it stays fast (measured 0.4 s for 200 nodes with
    /// limited iterations, minutes for 1,000), `sfdp` beyond (under a second for 1,000).
    public static func forSize(nodes: Int, edges: Int = 0) -> LayoutEngine {
        nodes <= dotLimit && edges <= dotEdgeLimit ? .dot : .sfdp
    }

    /// Past this many nodes `sfdp` spreads its first layout three times as far before removing overlaps: PRISM
    /// then has few overlaps left to remove, which took most of the layout of 1,000 nodes (1.3–1.6 s, now about
    /// 0.5 s), and the drawing keeps about the same size; smaller graphs would come out sparse.
    static let spreadLimit = 500

    /// Up to this many edges `dot` is used; its crossing minimisation grows fast with labelled edges.
    static let dotEdgeLimit = 250

    /// Graph attributes that make the engine's drawing readable and repeatable for a graph of `nodes` nodes.
    func graphAttributes(nodes: Int) -> [(String, String)] {
        switch self {
        case .dot:
            var attributes = [("rankdir", "LR"), ("nodesep", "0.25"), ("ranksep", "0.7")]
            if nodes > Self.fullDotLimit {
                attributes += [("mclimit", "0.1"), ("nslimit", "1"), ("nslimit1", "1"), ("remincross", "false")]
            }
            return attributes
        case .sfdp:
            return [("overlap", "prism"), ("overlap_scaling", nodes > Self.spreadLimit ? "-12" : "-4"), ("start", "1")]
        case .neato, .fdp:
            return [("overlap", "false"), ("start", "1"), ("splines", "true")]
        case .circo:
            return [("overlap", "false")]
        }
    }
}
