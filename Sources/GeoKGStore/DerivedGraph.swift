public import GeoKGRDF

/// A graph computed from the store's other graphs and kept in step with them: told, inside the very transaction
/// that replaces some graphs, which ones change, so that it and they are never out of step, even after a crash.
public protocol DerivedGraph: AnyObject {
    /// Called before the named graphs with these ids, which the store holds, are emptied or refilled (graphs
    /// stored for the first time are not named: they hold nothing yet).
    func graphsWillChange(_ graphs: [Int64], in session: StoreSession) throws
    /// Called after the graphs were written, with the same ids and every statement they now hold (none for graphs
    /// removed), so that what was just written need not be read back.
    func graphsDidChange(_ graphs: [Int64], written: [WrittenStatement], in session: StoreSession) throws
    /// Called when the transaction was rolled back after `graphsWillChange`: what was remembered of it is void.
    func changesRolledBack()
}

/// A statement the store has just written into a named graph: the ids of its terms, and its object as a term.
public struct WrittenStatement: Sendable {
    public let subject, predicate, object, graph: Int64
    /// The object's term, whose id `object` is.
    public let objectTerm: Term
    /// The scope the store gave the statement's blank nodes.
    let blankNodeScope: String

    /// The object's text as the store's `terms` table holds it: the IRI, the lexical form, or the scoped label.
    public var objectText: String { StoredTerm(objectTerm, blankNodeScope: blankNodeScope).value }
}
