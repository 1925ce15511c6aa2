/// Chooses which entities a diagram keeps when the neighbourhood is too large: the ones asked about, then
/// those with the most relations among the selection, ties broken by `order`.
enum EntityRanking {
    /// The entities to keep among those at the ends of `edges` and in `focus`, at most `limit` (focus always).
    /// - Complexity: O(e + n log n) for e edges and n entities.
    static func kept<Key: Hashable>(
        edges: [(Key, Key)], focus: [Key], limit: Int, order: (Key, Key) -> Bool
    ) -> Set<Key> {
        var weight: [Key: Int] = [:]
        for (subject, object) in edges {
            weight[subject, default: 0] += 1
            weight[object, default: 0] += 1
        }
        var kept = Set(focus)
        let ranked = weight.keys.filter { !kept.contains($0) }.sorted { left, right in
            let (a, b) = (weight[left, default: 0], weight[right, default: 0])
            return a != b ? a > b : order(left, right)
        }
        for key in ranked.prefix(max(0, limit - kept.count)) { kept.insert(key) }
        return kept
    }
}
