import GeoKGSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the tokenizer made of the short ASCII words a thread has tokenized, by their bytes: each word's token,
/// numbered by a vocabulary, and its lexeme. News text repeats its words (in 1,000 articles of the bench, 99%
/// of the tokens are words seen before), and finding a word of at most 16 bytes in a table costs far less
/// than making its strings, numbering them and hashing the word into a lexeme again.
///
/// One per thread (`current(for:)`), so that threads never share one and a lookup needs no lock; a token
/// (but for the whitespace before it) and a lexeme depend only on the word's bytes and the vocabulary, so
/// what the cache holds never changes a result.
final class WordCache {
    /// How many words a cache holds before it starts again empty, which bounds its memory.
    private static let capacity = 1 << 16

    /// The vocabulary that numbered the tokens.
    let vocabulary: Vocabulary
    // Unchecked: one thread uses a cache, and the dynamic exclusivity checks of a class's properties would
    // cost more than the lookup.
    /// The number of each word in `tokens` and `lexemes`.
    @exclusivity(unchecked) private var numbers = ASCIIWordTable()
    /// The tokens made so far, in the order their words first came. Apart from the lexemes: an array of
    /// pairs is copied from through generic value witnesses, two arrays by plain copies.
    @exclusivity(unchecked) private var tokens: [Token] = []
    /// The lexemes of the words of `tokens`, in the same order.
    @exclusivity(unchecked) private var lexemes: [Lexeme] = []

    private init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// The calling thread's cache for tokens numbered by `vocabulary`: made on the thread's first use, and made
    /// anew when the last use was for another vocabulary. Freed with the thread.
    static func current(for vocabulary: Vocabulary) -> WordCache {
        if let pointer = pthread_getspecific(threadKey) {
            let cache = Unmanaged<WordCache>.fromOpaque(pointer)
            if cache.takeUnretainedValue().vocabulary === vocabulary { return cache.takeUnretainedValue() }
            cache.release()
        }
        let cache = WordCache(vocabulary: vocabulary)
        pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    /// The key of each thread's cache, which releases it when the thread ends.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { cache in
            if let cache { Unmanaged<WordCache>.fromOpaque(cache).release() }
        }
        return key
    }()

    /// The token and lexeme of the word whose UTF-8 bytes are `bytes`: those made before for the same bytes,
    /// else those `make` makes (kept when the word is short ASCII, which the table holds).
    func word(_ bytes: UnsafeBufferPointer<UInt8>, make: () -> (token: Token, lexeme: Lexeme)) -> (
        token: Token, lexeme: Lexeme
    ) {
        guard bytes.count <= ASCIIWordTable.maximumLength, bytes.allSatisfy({ $0 < 0x80 }),
            let number = numbers.number(of: bytes)
        else { return make() }
        if number >= 0 { return (tokens[Int(number)], lexemes[Int(number)]) }
        let word = make()
        if tokens.count == Self.capacity {
            numbers = ASCIIWordTable()
            tokens.removeAll(keepingCapacity: true)
            lexemes.removeAll(keepingCapacity: true)
        }
        numbers.insert(bytes, number: Int32(tokens.count))
        tokens.append(word.token)
        lexemes.append(word.lexeme)
        return word
    }
}
