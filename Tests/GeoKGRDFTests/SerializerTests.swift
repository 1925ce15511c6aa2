import GeoKGRDF
import GeoKGTestSupport
import Testing

@Suite("Canonical N-Triples serialization")
struct SerializerTests {
    @Test(
        "escapes only what the canonical form escapes",
        arguments: [
            (Literal("a\"b\\c"), #""a\"b\\c""#),
            (Literal("tab\tnl\ncr\rbs\u{8}ff\u{C}"), #""tab\tnl\ncr\rbs\bff\f""#),
            (Literal("nul\u{0}esc\u{1B}del\u{7F}"), #""nul\u0000esc\u001Bdel\u007F""#),
            (Literal("王毅 Côte d’Ivoire 😀 '"), "\"王毅 Côte d’Ivoire 😀 '\""),
            (Literal("5", datatype: XSD.integer), "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
            (Literal("x", datatype: XSD.string), "\"x\""),
        ])
    func literals(literal: Literal, expected: String) {
        #expect(NTriplesSerializer.string(for: .literal(literal)) == expected)
    }

    @Test(
        "escapes a character wherever it stands in a long literal",
        arguments: [("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1F}", #"\u001F"#), ("\u{7F}", #"\u007F"#)])
    func escapesAtEveryPosition(character: String, escaped: String) {
        let plain = "abcdefghijklmnopqrstuvwxyzé0123456789"
        for position in 0...plain.count {
            let cut = plain.index(plain.startIndex, offsetBy: position)
            let literal = Literal(plain[..<cut] + character + plain[cut...])
            #expect(
                NTriplesSerializer.string(for: .literal(literal)) == "\"\(plain[..<cut])\(escaped)\(plain[cut...])\"")
        }
    }

    @Test("writes language tags and graph names")
    func quads() throws {
        let quad = Quad(
            .blank(BlankNode(unchecked: "b1")), RDFS.label, .literal(try Literal("Pékin", language: "fr")),
            graph: .iri(IRI(unchecked: "http://e/g")))
        var nquads: [UInt8] = []
        NTriplesSerializer.append(quad, format: .nquads, to: &nquads)
        #expect(
            String(decoding: nquads, as: UTF8.self)
                == "_:b1 <http://www.w3.org/2000/01/rdf-schema#label> \"Pékin\"@fr <http://e/g> .\n")
        var ntriples: [UInt8] = []
        NTriplesSerializer.append(quad, format: .ntriples, to: &ntriples)
        #expect(
            String(decoding: ntriples, as: UTF8.self)
                == "_:b1 <http://www.w3.org/2000/01/rdf-schema#label> \"Pékin\"@fr .\n")
    }

    @Test("every character from U+0000 to U+00FF and beyond survives write-then-read")
    func everyCharacterRoundTrips() throws {
        var scalars = (0...0x2FF).compactMap(Unicode.Scalar.init).map(Character.init)
        scalars += ["\u{FEFF}", "\u{200F}", "\u{202E}", "\u{10FFFF}", "😀", "王", "\u{E000}"]
        let text = String(scalars)
        let statements: Set<Quad> = [
            Quad(.iri(IRI(unchecked: "http://e/s")), IRI(unchecked: "http://e/p"), .literal(Literal(text))),
            Quad(
                .iri(IRI(unchecked: "http://e/s")), IRI(unchecked: "http://e/p"),
                .literal(try Literal(text, language: "zh-Hant-TW"))),
            Quad(
                .iri(IRI(unchecked: "http://e/ünï/王?q=1&r=ß#frag")), IRI(unchecked: "http://e/p"),
                .literal(Literal(text, datatype: IRI(unchecked: "http://e/dt"))),
                graph: .blank(BlankNode(unchecked: "g.1-x"))),
        ]
        var bytes: [UInt8] = []
        for quad in statements { NTriplesSerializer.append(quad, format: .nquads, to: &bytes) }
        #expect(try parseStatements(String(decoding: bytes, as: UTF8.self)) == statements)
    }

    @Test("term constructors validate at the edge")
    func validation() {
        #expect(throws: RDFTermError.self) { try IRI("relative/path") }
        #expect(throws: RDFTermError.self) { try IRI("http://e/a b") }
        #expect(throws: RDFTermError.self) { try BlankNode("a.") }
        #expect(throws: RDFTermError.self) { try Literal("x", language: "en-") }
        #expect((try? IRI("urn:isbn:0451450523")) != nil)
        #expect((try? BlankNode("x.y")) != nil)
    }
}
