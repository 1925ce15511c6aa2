import GeoKGRDF
import Testing

/// Turtle as `geokg export --format turtle` and the server write it.
@Suite("Turtle writer")
struct TurtleWriterTests {
    static let geo = Namespaces.geo
    static let entity = Namespaces.entity

    func written(_ triples: [Triple]) throws -> String {
        var text = ""
        let writer = TurtleWriter(namespaces: [Self.geo, Self.entity, Namespaces.rdf, Namespaces.xsd]) { text += $0 }
        for triple in triples { try writer.write(triple) }
        try writer.finish()
        return text
    }

    @Test("prefixes come first; a subject's triples are grouped with ; and one predicate's objects with ,")
    func grouping() throws {
        let china = Term.iri(Self.entity("China"))
        let text = try written([
            Triple(china, RDF.type, .iri(Self.geo("Country"))),
            Triple(china, Self.geo("meets"), .iri(Self.entity("Japan"))),
            Triple(china, Self.geo("meets"), .iri(Self.entity("India"))),
            Triple(.iri(Self.entity("Japan")), Self.geo("meets"), china),
        ])
        #expect(
            text == """
                @prefix entity: <https://w3id.org/geokg/entity/> .
                @prefix geo: <https://w3id.org/geokg/ontology#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

                entity:China a geo:Country ;
                    geo:meets entity:Japan,
                        entity:India .
                entity:Japan geo:meets entity:China .

                """)
    }

    @Test("awkward local names stay full IRIs; literals keep escapes, languages and datatypes; blank nodes stay")
    func terms() throws {
        let text = try written([
            Triple(.iri(Self.entity("Côte_d'Ivoire")), Self.geo("label"), .literal(Literal("a \"quoted\"\nline\\"))),
            Triple(.iri(Self.entity("ends.")), Self.geo("name"), .literal(try Literal("Chine", language: "fr"))),
            Triple(.iri(Self.entity("-x")), Self.geo("count"), .literal(Literal("7", datatype: XSD.integer))),
            Triple(.blank(try BlankNode("b1")), Self.geo("note"), .iri(IRI(unchecked: "http://example.org/a b"))),
        ])
        #expect(
            text.contains("<https://w3id.org/geokg/entity/Côte_d'Ivoire> geo:label \"a \\\"quoted\\\"\\nline\\\\\" ."))
        #expect(text.contains("<https://w3id.org/geokg/entity/ends.> geo:name \"Chine\"@fr ."))
        #expect(text.contains("<https://w3id.org/geokg/entity/-x> geo:count \"7\"^^xsd:integer ."))
        #expect(text.contains("_:b1 geo:note <http://example.org/a"))
    }

    @Test("with no triples, only the prefixes are written")
    func empty() throws {
        #expect(try written([]).hasSuffix("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n"))
    }
}
