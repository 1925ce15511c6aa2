/// Splits SPARQL text into tokens, tracking lines and columns.
struct QueryLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// All the tokens, ending with `.end`.
    static func tokens(of text: String) throws(QueryError) -> [QueryToken] {
        var lexer = QueryLexer(text)
        var tokens: [QueryToken] = []
        while true {
            let token = try lexer.next(after: tokens.last)
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var position: SourcePosition { SourcePosition(line: line, column: index - lineStart + 1) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    private mutating func skipSpaceAndComments() {
        while let scalar = peek() {
            if scalar == "#" {
                while let next = peek(), next != "\n" { advance() }
            } else if scalar.properties.isWhitespace {
                advance()
            } else {
                return
            }
        }
    }

    private mutating func next(after previous: QueryToken?) throws(QueryError) -> QueryToken {
        skipSpaceAndComments()
        let start = position
        guard let scalar = peek() else { return QueryToken(kind: .end, position: start) }
        let kind: QueryToken.Kind
        switch scalar {
        case "<" where iriAhead():
            kind = .iri(try readIRI(start))
        case _ where (scalar == "?" || scalar == "$") && (peek(1).map { isNameStart($0) || isDigit($0) } ?? false):
            advance()
            kind = .variable(readName())
        case "\"", "'":
            kind = .string(try readString(start))
        case "@":
            advance()
            var tag = ""
            while let next = peek(), next.properties.isAlphabetic || isDigit(next) || next == "-" {
                tag.unicodeScalars.append(next)
                advance()
            }
            guard !tag.isEmpty else { throw QueryError("expected a language tag after '@'", at: start) }
            kind = .languageTag(tag)
        case "_" where peek(1) == ":":
            advance()
            advance()
            kind = .blankNode(readName(allowingDots: true))
        case _ where isDigit(scalar) || (scalar == "." && peek(1).map(isDigit) ?? false):
            kind = readNumber()
        case _ where isNameStart(scalar) || scalar == ":":
            kind = try readWordOrPrefixedName(start)
        default:
            kind = .symbol(try readSymbol(start))
        }
        return QueryToken(kind: kind, position: start)
    }

    /// Whether `<` starts an IRI rather than a comparison: an IRI runs to `>` without spaces.
    private func iriAhead() -> Bool {
        var offset = 1
        while let scalar = peek(offset) {
            if scalar == ">" { return true }
            if scalar.value <= 0x20 || "<\"{}|^`".unicodeScalars.contains(scalar) { return false }
            offset += 1
        }
        return false
    }

    private mutating func readIRI(_ start: SourcePosition) throws(QueryError) -> String {
        advance()
        var iri = ""
        while let scalar = peek(), scalar != ">" {
            if scalar == "\\" {
                advance()
                iri.unicodeScalars.append(try readUnicodeEscape(start))
            } else {
                iri.unicodeScalars.append(scalar)
                advance()
            }
        }
        advance()
        return iri
    }

    private mutating func readUnicodeEscape(_ start: SourcePosition) throws(QueryError) -> Unicode.Scalar {
        guard let letter = peek(), letter == "u" || letter == "U" else {
            throw QueryError("bad escape in an IRI", at: start)
        }
        advance()
        let digits = letter == "u" ? 4 : 8
        var hex = ""
        for _ in 0..<digits {
            guard let digit = peek(), digit.properties.isASCIIHexDigit else {
                throw QueryError("bad \\\(letter) escape", at: start)
            }
            hex.unicodeScalars.append(digit)
            advance()
        }
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw QueryError("bad \\\(letter) escape", at: start)
        }
        return scalar
    }

    private mutating func readString(_ start: SourcePosition) throws(QueryError) -> String {
        guard let quote = peek() else { throw QueryError("expected a string", at: start) }
        let long = peek(1) == quote && peek(2) == quote
        for _ in 0..<(long ? 3 : 1) { advance() }
        var text = ""
        while true {
            guard let scalar = peek() else { throw QueryError("the string is not closed", at: start) }
            if scalar == quote && (!long || (peek(1) == quote && peek(2) == quote)) {
                for _ in 0..<(long ? 3 : 1) { advance() }
                return text
            }
            if !long && (scalar == "\n" || scalar == "\r") {
                throw QueryError("the string is not closed on its line", at: start)
            }
            advance()
            guard scalar == "\\" else {
                text.unicodeScalars.append(scalar)
                continue
            }
            guard let escaped = peek() else { throw QueryError("the string is not closed", at: start) }
            switch escaped {
            case "u", "U":
                text.unicodeScalars.append(try readUnicodeEscape(start))
                continue
            case "t": text += "\t"
            case "n": text += "\n"
            case "r": text += "\r"
            case "b": text += "\u{8}"
            case "f": text += "\u{C}"
            case "\"", "'", "\\": text.unicodeScalars.append(escaped)
            default: throw QueryError("bad escape \\\(escaped) in a string", at: position)
            }
            advance()
        }
    }

    private mutating func readNumber() -> QueryToken.Kind {
        var text = ""
        var type = "integer"
        func digits(_ lexer: inout QueryLexer) {
            while let scalar = lexer.peek(), lexer.isDigit(scalar) {
                text.unicodeScalars.append(scalar)
                lexer.advance()
            }
        }
        digits(&self)
        if peek() == ".", peek(1).map(isDigit) ?? false {
            text += "."
            advance()
            digits(&self)
            type = "decimal"
        }
        if let e = peek(), e == "e" || e == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if let digit = peek(signed ? 2 : 1), isDigit(digit) {
                text.unicodeScalars.append(e)
                advance()
                if signed, let sign = peek() {
                    text.unicodeScalars.append(sign)
                    advance()
                }
                digits(&self)
                type = "double"
            }
        }
        return .number(text, type: type)
    }

    private mutating func readWordOrPrefixedName(_ start: SourcePosition) throws(QueryError) -> QueryToken.Kind {
        let prefix = peek() == ":" ? "" : readName(allowingDots: true)
        guard peek() == ":" else { return .word(prefix) }
        advance()
        var local = ""
        while let scalar = peek() {
            if isNameChar(scalar) || scalar == ":" {
                local.unicodeScalars.append(scalar)
                advance()
            } else if scalar == ".", let after = peek(1), isNameChar(after) || after == ":" {
                local += "."
                advance()
            } else if scalar == "\\", let escaped = peek(1), "_~.-!$&'()*+,;=/?#@%".unicodeScalars.contains(escaped) {
                local.unicodeScalars.append(escaped)
                advance()
                advance()
            } else if scalar == "%", let high = peek(1), let low = peek(2), high.properties.isASCIIHexDigit,
                low.properties.isASCIIHexDigit
            {
                local.unicodeScalars.append(contentsOf: [scalar, high, low])
                advance()
                advance()
                advance()
            } else {
                break
            }
        }
        return .prefixedName(prefix: prefix, local: local)
    }

    private mutating func readName(allowingDots: Bool = false) -> String {
        var name = ""
        while let scalar = peek() {
            if isNameChar(scalar) {
                name.unicodeScalars.append(scalar)
                advance()
            } else if allowingDots, scalar == ".", let after = peek(1), isNameChar(after) {
                name += "."
                advance()
            } else {
                break
            }
        }
        return name
    }

    private mutating func readSymbol(_ start: SourcePosition) throws(QueryError) -> String {
        let pairs = ["^^", "<=", ">=", "!=", "&&", "||"]
        guard let single = peek() else { throw QueryError("expected a symbol", at: start) }
        if let second = peek(1) {
            let pair = String(String.UnicodeScalarView([single, second]))
            if pairs.contains(pair) {
                advance()
                advance()
                return pair
            }
        }
        guard "{}()[].;,*/|^+?!=<>-".unicodeScalars.contains(single) else {
            throw QueryError("unexpected character '\(Character(single))'", at: start)
        }
        advance()
        return String(Character(single))
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    private func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private func isNameChar(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || isDigit(scalar) || scalar == "-" || scalar == "\u{B7}"
    }
}
