import GeoKGSyntax

/// Splits paragraphs into sentences at `.`, `!` and `?` (with any closing quotes or brackets), unless the
/// period belongs to an abbreviation, an initial or `U.S.` inside a sentence; then tags each sentence's words.
struct SentenceSplitter {
    let tokenizer: Tokenizer
    /// Numbers the tokens for the lexicon's indexes, and gives them the word classes the splitter asks about.
    let vocabulary: Vocabulary
    /// Gives each token its part of speech.
    let tagger: Tagger

    /// The sentences of `body`, whose paragraphs are separated by blank lines, numbered from `firstIndex`. Each
    /// paragraph is split when the sequence reaches it, so a long article never holds more than one paragraph's
    /// tokens.
    func sentences(_ body: String, firstIndex: Int = 0) -> Sentences {
        Sentences(splitter: self, body: body, firstIndex: firstIndex)
    }

    /// The sentences of one paragraph, numbered from `firstIndex`.
    fileprivate func sentences(ofParagraph paragraph: String, firstIndex: Int) -> [Sentence] {
        var sentences: [Sentence] = []
        let (tokens, lexemes) = tokenizer.tokensAndLexemes(paragraph, words: .current(for: vocabulary))
        var start = 0
        var index = 0
        while index < tokens.count {
            var end = index + 1
            if endsSentence(tokens, at: index) {
                while end < tokens.count, tokens[end].classes.contains(.closingMark), !tokens[end].spaceBefore {
                    end += 1
                }
                if end == tokens.count || startsSentence(tokens[end]) {
                    sentences.append(
                        make(tokens[start..<end], lexemes[start..<end], index: firstIndex + sentences.count))
                    start = end
                }
            }
            index = end
        }
        if start < tokens.count {
            sentences.append(make(tokens[start...], lexemes[start...], index: firstIndex + sentences.count))
        }
        return sentences
    }

    private func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
        let text = tokens[index].text
        // Compared as bytes: most tokens are words, and a byte tells them from these marks at once. The last byte
        // is read from the contiguous bytes: `utf8.last` steps back through the view's generic index.
        guard let last = text.utf8.withContiguousStorageIfAvailable({ $0.last }) ?? text.utf8.last,
            last == 0x2E || last == 0x21 || last == 0x3F || last == 0xA6
        else { return false }
        if text == "." || text == "!" || text == "?" || text == "…" { return true }
        // A dotted acronym such as U.S. ends the sentence only when a clear sentence starter follows.
        guard text.hasSuffix("."), text.count > 2, index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return text.dropLast().contains(".") && next.isCapitalized && next.classes.contains(.sentenceStarter)
    }

    private func startsSentence(_ token: Token) -> Bool {
        guard let first = token.text.first else { return false }
        return first.isUppercase || first.isNumber || "\"“‘'([".contains(first)
    }

    private func make(_ tokens: ArraySlice<Token>, _ lexemes: ArraySlice<Lexeme>, index: Int) -> Sentence {
        var tokens = Array(tokens)
        for (position, tag) in tagger.tag(Array(lexemes)).enumerated() { tokens[position].tag = tag }
        return Sentence(text: tokens.joinedText, tokens: tokens, index: index)
    }
}

/// The sentences of an article body, read one paragraph (text between blank lines; a single line break
/// counts as a space) at a time.
struct Sentences: Sequence, IteratorProtocol {
    private let splitter: SentenceSplitter
    private let body: String
    /// Where the next paragraph starts, in UTF-8 bytes.
    private var offset = 0
    /// The current paragraph's sentences not yet returned, last first.
    private var pending: [Sentence] = []
    /// How many sentences were split so far: the number of the next paragraph's first.
    private var count = 0

    fileprivate init(splitter: SentenceSplitter, body: String, firstIndex: Int) {
        var body = body
        body.makeContiguousUTF8()
        self.splitter = splitter
        self.body = body
        count = firstIndex
    }

    mutating func next() -> Sentence? {
        while pending.isEmpty {
            guard let paragraph = nextParagraph() else { return nil }
            pending = splitter.sentences(ofParagraph: paragraph, firstIndex: count).reversed()
            count += pending.count
        }
        return pending.removeLast()
    }

    /// The next paragraph, or `nil` at the end of the body.
    private mutating func nextParagraph() -> String? {
        var start = offset
        let found = body.utf8.withContiguousStorageIfAvailable { bytes -> (String, Int)? in
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var index = start
            while index < bytes.count {
                if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    var next = index
                    while next < bytes.count, bytes[next] == 0x0A { next += 1 }
                    if index > start { return (text(start..<index), next) }
                    start = next
                    index = next
                } else {
                    index += 1
                }
            }
            return start < bytes.count ? (text(start..<bytes.count), bytes.count) : nil
        }
        guard let (paragraph, next) = found.flatMap({ $0 }) else { return nil }
        offset = next
        return paragraph
    }
}
