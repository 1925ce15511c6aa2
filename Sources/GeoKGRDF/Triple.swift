/// A statement: subject, predicate, object.
public struct Triple: Hashable, Sendable, CustomStringConvertible {
    /// An IRI or a blank node.
    public var subject: Term
    public var predicate: IRI
    public var object: Term

    /// Makes a triple; the subject should be an IRI or a blank node.
    public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    /// The triple as one N-Triples line, without the newline.
    public var description: String { "\(subject) \(predicate) \(object) ." }
}

/// A triple in a graph: the default graph (`graph == nil`) or a named one.
public struct Quad: Hashable, Sendable, CustomStringConvertible {
    public var subject: Term
    public var predicate: IRI
    public var object: Term
    /// The graph's name (an IRI or a blank node), or `nil` for the default graph.
    public var graph: Term?

    /// Makes a quad; `graph: nil` puts it in the default graph.
    public init(_ subject: Term, _ predicate: IRI, _ object: Term, graph: Term? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }

    /// Puts a triple in a graph.
    public init(_ triple: Triple, graph: Term? = nil) {
        self.init(triple.subject, triple.predicate, triple.object, graph: graph)
    }

    /// The quad without its graph.
    public var triple: Triple { Triple(subject, predicate, object) }

    /// The quad as one N-Quads line, without the newline.
    public var description: String {
        graph.map { "\(subject) \(predicate) \(object) \($0) ." } ?? triple.description
    }
}
