import GeoKGQuery
import GeoKGRDF
import GeoKGTestSupport
import Testing

@Suite("SPARQL graph patterns")
struct PatternTests {
    let graph: QueryFixture

    init() throws {
        graph = try QueryFixture(socialGraph)
    }

    @Test("joins patterns on shared variables, and a variable repeated in one pattern")
    func joins() throws {
        #expect(
            try graph.rows("SELECT ?x ?z WHERE { ?x ex:knows ?y . ?y ex:knows ?z }") == [
                "<ex:a> <ex:c>", "<ex:b> <ex:a>", "<ex:b> <ex:d>", "<ex:c> <ex:b>",
            ])
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:knows ?x }").isEmpty)
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:knows ?y . ?y ex:knows ?x }").isEmpty)
    }

    @Test("OPTIONAL keeps unmatched solutions, and its FILTER sees the outer variables")
    func optionalWithFilter() throws {
        #expect(
            try graph.rows("SELECT ?x ?n WHERE { ?x ex:age ?a OPTIONAL { ?x ex:name ?n } }") == [
                "<ex:a> \"Alice\"", "<ex:b> \"Bob\"@en", "<ex:c> \"carol\"", "<ex:d> -",
            ])
        let filtered = "SELECT ?x ?y WHERE { ?x ex:age ?a OPTIONAL { ?x ex:knows ?y FILTER(?a > 26) } }"
        #expect(
            try graph.rows(filtered) == [
                "<ex:a> <ex:b>", "<ex:b> -", "<ex:c> <ex:a>", "<ex:c> <ex:d>", "<ex:d> -",
            ])
        #expect(
            try graph.rows("SELECT ?x WHERE { ?x ex:age ?a OPTIONAL { ?x ex:name ?n } FILTER(!BOUND(?n)) }") == [
                "<ex:d>"
            ])
    }

    @Test("UNION joins branches with different variables")
    func union() throws {
        let rows = try graph.rows("SELECT ?x ?n ?a WHERE { { ?x ex:name ?n } UNION { ?x ex:born ?a } }")
        #expect(rows.count == 5)
        #expect(rows.contains("<ex:a> - \"1995-03-01\"^^<http://www.w3.org/2001/XMLSchema#date>"))
        #expect(rows.contains("<ex:c> \"carol\" -"))
    }

    @Test("VALUES binds rows, with UNDEF, and joins them; unknown terms bind but match nothing")
    func values() throws {
        #expect(
            try graph.rows("SELECT ?x ?n WHERE { VALUES ?x { ex:a ex:zzz } ?x ex:name ?n }") == ["<ex:a> \"Alice\""])
        #expect(
            try graph.rows("SELECT ?x ?v WHERE { VALUES (?x ?v) { (ex:a 1) (UNDEF 2) } }") == [
                "- \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                "<ex:a> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>",
            ])
    }

    @Test("the default graph is the merge of all graphs; GRAPH reaches each named one")
    func graphs() throws {
        #expect(try graph.rows("SELECT ?x ?v WHERE { ?x ex:score ?v }").count == 2)
        #expect(try graph.rows("SELECT ?g WHERE { GRAPH ?g { ex:a ex:score ?v } }") == ["<ex:g1>", "<ex:g2>"])
        #expect(try graph.rows("SELECT ?x WHERE { GRAPH ex:g1 { ?x ex:score ?v } }") == ["<ex:a>", "<ex:b>"])
        #expect(try graph.rows("SELECT ?x WHERE { GRAPH ex:nowhere { ?x ?p ?v } }").isEmpty)
    }

    @Test("ASK says whether a solution exists")
    func ask() throws {
        #expect(try graph.ask("ASK { ex:a ex:knows ex:b }"))
        #expect(!(try graph.ask("ASK { ex:b ex:knows ex:a }")))
    }

    @Test("CONSTRUCT writes each triple once and skips unbound ones")
    func construct() throws {
        let text = try graph.written(
            "CONSTRUCT { ?y ex:knownBy ?x . ?x ex:named ?n } WHERE { ?x ex:knows ?y OPTIONAL { ?x ex:name ?n } }",
            format: .ntriples)
        let triples = try parseStatements(text, format: .ntriples)
        #expect(triples.count == 7)
    }
}
