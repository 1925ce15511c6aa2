/// Splits paragraphs into sentences at `.`, `!` and `?` (with any closing quotes or brackets), unless the
/// period belongs to an abbreviation, an initial or `U.S.` inside a sentence.
struct SentenceSplitter {
    let tokenizer: Tokenizer
    /// Numbers the tokens for the lexicon's indexes, when given.
    var vocabulary: Vocabulary?

    /// Words that, capitalised after an abbreviation such as `U.S.`, start a new sentence.
    private static let sentenceStarters: Set<String> = [
        "The", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "In", "On", "At", "But",
        "And", "A", "An", "His", "Her", "Its", "Their", "Our", "As", "After", "Before", "While", "When", "Earlier",
        "Later", "Meanwhile", "However",
    ]

    /// The sentences of `body`, whose paragraphs are separated by blank lines.
    func sentences(_ body: String) -> [Sentence] {
        var sentences: [Sentence] = []
        for paragraph in Self.paragraphs(body) {
            var tokens = tokenizer.tokens(paragraph)
            vocabulary?.identify(&tokens)
            var start = 0
            var index = 0
            while index < tokens.count {
                var end = index + 1
                if endsSentence(tokens, at: index) {
                    while end < tokens.count, Self.closers.contains(tokens[end].text), !tokens[end].spaceBefore {
                        end += 1
                    }
                    if end == tokens.count || startsSentence(tokens[end]) {
                        sentences.append(make(Array(tokens[start..<end]), index: sentences.count))
                        start = end
                    }
                }
                index = end
            }
            if start < tokens.count { sentences.append(make(Array(tokens[start...]), index: sentences.count)) }
        }
        return sentences
    }

    /// The paragraphs of `body`: text between blank lines (a single line break counts as a space).
    private static func paragraphs(_ body: String) -> [String] {
        var paragraphs: [String] = []
        var body = body
        body.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    if index > start { paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                    while index < bytes.count, bytes[index] == 0x0A { index += 1 }
                    start = index
                } else {
                    index += 1
                }
            }
            if start < bytes.count { paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        }
        return paragraphs
    }

    private static let closers: Set<String> = ["\"", "”", "’", "'", ")", "]"]

    private func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
        let text = tokens[index].text
        // Compared as bytes: most tokens are words, and a byte tells them from these marks at once.
        let utf8 = text.utf8
        guard let last = utf8.last, last == 0x2E || last == 0x21 || last == 0x3F || last == 0xA6 else { return false }
        if text == "." || text == "!" || text == "?" || text == "…" { return true }
        // A dotted acronym such as U.S. ends the sentence only when a clear sentence starter follows.
        guard text.hasSuffix("."), text.count > 2, index + 1 < tokens.count else { return false }
        return text.dropLast().contains(".") && Self.sentenceStarters.contains(tokens[index + 1].text)
    }

    private func startsSentence(_ token: Token) -> Bool {
        guard let first = token.text.first else { return false }
        return first.isUppercase || first.isNumber || "\"“‘'([".contains(first)
    }

    private func make(_ tokens: [Token], index: Int) -> Sentence {
        Sentence(text: tokens.joinedText, tokens: tokens, index: index)
    }
}
