/// Character classes of the RDF 1.1 N-Triples grammar that more than one parser step needs.
enum NTriplesGrammar {
    /// `PN_CHARS_BASE`: the letters a name may start with.
    static func isNameStartBase(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
            0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
            0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    /// `PN_CHARS_U | [0-9]`: the first character of a blank node label.
    static func isLabelStart(_ c: UInt32) -> Bool {
        isNameStartBase(c) || c == 0x5F || (c >= 0x30 && c <= 0x39)
    }

    /// `PN_CHARS`: a character inside a blank node label (besides `.`, which may not end it).
    static func isLabelChar(_ c: UInt32) -> Bool {
        switch c {
        case 0x2D, 0x30...0x39, 0x5F, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isNameStartBase(c)
        }
    }
}

/// Validity of blank node labels outside the parser.
enum BlankNodeLabel {
    /// Whether `scalars` form a label: a start character, then label characters or inner dots.
    static func isValid(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, NTriplesGrammar.isLabelStart(first.value),
            scalars.last?.value != 0x2E
        else { return false }
        return scalars.dropFirst().allSatisfy { $0.value == 0x2E || NTriplesGrammar.isLabelChar($0.value) }
    }
}

/// Validity of language tags: `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`.
enum LanguageTag {
    /// The length of the language tag at the start of `bytes` (0 when there is none).
    static func length(in bytes: some Collection<UInt8>) -> Int {
        var count = 0
        var inFirstPart = true
        var partLength = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard partLength > 0 else { break }
                inFirstPart = false
                partLength = 0
            } else if isASCIILetter(byte) || (!inFirstPart && isASCIIDigit(byte)) {
                partLength += 1
            } else {
                break
            }
            count += 1
        }
        // A trailing '-' is not part of the tag.
        return partLength == 0 && count > 0 ? count - 1 : count
    }

    /// Whether all of `bytes` is one language tag.
    static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && length(in: bytes) == bytes.count
    }
}
