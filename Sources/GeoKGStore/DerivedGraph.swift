/// A graph computed from the store's other graphs and kept in step with them: told, inside the very transaction
/// that replaces some graphs, which ones change, so that it and they are never out of step, even after a crash.
public protocol DerivedGraph: AnyObject {
    /// Called before the named graphs with these ids, which the store holds, are emptied or refilled (graphs
    /// stored for the first time are not named: they hold nothing yet).
    func graphsWillChange(_ graphs: [Int64], in session: StoreSession) throws
    /// Called after the graphs were written, with the same ids.
    func graphsDidChange(_ graphs: [Int64], in session: StoreSession) throws
    /// Called when the transaction was rolled back after `graphsWillChange`: what was remembered of it is void.
    func changesRolledBack()
}
