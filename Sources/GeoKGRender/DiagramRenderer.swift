internal import CGraphviz
import Foundation

/// Draws diagrams with Graphviz in the process: libcgraph builds the graph, libgvc lays it out and writes it.
///
/// ```swift
/// let rendered = try DiagramRenderer.render(diagram, format: .svg)
/// try Data(rendered.bytes).write(to: URL(fileURLWithPath: "Output/china.svg"))
/// ```
/// Every Graphviz object a render makes is freed before it returns (render data, layout, then the graph),
/// so rendering many diagrams in one process keeps memory flat. Renders run one at a time.
public enum DiagramRenderer {
    /// Lays out `diagram` with `engine` (by default chosen by size) and writes it as `format`; GraphML and GEXF
    /// are written without a layout.
    /// - Throws: `RenderError` when Graphviz fails; the message is Graphviz's when it gave one.
    public static func render(_ diagram: Diagram, format: DiagramFormat, engine: LayoutEngine? = nil) throws
        -> RenderedDiagram
    {
        let engine = engine ?? LayoutEngine.forSize(nodes: diagram.nodes.count, edges: diagram.edges.count)
        guard let renderer = format.renderer else {
            let clock = ContinuousClock()
            let started = clock.now
            let text = format == .gexf ? GEXFWriter.document(diagram) : GraphMLWriter.document(diagram)
            return RenderedDiagram(
                bytes: Array(text.utf8), engine: engine, buildSeconds: 0, layoutSeconds: 0,
                writeSeconds: Self.seconds(clock.now - started))
        }
        return try GraphvizContext.shared.withContext { context in
            let clock = ContinuousClock()
            let started = clock.now
            let graph = try DiagramGraph(diagram: diagram, engine: engine).build()
            defer { graph.close() }
            let built = clock.now
            guard gvLayout(context, graph.graph, engine.rawValue) == 0 else {
                throw RenderError("Graphviz could not lay out the diagram with \(engine.rawValue)\(lastError)")
            }
            defer { gvFreeLayout(context, graph.graph) }
            let laidOut = clock.now
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context, graph.graph, renderer, &data, &length) == 0, let data else {
                throw RenderError("Graphviz could not write the diagram as \(format.rawValue)\(lastError)")
            }
            defer { gvFreeRenderData(data) }
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return RenderedDiagram(
                bytes: bytes, engine: engine, buildSeconds: Self.seconds(built - started),
                layoutSeconds: Self.seconds(laidOut - built), writeSeconds: Self.seconds(clock.now - laidOut))
        }
    }

    /// Graphviz's last error message, as `: message`, or nothing.
    private static var lastError: String {
        guard let message = aglasterr() else { return "" }
        defer { free(message) }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "" : ": " + text
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// A written diagram and how long each step took.
public struct RenderedDiagram: Sendable {
    /// The file's bytes.
    public let bytes: [UInt8]
    /// The layout engine used.
    public let engine: LayoutEngine
    /// Seconds spent building the Graphviz graph.
    public let buildSeconds: Double
    /// Seconds spent laying it out.
    public let layoutSeconds: Double
    /// Seconds spent writing the format.
    public let writeSeconds: Double
}
