import Testing

@Suite("SPARQL expressions and filters")
struct ExpressionTests {
    let graph: QueryFixture

    init() throws {
        graph = try QueryFixture(socialGraph)
    }

    @Test("numbers of different types compare by value; strings never equal numbers")
    func typedComparisons() throws {
        #expect(
            try graph.rows("SELECT ?x WHERE { ?x ex:age ?a FILTER(?a >= 25.5) }") == ["<ex:a>", "<ex:b>", "<ex:c>"])
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:age ?a FILTER(?a = 41) }") == ["<ex:c>"])
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:age ?a FILTER(?a != 30) }") == ["<ex:b>", "<ex:c>", "<ex:d>"])
        // "unknown" < 100 is an error, so the filter drops it, and so does its negation.
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:age ?a FILTER(!(?a < 100)) }").isEmpty)
    }

    @Test("dates compare as dates")
    func dates() throws {
        let query = "SELECT ?x WHERE { ?x ex:born ?d FILTER(?d > \"1999-01-01\"^^xsd:date) }"
        #expect(try graph.rows(query) == ["<ex:b>"])
    }

    @Test("&&, || and ! follow SPARQL's rules for errors")
    func logic() throws {
        // The error on "unknown" is absorbed by a true right-hand side of ||.
        let query = "SELECT ?x WHERE { ?x ex:age ?a FILTER(?a > 100 || isLiteral(?a)) }"
        #expect(try graph.rows(query).count == 4)
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:age ?a FILTER(?a > 20 && ?a < 35) }") == ["<ex:a>", "<ex:b>"])
    }

    @Test("string functions, regex and language")
    func strings() throws {
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:name ?n FILTER(regex(?n, \"^b\", \"i\")) }") == ["<ex:b>"])
        #expect(try graph.rows("SELECT (UCASE(?n) AS ?u) WHERE { ex:b ex:name ?n }") == ["\"BOB\"@en"])
        #expect(
            try graph.rows("SELECT (LANG(?n) AS ?l) (STR(?n) AS ?s) WHERE { ex:b ex:name ?n }") == ["\"en\" \"Bob\""])
        #expect(
            try graph.rows("SELECT ?x WHERE { ?x ex:name ?n FILTER(CONTAINS(LCASE(?n), \"o\") && STRENDS(?n, \"l\")) }")
                == ["<ex:c>"])
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:name ?n FILTER(STRSTARTS(?n, \"A\")) }") == ["<ex:a>"])
    }

    @Test("term tests and IN")
    func termTests() throws {
        #expect(try graph.rows("SELECT ?v WHERE { ex:c ?p ?v FILTER(isIRI(?v)) }") == ["<ex:a>", "<ex:d>"])
        #expect(
            try graph.rows("SELECT ?x WHERE { ?x ex:age ?a FILTER(?a IN (30, \"unknown\")) }") == ["<ex:a>", "<ex:d>"])
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:age ?a FILTER(?a NOT IN (30, 41)) }") == ["<ex:b>", "<ex:d>"])
    }

    @Test("arithmetic keeps exact decimals and writes values canonically")
    func arithmetic() throws {
        #expect(
            try graph.rows("SELECT (1/3 AS ?x) (1.0 + 1 AS ?y) (2 * 3 AS ?z) WHERE {}") == [
                "\"0.333333333333333333\"^^<http://www.w3.org/2001/XMLSchema#decimal> "
                    + "\"2\"^^<http://www.w3.org/2001/XMLSchema#decimal> \"6\"^^<http://www.w3.org/2001/XMLSchema#integer>"
            ])
        #expect(
            try graph.rows("SELECT ?a WHERE { ex:c ex:age ?a }") == [
                "\"41\"^^<http://www.w3.org/2001/XMLSchema#double>"
            ])
    }
}
