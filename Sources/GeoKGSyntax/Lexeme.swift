/// What the tagger and the parser read of one word, computed once per token: hashes of its lower-cased
/// form, its affixes and its shape, and a few flags.
///
/// Curly apostrophes and quotes count as straight ones (`’` as `'`, `“ ”` as `"`), and every digit as `0`,
/// so "’s" and "'s" are the same word, and so are "1990" and "2024". Making the lexemes of a sentence once
/// and handing them to `Tagger.tag(_:)` and `Parser.parse(_:tags:)` saves doing it twice.
///
/// ```swift
/// let lexemes = words.map(Lexeme.init)
/// let tags = tagger.tag(lexemes)
/// let arcs = parser.parse(lexemes, tags: tags)
/// ```
public struct Lexeme: Sendable, Hashable {
    /// The hash of the normalised word with its case.
    let form: UInt64
    /// The hash of the normalised, lower-cased word.
    let lower: UInt64
    /// The hashes of the last 1, 2, 3 and 4 characters of the lower-cased word.
    let suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    /// The hashes of the first 1, 2 and 3 characters of the lower-cased word.
    let prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    /// The hash of the word's shape: `Xxx` for "Kenya", `X.X.` for "U.S.", `dd` for "1990".
    let shape: UInt64
    /// Facts about the word's characters (`Lexeme.Flags`).
    let flags: Flags

