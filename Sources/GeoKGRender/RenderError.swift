public import GeoKGErrors

/// Graphviz could not lay out or write a diagram.
public struct RenderError: GeoKGError, Sendable {
    /// What failed, with Graphviz's own message when it gave one.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
