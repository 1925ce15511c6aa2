/// Reads a fact's modality from the words between its subject and its trigger.
enum ModalityDetector {
    /// The modality the tokens before a trigger give it (a negation wins over a future).
    static func modality(_ tokens: ArraySlice<Token>) -> Modality {
        if tokens.contains(where: { $0.classes.contains(.negation) }) { return .negated }
        if tokens.contains(where: { $0.classes.contains(.future) }) { return .planned }
        return .asserted
    }
}
