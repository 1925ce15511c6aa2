/// Remembers the results of a pure function for recent arguments, up to `limit` of them (then starts over),
/// so that SQL functions called once per row decode and compare each distinct value once.
final class Memo<Key: Hashable, Value> {
    private var results: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int = 65_536) {
        self.limit = limit
    }

    /// The result for `key`, computing it with `compute` when it is not remembered.
    func value(_ key: Key, _ compute: () -> Value) -> Value {
        if let known = results[key] { return known }
        let value = compute()
        if results.count >= limit { results.removeAll(keepingCapacity: true) }
        results[key] = value
        return value
    }
}
