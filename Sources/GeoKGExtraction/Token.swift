/// A word, number or punctuation mark of a sentence.
public struct Token: Sendable, Hashable {
    /// The token as written.
    public let text: String
    /// Whether whitespace separated it from the token before.
    public let spaceBefore: Bool

    /// Makes a token.
    public init(_ text: String, spaceBefore: Bool = true) {
        self.text = text
        self.spaceBefore = spaceBefore
    }

    /// The text with curly apostrophes made straight, the key gazetteer lookups use.
    var key: String { text.contains("’") ? text.replacingApostrophes() : text }

    /// The lower-cased key.
    var lower: String { key.lowercased() }

    /// Whether it starts with an upper-case letter.
    var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// Whether it starts with a letter or digit.
    var isWord: Bool { text.first.map { $0.isLetter || $0.isNumber } ?? false }
}

extension String {
    /// The string with `’` and `‘` replaced by `'`.
    func replacingApostrophes() -> String {
        String(map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    }
}
