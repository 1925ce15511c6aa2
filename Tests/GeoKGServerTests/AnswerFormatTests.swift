import Testing

@testable import GeoKGServer

/// Content negotiation: the format an `Accept` header likes best among those offered.
@Suite("Answer formats by Accept")
struct AnswerFormatTests {
    @Test("no header, or any type, gives the first format offered")
    func defaults() {
        #expect(AnswerFormat.negotiate(nil, offered: AnswerFormat.solutions) == .json)
        #expect(AnswerFormat.negotiate("", offered: AnswerFormat.triples) == .ntriples)
        #expect(AnswerFormat.negotiate("*/*", offered: AnswerFormat.solutions) == .json)
    }

    @Test("qualities choose, and an exact type outranks a wildcard")
    func qualities() {
        #expect(
            AnswerFormat.negotiate("text/csv;q=0.5, application/sparql-results+xml", offered: AnswerFormat.solutions)
                == .xml)
        #expect(AnswerFormat.negotiate("text/*;q=0.9, text/csv;q=0.1", offered: AnswerFormat.solutions) == .tsv)
        #expect(AnswerFormat.negotiate("application/json", offered: AnswerFormat.solutions) == .json)
        #expect(AnswerFormat.negotiate("text/turtle, */*;q=0.1", offered: AnswerFormat.triples) == .turtle)
        #expect(AnswerFormat.negotiate("text/plain", offered: AnswerFormat.triples) == .ntriples)
    }

    @Test("a header that accepts none of the offered formats gives none")
    func refused() {
        #expect(AnswerFormat.negotiate("image/png", offered: AnswerFormat.solutions) == nil)
        #expect(AnswerFormat.negotiate("text/csv;q=0", offered: [.csv]) == nil)
        #expect(AnswerFormat.negotiate("application/sparql-results+json", offered: AnswerFormat.triples) == nil)
    }
}

/// Form and query-string fields, decoded as browsers and SPARQL clients encode them.
@Suite("Form fields")
struct FormFieldsTests {
    @Test("plus signs are spaces, percent escapes are UTF-8, and a bare name has an empty value")
    func decoding() throws {
        let fields = try FormFields("query=SELECT+*+WHERE+%7B+%3Fs+%3Fp+%22%C3%A9%22+%7D&default&x=a%2Bb")
        #expect(fields["query"] == "SELECT * WHERE { ?s ?p \"é\" }")
        #expect(fields.has("default"))
        #expect(fields["default"] == "")
        #expect(fields["x"] == "a+b")
        #expect(fields["missing"] == nil)
    }

    @Test("a broken escape is a bad request")
    func broken() {
        #expect(throws: ClientError.self) { try FormFields("query=%E9%ZZ") }
    }
}
