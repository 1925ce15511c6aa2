/// The known names close enough to an unknown one to be what was meant, for "did you mean" messages.
enum NameSuggestions {
    /// The most names suggested.
    static let limit = 3

    /// The names of `known` within a slip of `name`, ignoring case: at most a third of its characters, and at
    /// least two, edited, in the whole name or in one of its words (`Besent` finds `Scott Bessent`). Nearest
    /// first, then the nearest as a whole, then in alphabetical order; at most `limit` of them.
    /// - Complexity: O(*k* × *m* × *n*) for *k* known names of up to *m* characters and a name of *n*.
    static func nearest(to name: String, among known: some Sequence<String>) -> [String] {
        let wanted = name.lowercased()
        let allowed = max(2, wanted.count / 3)
        var scored: [(distance: Int, whole: Int, name: String)] = []
        for candidate in Set(known) {
            let lowered = candidate.lowercased()
            let whole = editDistance(wanted, lowered)
            let words = lowered.split(separator: " ").map { editDistance(wanted, String($0)) }
            let distance = min(whole, words.min() ?? whole)
            if distance <= allowed { scored.append((distance, whole, candidate)) }
        }
        return scored.sorted { ($0.distance, $0.whole, $0.name) < ($1.distance, $1.whole, $1.name) }
            .prefix(limit).map(\.name)
    }
}
