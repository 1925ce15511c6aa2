public import GeoKGQuery

/// `geokg entities`: the entities of the graph with their type and number of facts, busiest first.
public struct EntityDirectory {
    private let engine: QueryEngine

    public init(engine: QueryEngine) {
        self.engine = engine
    }

    /// Entities of any of `types` (their subclasses count too; every entity when empty) whose label or alias
    /// contains `match` (ignoring case).
    public func list(types: [IRI] = [], match: String? = nil) throws -> ResultTable {
        var pattern = "?entity a ?class ; rdfs:label ?label ."
        if !types.isEmpty {
            pattern += " VALUES ?wanted { \(types.map { Term.iri($0).sparql }.joined(separator: " ")) }"
            pattern += " ?class rdfs:subClassOf* ?wanted ."
        } else {
            pattern += " FILTER(?class NOT IN (\(Self.nonEntityClasses.map { $0.sparql }.joined(separator: ", "))))"
        }
        if let match {
            pattern += """
                 ?entity rdfs:label|skos:altLabel ?name \
                FILTER(CONTAINS(LCASE(STR(?name)), \(match.lowercased().sparqlLiteral)))
                """
        }
        let query = """
            SELECT ?entity (MIN(?label) AS ?name) (MIN(?class) AS ?type) (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
              \(pattern)
              OPTIONAL { ?fact geo:subject|geo:object ?entity }
            } GROUP BY ?entity ORDER BY DESC(?facts) ?name
            """
        let result = try engine.select(query)
        return ResultTable(variables: ["entity", "label", "type", "facts"], rows: result.solutions)
    }

    /// Classes whose members are not entities: the ontology's own, events and articles.
    static let nonEntityClasses: [Term] = [
        GeoVocabulary.event, Namespaces.geo("Article"), Namespaces.owl("Class"), Namespaces.owl("Ontology"),
        Namespaces.owl("ObjectProperty"), Namespaces.owl("DatatypeProperty"), Namespaces.owl("AnnotationProperty"),
        Namespaces.owl("SymmetricProperty"), Namespaces.rdfs("Class"), Namespaces.rdf("Property"),
    ].map { .iri($0) }
}
