/// The file formats a diagram can be written in.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// Scalable vector graphics with tooltips and links, for the web.
    case svg
    /// A bitmap, for slides and chat.
    case png
    /// A vector document, for print.
    case pdf
    /// Graphviz's own language, laid out (with positions), for further editing.
    case dot
    /// The nodes and edges with their attributes, not laid out, for Gephi, Cytoscape and networkx.
    case graphml
    /// The same as GEXF, Gephi's own format.
    case gexf

    /// The name of Graphviz's output plugin for the format; `nil` for the graph files geokg writes itself.
    var renderer: String? {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        case .graphml, .gexf: nil
        }
    }
}
