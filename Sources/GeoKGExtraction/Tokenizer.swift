/// Splits text into tokens: words (keeping `U.S.`, initials and listed abbreviations whole), numbers,
/// possessive `’s` and `n't` as tokens of their own, hyphens between words as tokens, and punctuation.
struct Tokenizer {
    /// Abbreviations that end in a period which does not end a sentence (`Mr.`, `Gen.`, `Jan.`).
    let abbreviations: Set<String>

    /// The tokens of `text`.
    func tokens(_ text: String) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        var spaceBefore = true
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            if character.isLetter || character.isNumber {
                index = wordEnd(characters, from: index)
                var word = String(characters[start..<index])
                if index < characters.count, characters[index] == ".", takesPeriod(word, characters, after: index) {
                    word.append(".")
                    index += 1
                }
                tokens.append(contentsOf: split(word, spaceBefore: spaceBefore))
            } else if character == "-", index + 1 < characters.count, characters[index + 1] == "-" {
                index += 2
                tokens.append(Token("--", spaceBefore: spaceBefore))
            } else {
                index += 1
                tokens.append(Token(String(character), spaceBefore: spaceBefore))
            }
            spaceBefore = false
        }
        return tokens
    }

    /// The end of the word starting at `start`: letters, digits and marks, with inner apostrophes,
    /// inner periods of letter-period sequences (`U.S`, `a.m`) and decimal points or thousands separators.
    private func wordEnd(_ characters: [Character], from start: Int) -> Int {
        var index = start + 1
        while index < characters.count {
            let character = characters[index]
            if character.isLetter || character.isNumber || character.isMark {
                index += 1
                continue
            }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let previous = characters[index - 1]
            let innerApostrophe = (character == "'" || character == "’") && next.isLetter && previous.isLetter
            let letterPeriod = character == "." && next.isLetter && previous.isLetter
                && (index - 1 == start || characters[index - 2] == ".")
            let numberSeparator = (character == "." || character == ",") && previous.isNumber && next.isNumber
            guard innerApostrophe || letterPeriod || numberSeparator else { break }
            index += 1
        }
        return index
    }

    /// Whether the period after `word` belongs to it: an initial, a dotted acronym or a listed abbreviation.
    private func takesPeriod(_ word: String, _ characters: [Character], after index: Int) -> Bool {
        if word.count == 1, word.first?.isUppercase == true { return true }
        if word.contains("."), word.allSatisfy({ $0.isLetter || $0 == "." }) { return true }
        return abbreviations.contains(word + ".")
    }

    /// Splits a trailing possessive (`’s`, `'s`, `’`) or negation (`n't`) off a word.
    private func split(_ word: String, spaceBefore: Bool) -> [Token] {
        for suffix in ["’s", "'s", "n't", "n’t"] where word.count > suffix.count && word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            return [Token(stem, spaceBefore: spaceBefore), Token(suffix, spaceBefore: false)]
        }
        return [Token(word, spaceBefore: spaceBefore)]
    }
}

extension Character {
    /// Whether the character is a combining mark, which stays inside a word.
    var isMark: Bool {
        unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } ?? false
    }
}
