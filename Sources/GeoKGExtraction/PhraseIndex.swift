/// The words of every listed phrase, numbered, so that tokens are looked up by number: a sentence's
/// tokens are numbered once, and a token that no phrase holds is rejected without hashing its text again.
final class Vocabulary: @unchecked Sendable {
    private var numbers: [String: Int32] = [:]
    /// The classes of each word, by number.
    private var classes: [WordClasses] = []
    /// Whether each word, by number, starts some phrase.
    private var startsPhraseByNumber: [Bool] = []

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
        if let number = numbers[word] { return number }
        let number = Int32(numbers.count)
        numbers[word] = number
        classes.append([])
        startsPhraseByNumber.append(false)
        return number
    }

    /// Puts each of `words` (lower-cased) in `wordClass`.
    func mark(_ words: some Sequence<String>, as wordClass: WordClasses) {
        for word in words { classes[Int(intern(word))].formUnion(wordClass) }
    }

    /// Gives each token the numbers of its key and of its lower-cased key (-1 for words no phrase or class
    /// holds), and the classes of its lower-cased key.
    func identify(_ tokens: inout [Token]) {
        let numbers = self.numbers
        let classes = self.classes
        for index in tokens.indices {
            let keyID = numbers[tokens[index].key] ?? -1
            tokens[index].keyID = keyID
            // Most words are written in lower case: their two forms are one lookup.
            let lowerID = tokens[index].isLowerCase ? keyID : numbers[tokens[index].lower] ?? -1
            tokens[index].lowerID = lowerID
            // An acronym ("US", "WHO", "IT") is no function word, whatever its letters spell in lower case.
            let isAcronym = tokens[index].isCapitalized && tokens[index].text.utf8.count > 1
                && tokens[index].text.utf8.allSatisfy { $0 < 0x61 || $0 > 0x7A }
            tokens[index].classes = lowerID >= 0 && !isAcronym ? classes[Int(lowerID)] : []
        }
    }
}

/// Finds the longest listed phrase starting at a token, in O(phrase length). Immutable once built.
struct PhraseIndex<Value> {
    private final class Node {
        var children: [Int32: Node] = [:]
        var values: [Value] = []
    }

    /// The nodes of the phrases' first words, by word number: the first step of every lookup, most of
    /// which end there, is an array read rather than a hash lookup.
    private var firstWords: [Node?] = []
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
        if first >= firstWords.count { firstWords += Array(repeating: nil, count: first + 1 - firstWords.count) }
        let firstNode = firstWords[first] ?? Node()
        firstWords[first] = firstNode
        var node = firstNode
        for word in words.dropFirst() {
            let number = vocabulary.intern(word)
            if let next = node.children[number] {
                node = next
            } else {
                let next = Node()
                node.children[number] = next
                node = next
            }
        }
        node.values.append(value)
    }

    /// The longest phrase starting at `start`: its end (exclusive) and its values. The tokens must have been
    /// numbered by this index's vocabulary.
    func longestMatch(in tokens: [Token], at start: Int) -> (end: Int, values: [Value])? {
        guard start < tokens.count else { return nil }
        let first = Int(number(of: tokens[start]))
        guard first >= 0, first < firstWords.count, var node = firstWords[first] else { return nil }
        var index = start + 1
        var best: (Int, [Value])? = node.values.isEmpty ? nil : (index, node.values)
        while index < tokens.count {
            let number = number(of: tokens[index])
            guard number >= 0, let next = node.children[number] else { break }
            node = next
            index += 1
            if !node.values.isEmpty { best = (index, node.values) }
        }
        return best
    }

    /// The number this index looks `token` up by: of its lower-cased key, or of its key.
    private func number(of token: Token) -> Int32 {
        caseInsensitive ? token.lowerID : token.keyID
    }
}
