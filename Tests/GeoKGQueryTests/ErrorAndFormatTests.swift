import Foundation
import Testing

@testable import GeoKGQuery

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("SPARQL errors and result formats")
struct ErrorAndFormatTests {
    @Test(
        "constructs outside the subset are named with their line and column",
        arguments: [
            ("SELECT * WHERE {\n  ?s ?p ?o MINUS { ?s ?p 1 } }", "MINUS is not supported", 2, 12),
            ("SELECT * WHERE { BIND(1 AS ?x) }", "BIND is not supported", 1, 18),
            ("SELECT * FROM <http://g> WHERE { ?s ?p ?o }", "FROM and FROM NAMED datasets is not supported", 1, 10),
            ("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }", "a sub-query", 1, 20),
            ("SELECT * WHERE { ?s ?p ?o ", "expected '}'", 1, 27),
            ("SELECT ?s WHERE { ?s nope:x ?o }", "the prefix nope: is not declared", 1, 22),
            ("DESCRIBE <http://x>", "DESCRIBE queries is not supported", 1, 1),
            ("SELECT * WHERE { ?s !ex:p ?o }", "a negated property set", 1, 21),
        ])
    func unsupported(query: String, message: String, line: Int, column: Int) throws {
        do {
            _ = try QueryEngine.parse(query)
            Issue.record("accepted: \(query)")
        } catch {
            #expect(error.message.contains(message), "\(error)")
            #expect(error.line == line && error.column == column, "\(error)")
        }
    }

    @Test("a variable outside GROUP BY and aggregates is refused")
    func ungrouped() throws {
        let graph = try QueryFixture(socialGraph)
        #expect(throws: QueryError.self) { try graph.rows("SELECT ?x ?y WHERE { ?x ex:knows ?y } GROUP BY ?x") }
    }

    @Test("JSON is the W3C results format")
    func json() throws {
        let graph = try QueryFixture(socialGraph)
        let text = try graph.written("SELECT ?x ?n WHERE { ?x ex:age ?a OPTIONAL { ?x ex:name ?n } }", format: .json)
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let head = object["head"] as? [String: [String]]
        #expect(head?["vars"] == ["x", "n"])
        let bindings = try #require((object["results"] as? [String: Any])?["bindings"] as? [[String: [String: String]]])
        #expect(bindings.count == 4)
        #expect(bindings.contains { $0["n"] == ["type": "literal", "value": "Bob", "xml:lang": "en"] })
        #expect(bindings.contains { $0["n"] == nil && $0["x"] == ["type": "uri", "value": "http://ex.org/d"] })
        #expect(try graph.written("ASK { ?s ?p ?o }", format: .json) == "{\"head\":{},\"boolean\":true}\n")
    }

