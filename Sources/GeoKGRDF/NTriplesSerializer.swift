/// Writes terms and statements in the canonical N-Triples and N-Quads forms.
///
/// IRIs are written as they are; literals escape only `"`, `\`, and control characters
/// (`\b \t \n \f \r`, the others as `\u00XX`); `xsd:string` literals are written without a datatype.
public enum NTriplesSerializer {
    /// Appends the canonical form of `term` to `out`.
    public static func append(_ term: Term, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri):
            appendIRI(iri, to: &out)
        case .blank(let node):
            out.append(contentsOf: "_:".utf8)
            appendUTF8(node.id, to: &out)
        case .literal(let literal):
            out.append(UInt8(ascii: "\""))
            appendEscaped(literal.lexicalForm, to: &out)
            out.append(UInt8(ascii: "\""))
            if let language = literal.language {
                out.append(UInt8(ascii: "@"))
                appendUTF8(language, to: &out)
            } else if literal.datatype != XSD.string {
                // Byte by byte: a string's UTF-8 view is appended through the generic sequence path.
                out.append(UInt8(ascii: "^"))
                out.append(UInt8(ascii: "^"))
                appendIRI(literal.datatype, to: &out)
            }
        }
    }

    /// Appends one statement and its newline; the graph is written only when `format` is N-Quads.
    public static func append(_ quad: Quad, format: RDFFormat, to out: inout [UInt8]) {
        appendTerms(quad.subject, quad.predicate, quad.object, to: &out)
        if format == .nquads, let graph = quad.graph {
            out.append(0x20)
            append(graph, to: &out)
        }
        appendStatementEnd(to: &out)
    }

    /// Appends one statement and its newline, with `graph` (from `graphSuffix(_:)`, or empty for a
    /// triple) already serialized: for writers of many statements of one graph.
    public static func append(_ subject: Term, _ predicate: IRI, _ object: Term, graph: [UInt8], to out: inout [UInt8])
    {
        appendTerms(subject, predicate, object, to: &out)
        out.append(contentsOf: graph)
        appendStatementEnd(to: &out)
    }

    /// Appends the ` .` and newline that end a statement, byte by byte: appending the string's UTF-8 view took
    /// the generic sequence path at every statement.
    private static func appendStatementEnd(to out: inout [UInt8]) {
        out.append(0x20)
        out.append(UInt8(ascii: "."))
        out.append(0x0A)
    }

    /// The bytes that follow a statement's object when it belongs to `graph`: a space and the graph's form.
    public static func graphSuffix(_ graph: Term) -> [UInt8] {
        var out: [UInt8] = [0x20]
        append(graph, to: &out)
        return out
    }

    /// Appends a statement's subject, predicate and object, separated by spaces.
    private static func appendTerms(_ subject: Term, _ predicate: IRI, _ object: Term, to out: inout [UInt8]) {
        append(subject, to: &out)
        out.append(0x20)
        appendIRI(predicate, to: &out)
        out.append(0x20)
        append(object, to: &out)
    }

    /// The canonical form of `term` as a string.
    public static func string(for term: Term) -> String {
        var out: [UInt8] = []
        append(term, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendIRI(_ iri: IRI, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        appendUTF8(iri.value, to: &out)
        out.append(UInt8(ascii: ">"))
    }

    /// Appends the bytes of `text` in one copy (`Array.append(contentsOf: text.utf8)` goes byte by byte), read in
    /// place when the string is stored as UTF-8, as a decoded term is.
    private static func appendUTF8(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) != nil { return }
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends `text` with the bytes N-Triples escapes escaped, copying the runs between them whole.
    private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var runStart = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none of them needs an escape: most literals are plain text.
                if index + 8 <= bytes.count,
                    !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    appendEscape(of: byte, to: &out)
                    runStart = index + 1
                }
                index += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Whether one of the eight bytes of `word` may need an escape: a control character, `"`, `\` or
    /// DEL. Never false when one does (the byte-wise tests `hasless` and `haszero` of "Bit Twiddling Hacks").
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highBits != 0 }
        let hasControl = (word &- 0x20 &* ones) & ~word & highBits != 0
        return hasControl || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones))
            || hasZeroByte(word ^ (0x7F &* ones))
    }

    /// Appends the escape sequence of a byte that may not stand in a literal as it is.
    private static func appendEscape(of byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])  // \"
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])  // \\
        case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        default: out.append(contentsOf: "\\u\(hex4(UInt32(byte)))".utf8)
        }
    }
}
