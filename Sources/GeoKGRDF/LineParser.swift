/// A place in a line where parsing failed, before the file and line are known.
struct LineSyntaxFailure: Error {
    /// Byte offset in the line.
    let offset: Int
    let message: String
}

/// Where a term stands in a line: its kind and the bytes of its whole token.
struct TermToken {
    enum Kind { case iri, blank, literal }

    let kind: Kind
    /// The token's bytes: `<...>`, `_:label`, or `"..."` with its `@tag` or `^^<...>`.
    let range: Range<Int>
}

/// The tokens of one statement; `graph` is `nil` for the default graph.
struct StatementTokens {
    let subject: TermToken
    let predicate: TermToken
    let object: TermToken
    let graph: TermToken?
}

/// Parses N-Triples and N-Quads lines in two steps: `scan` finds a statement's term tokens and checks
/// its structure; `decode` checks a token fully and makes its `Term`. The checks of `decode` depend
/// only on the token's bytes, so a caller that has decoded the same bytes before may skip it.
struct LineParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, pos: Int = 0) {
        self.bytes = bytes
        self.pos = pos
    }

    /// The tokens of the statement in `bytes`, or `nil` for a blank or comment-only line.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, allowsGraphName: Bool) throws(LineSyntaxFailure)
        -> StatementTokens?
    {
        var parser = LineParser(bytes: bytes)
        return try parser.statement(allowsGraphName: allowsGraphName)
    }

    /// The term a token of `bytes` stands for.
    static func decode(_ token: TermToken, in bytes: UnsafeBufferPointer<UInt8>) throws(LineSyntaxFailure) -> Term {
        var parser = LineParser(bytes: bytes, pos: token.range.lowerBound)
        switch token.kind {
        case .iri: return .iri(try parser.decodeIRI(end: token.range.upperBound))
        case .blank: return .blank(try parser.decodeBlankNode(end: token.range.upperBound))
        case .literal: return .literal(try parser.decodeLiteral(end: token.range.upperBound))
        }
    }

    /// Scans and decodes the statement in `bytes` at once.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, allowsGraphName: Bool) throws(LineSyntaxFailure) -> Quad? {
        guard let tokens = try scan(bytes, allowsGraphName: allowsGraphName) else { return nil }
        guard case .iri(let predicate) = try decode(tokens.predicate, in: bytes) else {
            throw LineSyntaxFailure(offset: tokens.predicate.range.lowerBound, message: "expected a predicate IRI")
        }
        return Quad(
            try decode(tokens.subject, in: bytes), predicate, try decode(tokens.object, in: bytes),
            graph: try tokens.graph.map { token throws(LineSyntaxFailure) in try decode(token, in: bytes) })
    }

    private var current: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    private func fail(_ message: String, at offset: Int? = nil) -> LineSyntaxFailure {
        LineSyntaxFailure(offset: offset ?? pos, message: message)
    }

    private mutating func skipSpace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
    }

    // MARK: Scanning

    private mutating func statement(allowsGraphName: Bool) throws(LineSyntaxFailure) -> StatementTokens? {
        skipSpace()
        guard let first = current, first != UInt8(ascii: "#") else { return nil }
        let subject: TermToken
        switch first {
        case UInt8(ascii: "<"): subject = try scanIRI()
        case UInt8(ascii: "_"): subject = try scanBlankNode()
        default: throw fail("expected a subject: an IRI <...> or a blank node _:label")
        }
        skipSpace()
        guard current == UInt8(ascii: "<") else { throw fail("expected a predicate: an IRI <...>") }
        let predicate = try scanIRI()
        skipSpace()
        let object: TermToken
        switch current {
        case UInt8(ascii: "<"): object = try scanIRI()
        case UInt8(ascii: "_"): object = try scanBlankNode()
        case UInt8(ascii: "\""): object = try scanLiteral()
        default: throw fail("expected an object: an IRI <...>, a blank node _:label or a literal \"...\"")
        }
        skipSpace()
        var graph: TermToken?
        if allowsGraphName {
            switch current {
            case UInt8(ascii: "<"): graph = try scanIRI()
            case UInt8(ascii: "_"): graph = try scanBlankNode()
            default: break
            }
            skipSpace()
        }
        guard current == UInt8(ascii: ".") else {
            throw fail(
                allowsGraphName ? "expected a graph name or '.' to end the statement" : "expected '.' to end the triple"
            )
        }
        pos += 1
        skipSpace()
        if let rest = current, rest != UInt8(ascii: "#") {
            throw fail("expected the end of the line after '.'")
        }
        return StatementTokens(subject: subject, predicate: predicate, object: object, graph: graph)
    }

    /// `<` up to the first `>`; what lies between is checked by `decodeIRI`.
    private mutating func scanIRI() throws(LineSyntaxFailure) -> TermToken {
        let start = pos
        pos += 1
        while let byte = current, byte != UInt8(ascii: ">") { pos += 1 }
        guard current != nil else { throw fail("expected '>' to close the IRI", at: start) }
        pos += 1
        return TermToken(kind: .iri, range: start..<pos)
    }

    /// `_:` and a label: a start character, label characters or dots, not ending with a dot.
    private mutating func scanBlankNode() throws(LineSyntaxFailure) -> TermToken {
        let start = pos
        guard pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: ":") else {
            throw fail("expected '_:' to start a blank node label")
        }
        pos += 2
        guard let first = scalar(), NTriplesGrammar.isLabelStart(first.value) else {
            throw fail("expected a letter, digit or '_' to start the blank node label")
        }
        var lastNonDot = pos
        while let next = scalar(), next.value == 0x2E || NTriplesGrammar.isLabelChar(next.value) {
            if next.value != 0x2E { lastNonDot = pos }
        }
        pos = lastNonDot
        return TermToken(kind: .blank, range: start..<pos)
    }

    /// `"` to the closing unescaped `"`, then an optional `@tag` or `^^<datatype>`.
    private mutating func scanLiteral() throws(LineSyntaxFailure) -> TermToken {
        let start = pos
        pos += 1
        while true {
            guard let byte = current else { throw fail("expected '\"' to close the string", at: start) }
            if byte == UInt8(ascii: "\"") { break }
            pos += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        pos += 1
        switch current {
        case UInt8(ascii: "@"):
            pos += 1
            let length = LanguageTag.length(in: UnsafeBufferPointer(rebasing: bytes[pos...]))
            guard length > 0 else { throw fail("expected a language tag such as en or zh-Hans after '@'") }
            pos += length
        case UInt8(ascii: "^"):
            guard pos + 2 < bytes.count, bytes[pos + 1] == UInt8(ascii: "^"), bytes[pos + 2] == UInt8(ascii: "<") else {
                throw fail("expected '^^<datatype IRI>' after the string")
            }
            pos += 2
            _ = try scanIRI()
        default:
            break
        }
        return TermToken(kind: .literal, range: start..<pos)
    }

    /// Reads one UTF-8 scalar and advances past it; on anything else leaves `pos` where it was.
    private mutating func scalar() -> Unicode.Scalar? {
        guard let lead = current else { return nil }
        let length: Int
        switch lead {
        case 0..<0x80: length = 1
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return nil
        }
        guard pos + length <= bytes.count else { return nil }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for i in 1..<length {
            let byte = bytes[pos + i]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let result = Unicode.Scalar(value) else { return nil }
        pos += length
        return result
    }

    // MARK: Decoding

    private mutating func decodeIRI(end: Int) throws(LineSyntaxFailure) -> IRI {
        let start = pos
        let contentEnd = end - 1  // the '>'
        pos += 1
        var escaped = false
        while pos < contentEnd {
            let byte = bytes[pos]
            if byte == UInt8(ascii: "\\") {
                guard pos + 1 < contentEnd, bytes[pos + 1] == UInt8(ascii: "u") || bytes[pos + 1] == UInt8(ascii: "U")
                else {
                    throw fail("only \\uXXXX and \\UXXXXXXXX escapes are allowed in an IRI")
                }
                escaped = true
                _ = try unicodeEscape(end: contentEnd)
                continue
            }
            if byte < 0x80 && IRI.isForbidden(UInt32(byte)) {
                throw fail("character '\(printable(byte))' is not allowed in an IRI")
            }
            pos += 1
        }
        let value = try text(from: start + 1, to: contentEnd, escaped: escaped, what: "IRI")
        if escaped, let bad = value.unicodeScalars.first(where: { IRI.isForbidden($0.value) }) {
            throw fail("an escape in the IRI stands for U+\(hex4(bad.value)), which IRIs may not contain", at: start)
        }
        guard IRI.hasScheme(value.utf8) else {
            throw fail("expected an absolute IRI with a scheme (such as http:), found <\(value)>", at: start)
        }
        pos = end
        return IRI(unchecked: value)
    }

    private mutating func decodeBlankNode(end: Int) throws(LineSyntaxFailure) -> BlankNode {
        // `scanBlankNode` checked every character; only the encoding is left.
        let label = try text(from: pos + 2, to: end, escaped: false, what: "blank node label")
        pos = end
        return BlankNode(unchecked: label)
    }

    private mutating func decodeLiteral(end: Int) throws(LineSyntaxFailure) -> Literal {
        let start = pos
        pos += 1
        var escaped = false
        while bytes[pos] != UInt8(ascii: "\"") {
            if bytes[pos] == UInt8(ascii: "\\") {
                escaped = true
                pos += 2
            } else {
                pos += 1
            }
        }
        let lexical = try text(from: start + 1, to: pos, escaped: escaped, what: "string")
        pos += 1
        if pos == end { return Literal(lexical) }
        if bytes[pos] == UInt8(ascii: "@") {
            let tag = String(decoding: UnsafeBufferPointer(rebasing: bytes[(pos + 1)..<end]), as: UTF8.self)
            pos = end
            return Literal(lexical, uncheckedLanguage: tag)
        }
        pos += 2  // "^^"
        return Literal(lexical, datatype: try decodeIRI(end: end))
    }

    /// The characters between `start` and `end` as a `String`, with escapes decoded when `escaped`.
    private func text(from start: Int, to end: Int, escaped: Bool, what: String) throws(LineSyntaxFailure) -> String {
        let content = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if !escaped {
            guard let text = makeString(content) else { throw fail("the \(what) is not valid UTF-8", at: start) }
            return text
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(content.count)
        var inner = LineParser(bytes: bytes, pos: start)
        try inner.decodeEscapes(until: end, into: &decoded, allowsCharacterEscapes: what == "string")
        guard let text = decoded.withUnsafeBufferPointer({ makeString($0) }) else {
            throw fail("the \(what) is not valid UTF-8", at: start)
        }
        return text
    }

    /// Copies bytes up to `end` into `out`, decoding `\u`, `\U` and (in strings) `\t`-style escapes.
    private mutating func decodeEscapes(
        until end: Int, into out: inout [UInt8], allowsCharacterEscapes: Bool
    ) throws(LineSyntaxFailure) {
        while pos < end {
            let byte = bytes[pos]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                pos += 1
                continue
            }
            let next = pos + 1 < end ? bytes[pos + 1] : 0
            if next == UInt8(ascii: "u") || next == UInt8(ascii: "U") {
                let scalar = try unicodeEscape(end: end)
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                continue
            }
            let replacement: UInt8? =
                switch next {
                case UInt8(ascii: "t"): 0x09
                case UInt8(ascii: "b"): 0x08
                case UInt8(ascii: "n"): 0x0A
                case UInt8(ascii: "r"): 0x0D
                case UInt8(ascii: "f"): 0x0C
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): next
                default: nil
                }
            guard allowsCharacterEscapes, let replacement else {
                throw fail("expected an escape: \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX or \\UXXXXXXXX")
            }
            out.append(replacement)
            pos += 2
        }
    }

    /// Reads `\uXXXX` or `\UXXXXXXXX` at `pos` and returns the scalar it stands for.
    private mutating func unicodeEscape(end: Int) throws(LineSyntaxFailure) -> Unicode.Scalar {
        let start = pos
        let small = bytes[pos + 1] == UInt8(ascii: "u")
        let digits = small ? 4 : 8
        pos += 2
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard pos < end, let digit = hexValue(bytes[pos]) else {
                throw fail("expected \(digits) hex digits after \\\(small ? "u" : "U")", at: start)
            }
            value = value << 4 | digit
            pos += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw fail("\\\(small ? "u" : "U") escape U+\(hex4(value)) is not a Unicode scalar value", at: start)
        }
        return scalar
    }
}

private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

/// A byte as the user should see it in a message.
private func printable(_ byte: UInt8) -> String {
    byte > 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "U+\(hex4(UInt32(byte)))"
}

/// The bytes as a `String`, or `nil` when they are not valid UTF-8.
func makeString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var ascii = true
    for byte in bytes where byte >= 0x80 {
        ascii = false
        break
    }
    return ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
}
