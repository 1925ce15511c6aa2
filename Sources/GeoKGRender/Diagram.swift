/// A diagram to draw: entities as nodes, merged facts as edges, and how much was left out; plain values, so
/// that the same diagram always gives the same bytes.
public struct Diagram: Sendable, Hashable {
    /// A line saying what the diagram shows, drawn under it.
    public var title: String
    /// The nodes, in the order they are given to Graphviz.
    public var nodes: [DiagramNode]
    /// The edges, in the order they are given to Graphviz; each joins two nodes' ids.
    public var edges: [DiagramEdge]
    /// How many entities of the selection were left out to keep the diagram readable.
    public var omittedNodes: Int

    public init(title: String, nodes: [DiagramNode], edges: [DiagramEdge], omittedNodes: Int = 0) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.omittedNodes = omittedNodes
    }
}

/// An entity drawn as a node.
public struct DiagramNode: Sendable, Hashable {
    /// A stable id unique in the diagram (the entity's IRI); shown as the SVG element's title.
    public var id: String
    /// The name drawn in the node.
    public var label: String
    /// The class that chooses its shape and colour.
    public var kind: NodeKind
    /// Other names, shown in its tooltip.
    public var aliases: [String]
    /// Where clicking the node leads (say its Wikidata page), when anywhere.
    public var link: String?
    /// Whether the node is one the diagram was asked about; drawn with a heavier outline.
    public var isFocus: Bool

    public init(id: String, label: String, kind: NodeKind, aliases: [String] = [], link: String? = nil, isFocus: Bool = false) {
        self.id = id
        self.label = label
        self.kind = kind
        self.aliases = aliases
        self.link = link
        self.isFocus = isFocus
    }
}

/// The classes a node can be drawn as.
public enum NodeKind: String, Sendable, Hashable, CaseIterable {
    case country, person, organization, group, commodity, location
    /// An entity of no known class, such as an actor of imported event data.
    case other
}

/// One or more facts of the same relation between the same two entities, drawn as one edge.
public struct DiagramEdge: Sendable, Hashable {
    /// The id of the node the relation goes from.
    public var from: String
    /// The id of the node it goes to.
    public var to: String
    /// The relation's name, drawn on the edge.
    public var relation: String
    /// The relation's Goldstein weight (−10 conflictual … +10 cooperative), `nil` when unknown.
    public var goldstein: Double?
    /// How many facts the edge stands for (at least 1).
    public var factCount: Int
    /// How many distinct articles or sources state them (0 when none is recorded).
    public var articleCount: Int
    /// Whether every fact is only planned (announced, not yet done); drawn dashed.
    public var isPlanned: Bool
    /// Sentences stating the facts, each with its date when known, for the tooltip.
    public var evidence: [DiagramEvidence]
    /// The article clicking the edge opens.
    public var link: String?

    public init(
        from: String, to: String, relation: String, goldstein: Double? = nil, factCount: Int = 1, articleCount: Int = 0,
        isPlanned: Bool = false, evidence: [DiagramEvidence] = [], link: String? = nil
    ) {
        self.from = from
        self.to = to
        self.relation = relation
        self.goldstein = goldstein
        self.factCount = factCount
        self.articleCount = articleCount
        self.isPlanned = isPlanned
        self.evidence = evidence
        self.link = link
    }
}

/// A sentence backing an edge, with its date.
public struct DiagramEvidence: Sendable, Hashable {
    /// The day, `YYYY-MM-DD`, when known.
    public var date: String?
    /// The sentence, when the source records one.
    public var sentence: String?

    public init(date: String?, sentence: String?) {
        self.date = date
        self.sentence = sentence
    }
}
