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

    /// The name of Graphviz's output plugin for the format.
    var renderer: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }
}
