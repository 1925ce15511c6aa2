/// Reads a fact's modality from the words between its subject and its trigger.
enum ModalityDetector {
    private static let negations: Set<String> = ["not", "n't", "never", "refused", "declined", "failed", "no"]
    private static let futures: Set<String> = [
        "will", "would", "'ll", "shall", "plans", "plan", "planned", "planning", "expected", "intends", "intend",
        "aims", "seeks", "going", "ready", "willing", "open", "set", "scheduled", "prepared", "hopes", "wants",
    ]

    /// The modality the tokens before a trigger give it (a negation wins over a future).
    static func modality(_ tokens: ArraySlice<Token>) -> Modality {
        let words = tokens.map(\.lower)
        if words.contains(where: negations.contains) { return .negated }
        if words.contains(where: futures.contains) { return .planned }
        return .asserted
    }
}
