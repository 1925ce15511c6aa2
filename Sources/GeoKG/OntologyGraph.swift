public import GeoKGOntology
public import GeoKGRDF
public import GeoKGStore

/// The ontology's own description (classes and relations), kept in the store as a named graph so that
/// `geokg export` includes it.
public enum OntologyGraph {
    /// The graph's name.
    public static let name = GeoVocabulary.ontology

    /// The ontology's statements.
    public static func statements(_ ontology: Ontology) -> [Quad] {
        ontology.rdfTriples().map { Quad($0, graph: .iri(name)) }
    }

    /// The graph update that stores the ontology (unchanged when the store already holds this version).
    public static func update(_ ontology: Ontology) -> GraphUpdate {
        let statements = statements(ontology)
        return GraphUpdate(
            graph: name, contentHash: ContentHash.ofText(statements.map(\.description).joined(separator: "\n")),
            name: "ontology", statements: statements)
    }
}
