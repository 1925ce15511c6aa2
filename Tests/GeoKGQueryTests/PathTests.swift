import Testing

@Suite("SPARQL property paths")
struct PathTests {
    let graph: QueryFixture

    init() throws {
        graph = try QueryFixture(socialGraph)
    }

    @Test("+ and * follow a cycle to its end, each node once")
    func closures() throws {
        #expect(try graph.rows("SELECT ?x WHERE { ex:a ex:knows+ ?x }") == ["<ex:a>", "<ex:b>", "<ex:c>", "<ex:d>"])
        #expect(try graph.rows("SELECT ?x WHERE { ex:d ex:knows* ?x }") == ["<ex:d>"])
        #expect(try graph.rows("SELECT ?x WHERE { ?x ex:knows+ ex:d }") == ["<ex:a>", "<ex:b>", "<ex:c>"])
        #expect(try graph.rows("SELECT ?x ?y WHERE { ?x ex:knows+ ?y }").count == 12)
        #expect(try graph.rows("SELECT ?x WHERE { ex:nobody ex:knows* ?x }").isEmpty)
    }

    @Test("? adds the zero-length step; ^ reverses; / chains; | chooses")
    func operators() throws {
        #expect(try graph.rows("SELECT ?x WHERE { ex:c ex:knows? ?x }") == ["<ex:a>", "<ex:c>", "<ex:d>"])
        #expect(try graph.rows("SELECT ?x WHERE { ex:a ^ex:knows ?x }") == ["<ex:c>"])
        #expect(try graph.rows("SELECT ?n WHERE { ex:a ex:knows/ex:knows/ex:name ?n }") == ["\"carol\""])
        #expect(try graph.rows("SELECT ?v WHERE { ex:b (ex:name|ex:age) ?v }").count == 2)
        #expect(try graph.rows("SELECT ?x WHERE { ?x (ex:knows/ex:knows)+ ex:a }") == ["<ex:a>", "<ex:b>", "<ex:c>"])
    }
}
