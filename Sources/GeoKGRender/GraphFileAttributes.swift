/// The attributes graph files (GraphML, GEXF) give nodes and edges, one list for both formats.
struct GraphFileAttribute<Item>: Sendable {
    /// The kinds of value a graph file declares.
    enum Kind: Sendable {
        case string, integer, double, boolean

        /// The kind's name in GraphML's `attr.type`.
        var graphMLName: String { self == .integer ? "int" : gexfName }
        /// The kind's name in GEXF's `type`.
        var gexfName: String {
            switch self {
            case .string: "string"
            case .integer: "integer"
            case .double: "double"
            case .boolean: "boolean"
            }
        }
    }

    /// The attribute's name and id.
    let name: String
    let kind: Kind
    /// The item's value, `nil` when it has none.
    let value: @Sendable (Item) -> String?
}

/// What graph files say of a diagram's nodes and edges.
enum GraphFileAttributes {
    static let node: [GraphFileAttribute<DiagramNode>] = [
        GraphFileAttribute(name: "label", kind: .string) { $0.label },
        GraphFileAttribute(name: "class", kind: .string) { $0.kind.rawValue },
        GraphFileAttribute(name: "aliases", kind: .string) {
            $0.aliases.isEmpty ? nil : $0.aliases.joined(separator: "; ")
        },
        GraphFileAttribute(name: "link", kind: .string) { $0.link },
        GraphFileAttribute(name: "focus", kind: .boolean) { String($0.isFocus) },
    ]

    /// `weight` is the number of facts the edge merges; `articles` the number of sources stating them.
    static let edge: [GraphFileAttribute<DiagramEdge>] = [
        GraphFileAttribute(name: "relations", kind: .string) { edge in
            edge.relations.map(\.counted).joined(separator: "; ")
        },
        GraphFileAttribute(name: "weight", kind: .integer) { String($0.factCount) },
        GraphFileAttribute(name: "articles", kind: .integer) { String($0.articleCount) },
        GraphFileAttribute(name: "goldstein", kind: .double) { $0.goldstein.map { String($0) } },
        GraphFileAttribute(name: "planned", kind: .boolean) { String($0.isPlanned) },
        GraphFileAttribute(name: "firstDate", kind: .string) { $0.evidence.compactMap(\.date).min() },
        GraphFileAttribute(name: "lastDate", kind: .string) { $0.evidence.compactMap(\.date).max() },
        GraphFileAttribute(name: "link", kind: .string) { $0.link },
    ]
}
