import Foundation

/// How classes and relations look: shapes and fills of nodes, colours and widths of edges.
enum DiagramStyle {
    /// Graphviz shape, node style and fill colour of each class, with the shape's name for the legend.
    static func node(_ kind: NodeKind) -> (shape: String, style: String, fill: String, shapeName: String) {
        switch kind {
        case .country: ("box", "rounded,filled", "#c6dbef", "rounded box")
        case .person: ("ellipse", "filled", "#fdd0a2", "ellipse")
        case .organization: ("hexagon", "filled", "#d9d9d9", "hexagon")
        case .group: ("octagon", "filled", "#dadaeb", "octagon")
        case .commodity: ("cylinder", "filled", "#ffffcc", "cylinder")
        case .location: ("house", "filled", "#c7e9c0", "house")
        case .other: ("ellipse", "filled", "#ffffff", "ellipse")
        }
    }

    /// The edge colour for a Goldstein weight: greens for cooperation, reds for conflict, darker when
    /// stronger; grey for neutral or unknown.
    static func edgeColor(goldstein: Double?) -> String {
        guard let weight = goldstein, weight != 0 else { return neutral }
        let family = weight > 0 ? cooperative : conflictual
        let strength = abs(weight)
        return strength < 3 ? family[0] : strength < 6 ? family[1] : family[2]
    }

    /// Cooperative colours, weakest first.
    static let cooperative = ["#74c476", "#31a354", "#006d2c"]
    /// Conflictual colours, weakest first.
    static let conflictual = ["#fd8d3c", "#e6550d", "#a50f15"]
    /// The colour of relations with no Goldstein weight, such as standing ties.
    static let neutral = "#737373"

    /// Line width growing with the logarithm of the number of supporting articles: 1 for one, 6 at most.
    static func penWidth(articles: Int) -> Double {
        guard articles > 1 else { return 1 }
        let width = 1 + 1.25 * log2(Double(articles))
        return (min(width, 6) * 10).rounded() / 10
    }

    /// Fonts for labels; Graphviz and browsers fall back to a font that has the script's glyphs.
    static let font = "Helvetica,Arial,sans-serif"
}
