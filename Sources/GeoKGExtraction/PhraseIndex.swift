/// The words of every listed phrase, numbered, so that tokens are looked up by number: a sentence's
/// tokens are numbered once, and a token that no phrase holds is rejected without hashing its text again.
final class Vocabulary: @unchecked Sendable {
    private var numbers: [String: Int32] = [:]
    /// The numbers of the words equal to an ASCII string, by its bytes: the quick lookup for ASCII tokens.
    private var asciiNumbers = ASCIIWordTable()
    /// The classes of each word, by number.
    private var classes: [WordClasses] = []
    /// Whether each word, by number, starts some phrase. Written only while the lexicon is built, before any
    /// reader shares it: unchecked, it spares the exclusivity check that cost more than the read at every token.
    @exclusivity(unchecked) private var startsPhraseByNumber: [Bool] = []

    /// Notes that the word numbered `number` starts a phrase.
    func markPhraseStart(_ number: Int32) {
        startsPhraseByNumber[Int(number)] = true
    }

    /// Whether `token` starts some listed phrase, in either case.
    func startsPhrase(_ token: Token) -> Bool {
        (token.keyID >= 0 && startsPhraseByNumber[Int(token.keyID)])
            || (token.lowerID >= 0 && startsPhraseByNumber[Int(token.lowerID)])
    }

    /// The number of `word`, adding it when new (while indexes are built).
    func intern(_ word: String) -> Int32 {
        let known = Self.number(of: word, in: numbers, asciiNumbers)
        if known >= 0 { return known }
        let number = Int32(numbers.count)
        numbers[word] = number
        if let ascii = Self.asciiEquivalent(of: word), ascii.count <= ASCIIWordTable.maximumLength {
            ascii.withUnsafeBufferPointer { asciiNumbers.insert($0, number: number) }
        }
        classes.append([])
        startsPhraseByNumber.append(false)
        return number
    }

    /// A table, by word number, of `words`: a token is looked up in it by number, where a set of the words
    /// would hash its text.
    func table(_ words: some Sequence<String>) -> [Bool] {
        let numbers = words.map(intern)
        var table = [Bool](repeating: false, count: self.numbers.count)
        for number in numbers { table[Int(number)] = true }
        return table
    }

    /// `table(_:)` of the keys (`Token.key`) of `words`: a test that rejects most tokens before their text is
    /// hashed.
    func keyTable(_ words: some Sequence<String>) -> [Bool] {
        table(words.map { $0.replacingApostrophes() })
    }

    /// Puts each of `words` (lower-cased) in `wordClass`.
    func mark(_ words: some Sequence<String>, as wordClass: WordClasses) {
        for word in words { classes[Int(intern(word))].formUnion(wordClass) }
    }

    /// Gives `token` the numbers of its key and of its lower-cased key (-1 for words no phrase or class holds),
    /// and the classes of its lower-cased key.
    func identify(_ token: inout Token) {
        func number(_ word: String) -> Int32 { Self.number(of: word, in: numbers, asciiNumbers) }
        token.keyID = number(token.key)
        // Most words are written in lower case: their two forms are one lookup.
        token.lowerID = token.isLowerCase ? token.keyID : number(token.lower)
        // An acronym ("US", "WHO", "IT") is no function word, whatever its letters spell in lower case.
        let isAcronym =
            token.isCapitalized && token.text.utf8.count > 1 && token.text.utf8.allSatisfy { $0 < 0x61 || $0 > 0x7A }
        token.classes = token.lowerID >= 0 && !isAcronym ? classes[Int(token.lowerID)] : []
    }

    /// The number of `word` in `numbers`, or -1: looked up in `asciiNumbers` by its bytes when it is ASCII.
    private static func number(of word: String, in numbers: [String: Int32], _ asciiNumbers: ASCIIWordTable) -> Int32 {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? asciiNumbers.number(of: bytes) : nil
        }
        // A word the table cannot tell about (not ASCII, or long) is looked up by its text.
        return ascii.flatMap { $0 } ?? numbers[word] ?? -1
    }

    /// The bytes of the ASCII string equal to `word`, or `nil` when there is none. Besides ASCII words,
    /// only words whose other characters decompose canonically into one ASCII character have one: the
    /// Kelvin sign (K), the Greek question mark (;) and Greek varia (`).
    private static func asciiEquivalent(of word: String) -> [UInt8]? {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return Array(word.utf8) }
        var bytes: [UInt8] = []
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x212A: bytes.append(UInt8(ascii: "K"))
            case 0x037E: bytes.append(UInt8(ascii: ";"))
            case 0x1FEF: bytes.append(UInt8(ascii: "`"))
            default: return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self) == word ? bytes : nil
    }
}

/// Finds the longest listed phrase starting at a token, in O(phrase length). Immutable once built.
///
/// A trie whose nodes are numbers: one table of edges and one array of values serve every node, so that
/// building and freeing the index allocates nothing per node.
struct PhraseIndex<Value> {
    /// The values of the phrases ending at each node, by node number.
    private var values: [[Value]] = []
    /// The node after each edge.
    private var children = EdgeTable()
    /// The nodes of the phrases' first words, by word number (-1 for none): the first step of every lookup,
    /// most of which end there, is an array read rather than a hash lookup.
    private var firstWords: [Int32] = []
    /// Whether keys are compared lower-cased.
    let caseInsensitive: Bool
    private let vocabulary: Vocabulary

    init(caseInsensitive: Bool, vocabulary: Vocabulary) {
        self.caseInsensitive = caseInsensitive
        self.vocabulary = vocabulary
    }

    /// Adds `phrase` (tokenized with `tokenizer`) for `value`.
    mutating func add(_ phrase: String, _ value: Value, tokenizer: Tokenizer) {
        let words = tokenizer.tokens(phrase).map { caseInsensitive ? $0.lower : $0.key }
        guard let firstWord = words.first else { return }
        let first = Int(vocabulary.intern(firstWord))
        vocabulary.markPhraseStart(Int32(first))
        if first >= firstWords.count { firstWords += Array(repeating: -1, count: first + 1 - firstWords.count) }
        if firstWords[first] < 0 { firstWords[first] = newNode() }
        var node = firstWords[first]
        for word in words.dropFirst() {
            let number = vocabulary.intern(word)
            if let next = children.target(from: node, word: number) {
                node = next
            } else {
                let next = newNode()
                children.insert(from: node, word: number, target: next)
                node = next
            }
        }
        values[Int(node)].append(value)
    }

    private mutating func newNode() -> Int32 {
        values.append([])
        return Int32(values.count - 1)
    }

    /// The longest phrase starting at `start`: its end (exclusive) and its values. The tokens must have been
    /// numbered by this index's vocabulary.
    func longestMatch(in tokens: [Token], at start: Int) -> (end: Int, values: [Value])? {
        guard start < tokens.count else { return nil }
        let first = Int(number(of: tokens[start]))
        guard first >= 0, first < firstWords.count, firstWords[first] >= 0 else { return nil }
        var node = firstWords[first]
        var index = start + 1
        var best: (Int, Int32)? = values[Int(node)].isEmpty ? nil : (index, node)
        while index < tokens.count {
            let number = number(of: tokens[index])
            guard number >= 0, let next = children.target(from: node, word: number) else { break }
            node = next
            index += 1
            if !values[Int(node)].isEmpty { best = (index, node) }
        }
        return best.map { ($0.0, values[Int($0.1)]) }
    }

    /// The number this index looks `token` up by: of its lower-cased key, or of its key.
    private func number(of token: Token) -> Int32 {
        caseInsensitive ? token.lowerID : token.keyID
    }
}
