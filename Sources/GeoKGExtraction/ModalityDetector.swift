/// Reads a fact's modality from the words between its subject and its trigger.
enum ModalityDetector {
    /// The modality the tokens before a trigger give it (a negation wins over a future).
    static func modality(_ tokens: ArraySlice<Token>) -> Modality {
        if tokens.containsClass(.negation) { return .negated }
        if tokens.containsClass(.future) { return .planned }
        return .asserted
    }
}
