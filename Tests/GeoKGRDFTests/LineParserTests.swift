import GeoKGRDF
import GeoKGTestSupport
import Testing

@Suite("N-Triples and N-Quads parsing")
struct LineParserTests {
    @Test("reads each kind of term")
    func termKinds() throws {
        let text = """
            <http://e/s> <http://e/p> <http://e/o> .
            _:a <http://e/p> "plain" .
            _:a <http://e/p> "chat"@fr .
            _:a <http://e/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:a <http://e/p> "x"^^<http://www.w3.org/2001/XMLSchema#string> .
            """
        let parsed = try parseStatements(text, format: .ntriples)
        let p = IRI(unchecked: "http://e/p")
        let a = Term.blank(BlankNode(unchecked: "a"))
        #expect(parsed.contains(Quad(.iri(IRI(unchecked: "http://e/s")), p, .iri(IRI(unchecked: "http://e/o")))))
        #expect(parsed.contains(Quad(a, p, .literal(try Literal("chat", language: "fr")))))
        #expect(parsed.contains(Quad(a, p, .literal(Literal("1", datatype: XSD.integer)))))
        // "x"^^xsd:string is the same term as "x".
        #expect(parsed.contains(Quad(a, p, .literal(Literal("x")))))
        #expect(parsed.count == 5)
    }

    @Test("decodes string escapes and \\u escapes in IRIs")
    func escapes() throws {
        let parsed = try parseStatements(
            #"<http://e/\u00E9> <http://e/p> "t\tn\nq\"b\\\u00E9\U0001F600" ."#, format: .ntriples)
        let quad = try #require(parsed.first)
        #expect(quad.subject == .iri(IRI(unchecked: "http://e/é")))
        #expect(quad.object == .literal(Literal("t\tn\nq\"b\\é😀")))
    }

    @Test("reads graph names in N-Quads and refuses them in N-Triples")
    func graphNames() throws {
        let line = "<http://e/s> <http://e/p> <http://e/o> <http://e/g> ."
        let quad = try #require(try parseStatements(line, format: .nquads).first)
        #expect(quad.graph == .iri(IRI(unchecked: "http://e/g")))
        #expect(throws: RDFSyntaxError.self) { try parseStatements(line, format: .ntriples) }
    }

    @Test(
        "says where and what was expected",
        arguments: [
            (
                "<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <p> <http://e/o> .", 2, 14,
                "expected an absolute IRI with a scheme (such as http:), found <p>"
            ),
            ("# comment\n\n<http://e/s> <http://e/p> \"abc .", 3, 27, "expected '\"' to close the string"),
            ("<http://e/s> <http://e/p> <http://e/o>", 1, 39, "expected '.' to end the triple"),
            ("<http://e/s> <http://e/p> <http://e/o> . x", 1, 42, "expected the end of the line after '.'"),
            (
                "<http://é/s> <http://e/p> 1 .", 1, 27,
                "expected an object: an IRI <...>, a blank node _:label or a literal \"...\""
            ),
        ])
    func errorPositions(text: String, line: Int, column: Int, message: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(text, to: "bad.nt")
        let error = try #require(throws: RDFSyntaxError.self) { try parseStatements(file: path, format: .ntriples) }
        #expect(error.description == "\(path):\(line):\(column): \(message)")
    }

    @Test("rejects invalid UTF-8 with the line of the bad bytes")
    func invalidUTF8() throws {
        let folder = try TemporaryFolder()
        let good = Array("<http://e/s> <http://e/p> \"ok\" .\n".utf8)
        let path = try folder.write(
            bytes: good + Array("<http://e/s> <http://e/p> \"".utf8) + [0xC3, 0x28] + Array("\" .\n".utf8), to: "bad.nt"
        )
        let error = try #require(throws: RDFSyntaxError.self) { try parseStatements(file: path, format: .ntriples) }
        #expect(error.line == 2)
        #expect(error.message.contains("UTF-8"))
    }

    @Test("names UTF-16 input as such")
    func utf16() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(bytes: [0xFF, 0xFE] + Array("<".utf8) + [0], to: "wide.nt")
        let error = try #require(throws: RDFInputError.self) { try parseStatements(file: path, format: .ntriples) }
        #expect(error.description.contains("UTF-16"))
    }

    @Test("accepts CR, CRLF and a missing final newline as line ends")
    func lineEnds() throws {
        let text =
            "<http://e/a> <http://e/p> \"1\" .\r\n<http://e/b> <http://e/p> \"2\" .\r<http://e/c> <http://e/p> \"3\" ."
        #expect(try parseStatements(text, format: .ntriples).count == 3)
    }

    @Test("streams a file larger than its read buffer, with a line that spans buffers")
    func longInput() throws {
        let longLiteral = String(repeating: "é", count: 1_500_000)
        var text = "<http://e/s> <http://e/p> \"\(longLiteral)\" .\n"
        for index in 0..<20_000 { text += "<http://e/s\(index)> <http://e/p> \"\(index)\" .\n" }
        let parsed = try parseStatements(text, format: .ntriples)
        #expect(parsed.count == 20_001)
        #expect(
            parsed.contains(
                Quad(.iri(IRI(unchecked: "http://e/s")), IRI(unchecked: "http://e/p"), .literal(Literal(longLiteral)))))
    }
}
