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
            out.append(contentsOf: node.id.utf8)
        case .literal(let literal):
            out.append(UInt8(ascii: "\""))
            appendEscaped(literal.lexicalForm, to: &out)
            out.append(UInt8(ascii: "\""))
            if let language = literal.language {
                out.append(UInt8(ascii: "@"))
                out.append(contentsOf: language.utf8)
            } else if literal.datatype != XSD.string {
                out.append(contentsOf: "^^".utf8)
                appendIRI(literal.datatype, to: &out)
            }
        }
    }

    /// Appends one statement and its newline; the graph is written only when `format` is N-Quads.
    public static func append(_ quad: Quad, format: RDFFormat, to out: inout [UInt8]) {
        append(quad.subject, to: &out)
        out.append(0x20)
        appendIRI(quad.predicate, to: &out)
        out.append(0x20)
        append(quad.object, to: &out)
        if format == .nquads, let graph = quad.graph {
            out.append(0x20)
            append(graph, to: &out)
        }
        out.append(contentsOf: " .\n".utf8)
    }

    /// The canonical form of `term` as a string.
    public static func string(for term: Term) -> String {
        var out: [UInt8] = []
        append(term, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendIRI(_ iri: IRI, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: iri.value.utf8)
        out.append(UInt8(ascii: ">"))
    }

    private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])  // \"
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])  // \\
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x00..<0x20, 0x7F: out.append(contentsOf: "\\u\(hex4(UInt32(byte)))".utf8)
            default: out.append(byte)
            }
        }
    }
}
