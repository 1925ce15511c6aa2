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

    public init(
        id: String, label: String, kind: NodeKind, aliases: [String] = [], link: String? = nil, isFocus: Bool = false
    ) {
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

/// The facts from one entity to another, drawn as one edge: parallel facts are merged, with a count per relation.
public struct DiagramEdge: Sendable, Hashable {
    /// The id of the node the facts go from.
    public var from: String
    /// The id of the node they go to.
    public var to: String
    /// The relations stated, most facts first; the first ones are drawn on the edge.
    public var relations: [DiagramRelation]
    /// The facts' mean Goldstein weight (−10 conflictual … +10 cooperative), `nil` when unknown.
    public var goldstein: Double?
    /// How many distinct articles or sources state them (0 when none is recorded).
    public var articleCount: Int
    /// Whether every fact is only planned (announced, not yet done); drawn dashed.
    public var isPlanned: Bool
    /// Sentences stating the facts, each with its date when known, for the tooltip.
    public var evidence: [DiagramEvidence]
    /// The article clicking the edge opens.
    public var link: String?

    public init(
        from: String, to: String, relations: [DiagramRelation], goldstein: Double? = nil, articleCount: Int = 0,
        isPlanned: Bool = false, evidence: [DiagramEvidence] = [], link: String? = nil
    ) {
        self.from = from
        self.to = to
        self.relations = relations
        self.goldstein = goldstein
        self.articleCount = articleCount
        self.isPlanned = isPlanned
        self.evidence = evidence
        self.link = link
    }

    /// An edge of one relation stated `factCount` times.
    public init(
        from: String, to: String, relation: String, goldstein: Double? = nil, factCount: Int = 1, articleCount: Int = 0,
        isPlanned: Bool = false, evidence: [DiagramEvidence] = [], link: String? = nil
    ) {
        self.init(
            from: from, to: to, relations: [DiagramRelation(name: relation, factCount: factCount)],
            goldstein: goldstein,
            articleCount: articleCount, isPlanned: isPlanned, evidence: evidence, link: link)
    }

    /// How many facts the edge stands for.
    public var factCount: Int { relations.reduce(0) { $0 + $1.factCount } }
}

/// A relation on an edge and how many facts state it.
public struct DiagramRelation: Sendable, Hashable {
    /// The relation's name.
    public var name: String
    /// How many facts state it (at least 1).
    public var factCount: Int

    public init(name: String, factCount: Int) {
        self.name = name
        self.factCount = factCount
    }

    /// The name with its count when above one: `meets with ×3`.
    var counted: String { factCount > 1 ? "\(name) ×\(factCount)" : name }
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
