import Testing

@Suite("SPARQL aggregates and solution modifiers")
struct ModifierTests {
    let graph: QueryFixture

    init() throws {
        graph = try QueryFixture(socialGraph)
    }

    @Test("GROUP BY with COUNT, DISTINCT and HAVING")
    func grouping() throws {
        #expect(
            try graph.rows("SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ex:knows ?y } GROUP BY ?x HAVING (COUNT(?y) > 1)")
                == [
                    "<ex:c> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>"
                ])
        #expect(
            try graph.rows("SELECT (COUNT(DISTINCT ?x) AS ?n) (COUNT(*) AS ?all) WHERE { ?x ex:knows ?y }") == [
                "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer>"
            ])
        // HAVING sees group keys and aggregates, not SELECT's names.
        #expect(
            try graph.rows("SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ex:knows ?y } GROUP BY ?x HAVING (?n > 1)").isEmpty)
    }

    @Test("aggregates over no solutions: one empty group without GROUP BY, none with it")
    func emptyGroups() throws {
        let integerZero = "\"0\"^^<http://www.w3.org/2001/XMLSchema#integer>"
        #expect(
            try graph.rows(
                "SELECT (COUNT(*) AS ?n) (SUM(?v) AS ?s) (AVG(?v) AS ?a) (MIN(?v) AS ?m) WHERE { ?x ex:none ?v }") == [
                    "\(integerZero) \(integerZero) \(integerZero) -"
                ])
        #expect(try graph.rows("SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ex:none ?v } GROUP BY ?x").isEmpty)
    }

    @Test("SUM, AVG, MIN and MAX across numeric types")
    func numericAggregates() throws {
        let query =
            "SELECT (SUM(?a) AS ?s) (MIN(?a) AS ?lo) (MAX(?a) AS ?hi) WHERE { ?x ex:age ?a FILTER(isNumeric(?a)) }"
        #expect(
            try graph.rows(query) == [
                "\"96.5\"^^<http://www.w3.org/2001/XMLSchema#double> \"25.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> "
                    + "\"41\"^^<http://www.w3.org/2001/XMLSchema#double>"
            ])
    }

    @Test("ORDER BY puts unbound first, then blank nodes, IRIs and literals, numbers by value")
    func mixedOrder() throws {
        let query = "SELECT ?v WHERE { VALUES ?v { 10 \"b\" ex:z 9.5 UNDEF \"a\" 2e0 } } ORDER BY ?v"
        #expect(
            try graph.rows(query, ordered: true) == [
                "-", "<ex:z>", "\"2\"^^<http://www.w3.org/2001/XMLSchema#double>",
                "\"9.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
                "\"10\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                "\"a\"", "\"b\"",
            ])
    }

    @Test("several keys, DESC, LIMIT and OFFSET")
    func slicing() throws {
        let query = "SELECT ?x ?y WHERE { ?x ex:knows ?y } ORDER BY DESC(?x) ?y LIMIT 2 OFFSET 1"
        #expect(try graph.rows(query, ordered: true) == ["<ex:c> <ex:d>", "<ex:b> <ex:c>"])
        #expect(try graph.rows("SELECT DISTINCT ?x WHERE { ?x ex:knows ?y }") == ["<ex:a>", "<ex:b>", "<ex:c>"])
    }
}
