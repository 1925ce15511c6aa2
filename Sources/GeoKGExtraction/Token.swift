/// A word, number or punctuation mark of a sentence.
public struct Token: Sendable, Hashable {
    /// The token as written.
    public let text: String
    /// Whether whitespace separated it from the token before.
    public let spaceBefore: Bool
    /// The text with curly apostrophes made straight, the key gazetteer lookups use.
    let key: String
    /// The lower-cased key.
    let lower: String
    /// Whether it starts with an upper-case letter.
    let isCapitalized: Bool
    /// Whether it starts with a letter or digit.
    let isWord: Bool
    /// The vocabulary numbers of `key` and `lower` (-1 when no listed phrase holds the word).
    var keyID: Int32 = -1
    var lowerID: Int32 = -1

    /// Makes a token.
    public init(_ text: String, spaceBefore: Bool = true) {
        self.init(text, spaceBefore: spaceBefore, mayHoldCurlyQuote: text.utf8.contains(0xE2))
    }

    /// Makes a token; `mayHoldCurlyQuote` is false when the text surely has no `’` or `‘` (no byte 0xE2).
    init(_ text: String, spaceBefore: Bool, mayHoldCurlyQuote: Bool) {
        self.text = text
        self.spaceBefore = spaceBefore
        key = mayHoldCurlyQuote ? text.replacingApostrophes() : text
        lower = key.lowercased()
        let first = text.unicodeScalars.first ?? " "
        if first.isASCII {
            isCapitalized = first.value >= 0x41 && first.value <= 0x5A
            isWord = isCapitalized || (first.value >= 0x61 && first.value <= 0x7A) || (first.value >= 0x30 && first.value <= 0x39)
        } else {
            isCapitalized = first.properties.isUppercase
            isWord = first.properties.isAlphabetic || first.properties.numericType != nil
        }
    }
}

extension String {
    /// The string with `’` and `‘` replaced by `'`.
    func replacingApostrophes() -> String {
        String(map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    }
}
