import GeoKGSyntax

/// Splits text into tokens: words (keeping `U.S.`, initials and listed abbreviations whole), numbers,
/// possessive `’s` and `n't` as tokens of their own, hyphens between words as tokens, and punctuation.
///
/// Works on the text's UTF-8 bytes, decoding a scalar only where a byte is not ASCII.
struct Tokenizer {
    /// Abbreviations that end in a period which does not end a sentence (`Mr.`, `Gen.`, `Jan.`).
    let abbreviations: Set<String>

    /// The tokens of `text`.
    /// - Complexity: O(n) in the text's length.
    func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, abbreviations: abbreviations, words: nil)
            return scanner.tokens()
        }
    }

    /// The tokens of `text`, numbered by the vocabulary of `words` (`Vocabulary.identify(_:)`), and, one per
    /// token, what the tagger reads of them; both taken from `words` for words it has seen.
    /// - Complexity: O(n) in the text's length.
    func tokensAndLexemes(_ text: String, words: WordCache) -> (tokens: [Token], lexemes: [Lexeme]) {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, abbreviations: abbreviations, words: words)
            let tokens = scanner.tokens()
            return (tokens, scanner.lexemes)
        }
    }
}

/// One pass of the tokenizer over a buffer of UTF-8 bytes.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let abbreviations: Set<String>
    /// Where each token, numbered, and its lexeme are found or made, the lexemes into `lexemes`; `nil` when
    /// the tokens need neither numbers nor lexemes.
    let words: WordCache?
    var lexemes: [Lexeme] = []

    init(bytes: UnsafeBufferPointer<UInt8>, abbreviations: Set<String>, words: WordCache?) {
        self.bytes = bytes
        self.abbreviations = abbreviations
        self.words = words
        // A token and the space after it take five bytes of news text on average, often fewer: room for a token
        // every three bytes spares growing (and copying) the arrays at the end of most paragraphs.
        if words != nil { lexemes.reserveCapacity(bytes.count / 3) }
    }

    mutating func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(words == nil ? bytes.count / 5 : bytes.count / 3)
        var index = 0
        var spaceBefore = true
        while index < bytes.count {
            let (scalar, length) = scalar(at: index)
            if isSpace(scalar) {
                spaceBefore = true
                index += length
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                index = wordEnd(from: index + length)
                let clitic = cliticLength(start, index)
                if clitic > 0 {
                    tokens.append(token(start, index - clitic, spaceBefore: spaceBefore))
                    tokens.append(token(index - clitic, index, spaceBefore: false))
                } else {
                    var end = index
                    if end < bytes.count, bytes[end] == UInt8(ascii: "."), takesPeriod(start, end) { end += 1 }
                    tokens.append(token(start, end, spaceBefore: spaceBefore))
                    index = end
                }
            } else if scalar == 0x2D, index + 1 < bytes.count, bytes[index + 1] == 0x2D {
                tokens.append(token(index, index + 2, spaceBefore: spaceBefore))
                index += 2
            } else {
                index += length
                tokens.append(token(start, index, spaceBefore: spaceBefore))
            }
            spaceBefore = false
        }
        return tokens
    }

    /// The end of a word: letters, digits and combining marks, with inner apostrophes, inner periods of
    /// letter-period sequences (`U.S`, `a.m`) and decimal points or thousands separators.
    private func wordEnd(from start: Int) -> Int {
        var index = start
        var previous = scalar(before: start)
        var periodRun = 1  // letters since the word start or the last inner period: U.S, not word.word
        while index < bytes.count {
            let (current, length) = scalar(at: index)
            if isWordScalar(current) || (current >= 0x300 && isMark(current)) {
                previous = current
                periodRun += 1
                index += length
                continue
            }
            guard index + length < bytes.count else { break }
            let (next, _) = scalar(at: index + length)
            let apostrophe = (current == 0x27 || current == 0x2019) && isLetter(next) && isLetter(previous)
            let letterPeriod = current == 0x2E && isLetter(next) && isLetter(previous) && periodRun == 1
            let separator = (current == 0x2E || current == 0x2C) && isDigit(previous) && isDigit(next)
            guard apostrophe || letterPeriod || separator else { break }
            if letterPeriod { periodRun = 0 }
            previous = current
            index += length
        }
        return index
    }

    /// The byte length of a trailing possessive (`’s`, `'s`) or negation (`n't`) of the word, or 0.
    private func cliticLength(_ start: Int, _ end: Int) -> Int {
        guard end - start > 2, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "t") else {
            return 0
        }
        let last = bytes[end - 1]
        var apostropheStart = -1
        if bytes[end - 2] == 0x27 {
            apostropheStart = end - 2
        } else if end - start > 4, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 {
            apostropheStart = end - 4
        }
        guard apostropheStart > start else { return 0 }
        if last == UInt8(ascii: "s") { return end - apostropheStart }
        guard apostropheStart - 1 > start, bytes[apostropheStart - 1] == UInt8(ascii: "n") else { return 0 }
        return end - apostropheStart + 1
    }

    /// Whether the period after the word belongs to it: an initial, a dotted acronym or a listed abbreviation.
    private func takesPeriod(_ start: Int, _ end: Int) -> Bool {
        if end - start == 1, bytes[start] >= 0x41, bytes[start] <= 0x5A { return true }
        let word = (start..<end)
        if word.contains(where: { bytes[$0] == 0x2E }),
            word.allSatisfy({ bytes[$0] == 0x2E || isASCIILetter(bytes[$0]) })
        {
            return true
        }
        return abbreviations.contains(string(start, end) + ".")
    }

    // MARK: Bytes and scalars

    /// The token of bytes `start..<end`, with its lexeme appended to `lexemes` when the scanner keeps
    /// them: both taken from `words` for a word it has seen.
    private mutating func token(_ start: Int, _ end: Int, spaceBefore: Bool) -> Token {
        guard let words else { return newToken(start, end, spaceBefore: spaceBefore) }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        var (token, lexeme) = words.word(word) {
            var token = newToken(start, end, spaceBefore: spaceBefore)
            words.vocabulary.identify(&token)
            return (token, Lexeme(utf8: word))
        }
        token.spaceBefore = spaceBefore
        lexemes.append(lexeme)
        return token
    }

    /// The token of bytes `start..<end`, made anew: its text, and whether a curly quote can be among its
    /// bytes and whether they are lower-case ASCII.
    private func newToken(_ start: Int, _ end: Int, spaceBefore: Bool) -> Token {
        var mayHoldCurlyQuote = false
        var isLowerASCII = true
        for byte in bytes[start..<end] {
            Token.classify(byte, curlyQuote: &mayHoldCurlyQuote, lowerASCII: &isLowerASCII)
        }
        return Token(
            string(start, end), spaceBefore: spaceBefore, first: Unicode.Scalar(scalar(at: start).0) ?? "\u{FFFD}",
            mayHoldCurlyQuote: mayHoldCurlyQuote, isLowerASCII: isLowerASCII)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The scalar starting at `index` and its length in bytes (U+FFFD for a malformed sequence).
    private func scalar(at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// The scalar that ends just before `index` (a space at the start).
    private func scalar(before index: Int) -> UInt32 {
        guard index > 0 else { return 0x20 }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start).0
    }

    // ASCII first: the Unicode property tables cost far more than a range check.

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return isASCIILetter(UInt8(value)) }
        return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
    }

    private func isDigit(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return Unicode.Scalar(value)?.properties.generalCategory == .decimalNumber
    }

    private func isWordScalar(_ value: UInt32) -> Bool {
        isLetter(value) || isDigit(value)
    }

    private func isMark(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.generalCategory == .nonspacingMark
    }

    private func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}