    @Test("XML is the W3C results format, with markup in values escaped")
    func xml() throws {
        let graph = try QueryFixture(
            """
            <ex:a> <ex:says> "<b>&\\"bold\\"</b>"@en .
            <ex:a> <ex:n> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:x <ex:says> "plain" .
            """)
        let text = try graph.written(
            "SELECT ?s ?v ?n WHERE { ?s ex:says ?v OPTIONAL { ?s ex:n ?n } } ORDER BY ?v", format: .xml)
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        func values(_ path: String) throws -> [String] {
            try document.nodes(forXPath: path).compactMap(\.stringValue)
        }
        #expect(try values("//*[local-name()='variable']/@name") == ["s", "v", "n"])
        #expect(try values("//*[local-name()='result']").count == 2)
        #expect(try values("//*[local-name()='literal'][@*[local-name()='lang']='en']") == ["<b>&\"bold\"</b>"])
        #expect(
            try values("//*[local-name()='binding'][@name='n']/*[local-name()='literal']/@datatype") == [
                "http://www.w3.org/2001/XMLSchema#integer"
            ])
        #expect(try values("//*[local-name()='bnode']").count == 1)
        #expect(try values("//*[local-name()='uri']") == ["http://ex.org/a"])
        let ask = try XMLDocument(data: Data(try graph.written("ASK { ?s ex:n 8 }", format: .xml).utf8), options: [])
        #expect(try ask.nodes(forXPath: "//*[local-name()='boolean']").first?.stringValue == "false")
    }

    @Test(
        "a writer taking bytes writes what a writer taking text writes, in every format",
        arguments: [
            ResultFormat.tsv, .csv, .json, .xml, .table,
        ])
    func bytesAsText(format: ResultFormat) throws {
        let graph = try QueryFixture(
            "<ex:a> <ex:says> \"tab\\there, \\\"quoted\\\" é\"@fr .\n<ex:b> <ex:says> \"line\\nbreak\" .")
        let query = "SELECT ?s ?v WHERE { ?s ex:says ?v } ORDER BY ?s"
        let text = try graph.written(query, format: format)
        #expect(text.contains(format == .tsv ? "\\t" : "tab"))
        #expect(try graph.writtenBytes(query, format: format) == Array(text.utf8))
    }

    @Test("CSV quotes what needs it; TSV writes N-Triples terms; tables align and shorten")
    func textFormats() throws {
        let graph = try QueryFixture(
            "<ex:a> <ex:says> \"hi, \\\"you\\\"\" .\n<ex:a> <ex:n> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .")
        #expect(
            try graph.written("SELECT ?s ?v WHERE { ?s ex:says ?v }", format: .csv)
                == "s,v\r\nhttp://ex.org/a,\"hi, \"\"you\"\"\"\r\n")
        #expect(
            try graph.written("SELECT ?v WHERE { ?s ex:n ?v }", format: .tsv)
                == "?v\n\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>\n")
        let table = try graph.written("SELECT ?p ?v WHERE { ?s ?p ?v } ORDER BY ?p", format: .table)
        #expect(
            table.split(separator: "\n").map(String.init) == [
                "p                     v", "--------------------  ---------", "<http://ex.org/n>     5",
                "<http://ex.org/says>  hi, \"you\"", "2 solutions",
            ])
    }
}

@Suite("SPARQL queries built to hurt")
struct HostileQueryTests {
    @Test(
        "nesting 10,000 deep is refused with its position, not a crash",
        arguments: [
            "SELECT * WHERE { FILTER(" + String(repeating: "(", count: 10_000) + "1"
                + String(repeating: ")", count: 10_000) + ") }",
            "SELECT * WHERE " + String(repeating: "{ ", count: 10_000) + String(repeating: "} ", count: 10_000),
            "SELECT * WHERE { FILTER(" + String(repeating: "!", count: 10_000) + "true) }",
            "SELECT * WHERE { ?s " + String(repeating: "^(", count: 10_000) + "<http://p>"
                + String(repeating: ")", count: 10_000) + " ?o }",
        ])
    func deepNesting(query: String) throws {
        #expect {
            _ = try QueryEngine.parse(query)
        } throws: { error in
            (error as? QueryError)?.message.contains("nests deeper than") ?? false
        }
    }

    @Test("unbalanced braces are named")
    func unbalanced() throws {
        #expect(throws: QueryError.self) { try QueryEngine.parse("SELECT * WHERE { ?s ?p ?o") }
        #expect(throws: QueryError.self) { try QueryEngine.parse("SELECT * WHERE { ?s ?p ?o } }") }
    }
}

@Suite("Regular expressions that would run for ever")
struct RegexGuardTests {
    @Test("nested repetition is refused", arguments: ["(a+)+$", "(x*y*)*z", "((ab)+c)*", "(a|b+){2,}"])
    func refused(pattern: String) {
        #expect(RegexGuard.problem(in: pattern) != nil)
    }

    @Test(
        "ordinary patterns run",
        arguments: ["^Chi", "(ab)+", "[(+]+x", "([a+])+", "a+b*c?", "\\(a+\\)+", "(?i)bess?ent"])
    func allowed(pattern: String) {
        #expect(RegexGuard.problem(in: pattern) == nil)
    }

    @Test("a query with such a pattern is an error, and ends at once")
    func query() throws {
        let graph = try QueryFixture("<ex:a> <ex:name> \"" + String(repeating: "a", count: 40) + "!\" .")
        #expect(throws: QueryError.self) {
            try graph.rows("SELECT ?n WHERE { ?s ex:name ?n FILTER(regex(?n, \"(a+)+$\")) }")
        }
    }
}
