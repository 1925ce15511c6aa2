public import GeoKGQuery
public import GeoKGRDF

/// `geokg show`: everything known about one entity.
public struct EntityProfile {
    private let engine: QueryEngine

    public init(engine: QueryEngine) {
        self.engine = engine
    }

    /// What the entity is: its labels, aliases, classes and links.
    public func description(of entity: IRI) throws -> ResultTable {
        let query = """
            SELECT ?property ?value WHERE {
              VALUES ?property { rdfs:label skos:prefLabel skos:altLabel rdf:type owl:sameAs }
              \(Term.iri(entity).sparql) ?property ?value
            } ORDER BY ?property ?value
            """
        return ResultTable(variables: ["property", "value"], rows: try engine.select(query).solutions)
    }

    /// Its facts, grouped by relation: the other entity, whether this one is the subject or the object,
    /// modality, date, evidence sentence and source article.
    public func facts(of entity: IRI) throws -> ResultTable {
        let me = Term.iri(entity).sparql
        let query = """
            SELECT ?relation ?role ?other ?modality ?date ?evidence ?source WHERE {
              { ?fact geo:subject \(me) ; geo:object ?other . VALUES ?role { "subject" } }
              UNION
              { ?fact geo:object \(me) ; geo:subject ?other . VALUES ?role { "object" } }
              ?fact geo:relation ?relation .
              OPTIONAL { ?fact geo:modality ?modality }
              OPTIONAL { ?fact dcterms:date ?date }
              OPTIONAL { ?fact geo:evidence ?evidence }
              OPTIONAL { ?fact prov:wasDerivedFrom ?source }
            } ORDER BY ?relation ?role ?other ?date ?source
            """
        let result = try engine.select(query)
        return ResultTable(variables: result.variables, rows: result.solutions)
    }
}
