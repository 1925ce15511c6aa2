public import GeoKGSyntax

/// A word, number or punctuation mark of a sentence.
public struct Token: Sendable, Hashable {
    /// The token as written.
    public let text: String
    /// Whether whitespace separated it from the token before (set anew on a token copied from an earlier one
    /// of the same word).
    public internal(set) var spaceBefore: Bool
    /// The text with curly apostrophes made straight, the key gazetteer lookups use.
    let key: String
    /// The lower-cased key.
    let lower: String
    /// Whether the key is its own lower-cased form.
    let isLowerCase: Bool
    /// Whether it starts with an upper-case letter.
    let isCapitalized: Bool
    /// Whether it starts with a letter or digit.
    let isWord: Bool
    /// Whether its first character is a number (`Character.isNumber`).
    let startsWithNumber: Bool
    /// The vocabulary numbers of `key` and `lower` (-1 when no listed phrase or word class holds the word).
    var keyID: Int32 = -1
    var lowerID: Int32 = -1
    /// The closed word classes `lower` belongs to.
    var classes: WordClasses = []
    /// Its part of speech in its sentence, from the tagger (`X/XX` until tagged).
    public internal(set) var tag = PartOfSpeech(upos: .x, xpos: .xx)

    /// The key of a name, with a word in capitals written as names are (`KRITENBRINK` as `Kritenbrink`), so that
    /// a transcript label or a headline in capitals finds the person named before.
    var nameKey: String {
        guard key.count > 1, key.uppercased() == key, key.lowercased() != key else { return key }
        return key.prefix(1) + key.dropFirst().lowercased()
    }

    /// Makes a token.
    public init(_ text: String, spaceBefore: Bool = true) {
        var mayHoldCurlyQuote = false
        var isLowerASCII = true
        for byte in text.utf8 { Self.classify(byte, curlyQuote: &mayHoldCurlyQuote, lowerASCII: &isLowerASCII) }
        self.init(
            text, spaceBefore: spaceBefore, first: text.unicodeScalars.first ?? " ",
            mayHoldCurlyQuote: mayHoldCurlyQuote,
            isLowerASCII: isLowerASCII)
    }

    /// Makes a token whose text starts with `first` (a space when empty); `mayHoldCurlyQuote` is false when
    /// the text surely has no `’` or `‘` (no byte 0xE2), `isLowerASCII` true when it is ASCII with no capital
    /// letter (so its own lower case).
    init(_ text: String, spaceBefore: Bool, first: Unicode.Scalar, mayHoldCurlyQuote: Bool, isLowerASCII: Bool) {
        self.text = text
        self.spaceBefore = spaceBefore
        key = mayHoldCurlyQuote ? text.replacingApostrophes() : text
        // ASCII without capitals, most words, is its own lower case: no need to map it.
        if isLowerASCII {
            lower = key
            isLowerCase = true
        } else {
            lower = key.lowercased()
            isLowerCase = lower == key
        }
        (isCapitalized, startsWithNumber, isWord) = Self.traits(ofFirst: first)
    }

    /// Whether a token that starts with `first` is capitalized, starts with a number, and is a word.
    private static func traits(ofFirst first: Unicode.Scalar) -> (
        isCapitalized: Bool, startsWithNumber: Bool, isWord: Bool
    ) {
        guard first.isASCII else { return unicodeTraits(ofFirst: first) }
        let value = first.value
        let isCapitalized = value >= 0x41 && value <= 0x5A
        let startsWithNumber = value >= 0x30 && value <= 0x39
        return (isCapitalized, startsWithNumber, isCapitalized || (value >= 0x61 && value <= 0x7A) || startsWithNumber)
    }

    /// `traits(ofFirst:)` of a scalar outside ASCII, from its Unicode properties. Kept out of line: inlined into
    /// the initializer, the property lookups made the compiler build each token aside and copy it.
    @inline(never)
    private static func unicodeTraits(ofFirst first: Unicode.Scalar) -> (
        isCapitalized: Bool, startsWithNumber: Bool, isWord: Bool
    ) {
        // A character is a number when its first scalar has a numeric type.
        let startsWithNumber = first.properties.numericType != nil
        return (first.properties.isUppercase, startsWithNumber, first.properties.isAlphabetic || startsWithNumber)
    }

    /// Whether the token is written `text`, ASCII without `K`, `;` or `` ` ``. Compared by bytes, which for such a
    /// string decides as `String ==` does (no other character is canonically equivalent to one of its
    /// characters), without the call into the runtime that `==` makes for most pairs of strings that differ.
    @inline(__always)
    func spells(_ text: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        assert(
            expected.allSatisfy {
                $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`")
            })
        let utf8 = self.text.utf8
        guard utf8.count == expected.count else { return false }
        // Compared as buffers: `elementsEqual` on the view itself walks its generic index.
        return utf8.withContiguousStorageIfAvailable { $0.elementsEqual(expected) } ?? utf8.elementsEqual(expected)
    }

    /// Notes what one byte of a token's text tells about it: whether it may start a curly quote, and
    /// whether the text can still be lower-case ASCII.
    static func classify(_ byte: UInt8, curlyQuote: inout Bool, lowerASCII: inout Bool) {
        if byte == 0xE2 { curlyQuote = true }
        if byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { lowerASCII = false }
    }
}

extension Collection<Token> {
    /// Whether some token is in one of `classes`. Reads each token's classes in place, where
    /// `contains(where:)` would copy every token.
    func containsClass(_ classes: WordClasses) -> Bool {
        indices.contains { !self[$0].classes.isDisjoint(with: classes) }
    }

    /// The tokens joined as they were written: a space where whitespace separated them.
    var joinedText: String {
        var capacity = 0
        for token in self { capacity += token.text.utf8.count + 1 }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for token in self {
                if token.spaceBefore, count > 0 {
                    buffer[count] = 0x20
                    count += 1
                }
                let (_, end) = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(from: token.text.utf8)
                count += end
            }
            return count
        }
    }
}

extension String {
    /// The string with `’` and `‘` replaced by `'`.
    func replacingApostrophes() -> String {
        String(map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    }
}
