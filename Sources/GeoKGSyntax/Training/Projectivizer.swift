/// Makes dependency trees projective by lifting, so that the arc-hybrid parser can learn them.
///
/// An arc is non-projective when a word between its head and its dependent does not descend from the head.
/// Lifting such an arc re-attaches the dependent to its head's head, keeping its relation; the shortest
/// non-projective arc is lifted first, until none is left. An arc from the root word never needs it: every
/// word descends from the root word.
enum Projectivizer {
    /// The heads of the tree `heads` (each word's head, `heads.count` for the root) made projective.
    static func projectivize(_ heads: [Int]) -> [Int] {
        var heads = heads
        while let arc = shortestNonProjective(heads) {
            heads[arc] = heads[heads[arc]]
        }
        return heads
    }

    /// The dependent of the shortest non-projective arc (the leftmost among equals), or `nil`.
    static func shortestNonProjective(_ heads: [Int]) -> Int? {
        let count = heads.count
        var best: Int?
        var bestLength = Int.max
        for dependent in 0..<count {
            let head = heads[dependent]
            guard head < count else { continue }
            let (low, high) = (min(head, dependent), max(head, dependent))
            guard high - low < bestLength else { continue }
            for between in (low + 1)..<max(high, low + 1) where !descends(between, from: head, heads: heads) {
                best = dependent
                bestLength = high - low
                break
            }
        }
        return best
    }

    /// Whether `word` descends from `ancestor` in the tree `heads`.
    static func descends(_ word: Int, from ancestor: Int, heads: [Int]) -> Bool {
        var current = word
        var steps = 0
        while current < heads.count && steps <= heads.count {
            if current == ancestor { return true }
            current = heads[current]
            steps += 1
        }
        return current == ancestor
    }
}