    /// Facts about a word's characters.
    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        /// Some letter is upper case.
        static let hasUpper = Flags(rawValue: 1)
        /// The first character is an upper-case letter.
        static let title = Flags(rawValue: 2)
        /// Every letter is upper case, and there are at least two.
        static let allUpper = Flags(rawValue: 4)
        /// Some character is a digit.
        static let hasDigit = Flags(rawValue: 8)
        /// Some character is a hyphen.
        static let hasHyphen = Flags(rawValue: 16)
        /// Some character is a letter.
        static let hasLetter = Flags(rawValue: 32)
    }

    /// The lexeme of `word`.
    /// - Complexity: O(n) in the word's length; one pass over its UTF-8 bytes, with a slower path for
    ///   upper-case letters outside ASCII.
    public init(_ word: String) {
        var word = word
        self = word.withUTF8 { Lexeme(utf8: $0) }
    }

    /// The lexeme of a word given as UTF-8 bytes.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // Normalised, case kept, and lower-cased; words longer than this are cut (their hashes are then of
        // the first `capacity` bytes, which is harmless for features).
        let capacity = 64
        var scratch = (
            UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
            UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
            UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0)
        )
        self = withUnsafeMutableBytes(of: &scratch) { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            guard let base = buffer.baseAddress else { return Lexeme(empty: ()) }
            let formBytes = UnsafeMutableBufferPointer(start: base, count: capacity)
            let lowerBytes = UnsafeMutableBufferPointer(start: base + capacity, count: capacity)
            let shapeBytes = UnsafeMutableBufferPointer(start: base + 2 * capacity, count: capacity)
            return Lexeme(utf8: bytes, form: formBytes, lower: lowerBytes, shape: shapeBytes)
        }
    }

    /// The lexeme of the empty word (never made from real input; a stand-in).
    private init(empty: Void) {
        let hash = StableHash.bytes(UnsafeBufferPointer(start: nil, count: 0), 0..<0)
        form = hash
        lower = hash
        (suffix1, suffix2, suffix3, suffix4) = (hash, hash, hash, hash)
        (prefix1, prefix2, prefix3) = (hash, hash, hash)
        shape = hash
        flags = []
    }

    /// Normalises `bytes` into the three scratch buffers and hashes them.
    private init(
        utf8 bytes: UnsafeBufferPointer<UInt8>, form: UnsafeMutableBufferPointer<UInt8>,
        lower: UnsafeMutableBufferPointer<UInt8>, shape: UnsafeMutableBufferPointer<UInt8>
    ) {
        var count = 0
        var shapeCount = 0
        var flags: Flags = []
        var needsUnicodeLowering = false
        var lastClass: UInt8 = 0
        var run = 0
        var letters = 0
        var upperLetters = 0
        var index = 0
        func appendShape(_ symbol: UInt8) {
            if symbol == lastClass {
                run += 1
                if run > 2 { return }
            } else {
                lastClass = symbol
                run = 1
            }
            if shapeCount < shape.count {
                shape[shapeCount] = symbol
                shapeCount += 1
            }
        }
        while index < bytes.count && count < form.count {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                // Curly single and double quotes become straight ones.
                let third = bytes[index + 2]
                if third == 0x98 || third == 0x99 {
                    byte = UInt8(ascii: "'")
                    index += 2
                } else if third == 0x9C || third == 0x9D {
                    byte = UInt8(ascii: "\"")
                    index += 2
                }
            }
            index += 1
            if byte >= 0x80 {
                // A byte of a character outside ASCII: kept as it is; upper-case letters there are rare, and
                // lowered below by Swift when the word holds any.
                if byte >= 0xC0 {
                    appendShape(UInt8(ascii: "o"))
                    needsUnicodeLowering = true
                    letters += 1
                    flags.insert(.hasLetter)
                }
                form[count] = byte
                lower[count] = byte
                count += 1
                continue
            }
            var lowered = byte
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                lowered = byte + 32
                if count == 0 { flags.insert(.title) }
                flags.insert([.hasUpper, .hasLetter])
                letters += 1
                upperLetters += 1
                appendShape(UInt8(ascii: "X"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                flags.insert(.hasLetter)
                letters += 1
                appendShape(UInt8(ascii: "x"))
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                byte = UInt8(ascii: "0")
                lowered = byte
                flags.insert(.hasDigit)
                appendShape(UInt8(ascii: "d"))
            case UInt8(ascii: "-"):
                flags.insert(.hasHyphen)
                appendShape(byte)
            default:
                appendShape(byte)
            }
            form[count] = byte
            lower[count] = lowered
            count += 1
        }
        if letters >= 2 && upperLetters == letters { flags.insert(.allUpper) }
        var lowerCount = count
        if needsUnicodeLowering {
            // Lower-case with Swift, then copy back (cut to the buffer) and re-check the case flags.
            let text = String(decoding: UnsafeBufferPointer(rebasing: lower[0..<count]), as: UTF8.self)
            let loweredText = text.lowercased()
            if loweredText != text {
                flags.insert(.hasUpper)
                lowerCount = 0
                for byte in loweredText.utf8 where lowerCount < lower.count {
                    lower[lowerCount] = byte
                    lowerCount += 1
                }
                if let first = text.unicodeScalars.first, first.properties.isUppercase { flags.insert(.title) }
            }
        }
        let formBuffer = UnsafeBufferPointer(form)
        let lowerBuffer = UnsafeBufferPointer(lower)
        let lowerLength = lowerCount
        self.form = StableHash.bytes(formBuffer, 0..<count)
        self.shape = StableHash.bytes(UnsafeBufferPointer(shape), 0..<shapeCount)
        // Affixes by characters, not bytes (a UTF-8 continuation byte, 10xxxxxx, never starts a character),
        // each a hash of its bytes: the prefixes in one pass forward, the suffixes in one pass backward (a word
        // shorter than an affix gives the whole word).
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var forward: UInt64 = 0xCBF2_9CE4_8422_2325
        var prefixes: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var characters = 0
        for position in 0..<lowerLength {
            let byte = lowerBuffer[position]
            if byte & 0xC0 != 0x80 {
                let prefix = StableHash.mix(forward ^ UInt64(position))
                if characters == 1 { prefixes.0 = prefix }
                if characters == 2 { prefixes.1 = prefix }
                if characters == 3 { prefixes.2 = prefix }
                characters += 1
            }
            forward = (forward ^ UInt64(byte)) &* prime
        }
        let whole = StableHash.mix(forward ^ UInt64(lowerLength))
        if characters <= 1 { prefixes.0 = whole }
        if characters <= 2 { prefixes.1 = whole }
        if characters <= 3 { prefixes.2 = whole }
        var backward: UInt64 = 0x84222325_CBF29CE4
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (whole, whole, whole, whole)
        characters = 0
        var position = lowerLength
        while position > 0 && characters < 4 {
            position -= 1
            let byte = lowerBuffer[position]
            backward = (backward ^ UInt64(byte)) &* prime
            guard byte & 0xC0 != 0x80 else { continue }
            characters += 1
            let suffix = StableHash.mix(backward ^ UInt64(lowerLength - position))
            switch characters {
            case 1: suffixes.0 = suffix
            case 2: suffixes.1 = suffix
            case 3: suffixes.2 = suffix
            default: suffixes.3 = suffix
            }
        }
        if characters < 4 {
            // The word is shorter than four characters: its longer suffixes are the whole word.
            let all = StableHash.mix(backward ^ UInt64(lowerLength))
            if characters < 2 { suffixes.1 = all }
            if characters < 3 { suffixes.2 = all }
            suffixes.3 = all
            if characters < 1 { suffixes.0 = all }
        }
        self.lower = whole
        self.suffix1 = StableHash.combine(1, suffixes.0)
        self.suffix2 = StableHash.combine(2, suffixes.1)
        self.suffix3 = StableHash.combine(3, suffixes.2)
        self.suffix4 = StableHash.combine(4, suffixes.3)
        self.prefix1 = StableHash.combine(5, prefixes.0)
        self.prefix2 = StableHash.combine(6, prefixes.1)
        self.prefix3 = StableHash.combine(7, prefixes.2)
        self.flags = flags
    }
}
