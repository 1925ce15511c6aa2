/// Splits text into tokens: words (keeping `U.S.`, initials and listed abbreviations whole), numbers,
/// possessive `’s` and `n't` as tokens of their own, hyphens between words as tokens, and punctuation.
struct Tokenizer {
    /// Abbreviations that end in a period which does not end a sentence (`Mr.`, `Gen.`, `Jan.`).
    let abbreviations: Set<String>

    /// The tokens of `text`.
    /// - Complexity: O(n) in the text's length.
    func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        var spaceBefore = true
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            if Self.isWordScalar(scalar) {
                index = wordEnd(scalars, from: index)
                let suffixLength = Self.clitic(scalars[start..<index])
                if suffixLength > 0 {
                    tokens.append(Token(Self.string(scalars[start..<(index - suffixLength)]), spaceBefore: spaceBefore))
                    tokens.append(Token(Self.string(scalars[(index - suffixLength)..<index]), spaceBefore: false))
                } else {
                    var word = Self.string(scalars[start..<index])
                    if index < scalars.count, scalars[index] == ".", takesPeriod(word) {
                        word.append(".")
                        index += 1
                    }
                    tokens.append(Token(word, spaceBefore: spaceBefore))
                }
            } else if scalar == "-", index + 1 < scalars.count, scalars[index + 1] == "-" {
                index += 2
                tokens.append(Token("--", spaceBefore: spaceBefore))
            } else {
                index += 1
                tokens.append(Token(String(scalar), spaceBefore: spaceBefore))
            }
            spaceBefore = false
        }
        return tokens
    }

    /// The end of the word starting at `start`: letters, digits and marks, with inner apostrophes,
    /// inner periods of letter-period sequences (`U.S`, `a.m`) and decimal points or thousands separators.
    private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isWordScalar(scalar) || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark) {
                index += 1
                continue
            }
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            let previous = scalars[index - 1]
            let innerApostrophe = (scalar == "'" || scalar == "’") && Self.isLetter(next) && Self.isLetter(previous)
            let letterPeriod = scalar == "." && Self.isLetter(next) && Self.isLetter(previous)
                && (index - 1 == start || scalars[index - 2] == ".")
            let numberSeparator = (scalar == "." || scalar == ",") && Self.isDigit(previous) && Self.isDigit(next)
            guard innerApostrophe || letterPeriod || numberSeparator else { break }
            index += 1
        }
        return index
    }

    /// Whether the period after `word` belongs to it: an initial, a dotted acronym or a listed abbreviation.
    private func takesPeriod(_ word: String) -> Bool {
        if word.unicodeScalars.count == 1, word.unicodeScalars.first?.properties.isUppercase == true { return true }
        if word.contains("."), word.allSatisfy({ $0.isLetter || $0 == "." }) { return true }
        return abbreviations.contains(word + ".")
    }

    /// The length of a trailing possessive (`’s`, `'s`) or negation (`n't`) on a word, or 0.
    private static func clitic(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        guard word.count > 2, let last = word.last else { return 0 }
        let apostrophe = word[word.endIndex - 2]
        guard apostrophe == "'" || apostrophe == "’" else { return 0 }
        if last == "s" { return 2 }
        if last == "t", word.count > 3, word[word.endIndex - 3] == "n" { return 3 }
        return 0
    }

    // ASCII first: the Unicode property tables cost far more than a range check.

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
