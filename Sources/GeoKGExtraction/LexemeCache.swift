#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import GeoKGSyntax

/// The lexemes of the short ASCII words a thread has tokenized, by their bytes. News text repeats its words
/// (in 1,000 articles of the bench, 99% of the tokens are words seen before), and finding a word of at most
/// 16 bytes in a table costs far less than normalising and hashing it again into a lexeme.
///
/// One per thread (`current`), so that threads never share one and a lookup needs no lock; a lexeme depends
/// only on its word's bytes, so what the cache holds never changes a result.
final class LexemeCache {
    /// How many words a cache holds before it starts again empty, which bounds its memory.
    private static let capacity = 1 << 16

    // Unchecked: one thread uses a cache, and the dynamic exclusivity checks of a class's properties would
    // cost more than the lookup.
    /// The number of each word's lexeme in `lexemes`.
    @exclusivity(unchecked) private var numbers = ASCIIWordTable()
    /// The lexemes made so far, in the order their words first came.
    @exclusivity(unchecked) private var lexemes: [Lexeme] = []

    /// The calling thread's cache, made on its first use and freed with the thread.
    static var current: LexemeCache {
        if let cache = pthread_getspecific(threadKey) {
            return Unmanaged<LexemeCache>.fromOpaque(cache).takeUnretainedValue()
        }
        let cache = LexemeCache()
        pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    /// The key of each thread's cache, which releases it when the thread ends.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { cache in
            if let cache { Unmanaged<LexemeCache>.fromOpaque(cache).release() }
        }
        return key
    }()

    /// The lexeme of the word whose UTF-8 bytes are `bytes`: the one made before for the same bytes, else a
    /// new one (kept when the word is short ASCII, which the table holds).
    func lexeme(of bytes: UnsafeBufferPointer<UInt8>) -> Lexeme {
        guard bytes.count <= ASCIIWordTable.maximumLength, bytes.allSatisfy({ $0 < 0x80 }),
            let number = numbers.number(of: bytes)
        else { return Lexeme(utf8: bytes) }
        if number >= 0 { return lexemes[Int(number)] }
        let lexeme = Lexeme(utf8: bytes)
        if lexemes.count == Self.capacity {
            numbers = ASCIIWordTable()
            lexemes.removeAll(keepingCapacity: true)
        }
        numbers.insert(bytes, number: Int32(lexemes.count))
        lexemes.append(lexeme)
        return lexeme
    }
}
