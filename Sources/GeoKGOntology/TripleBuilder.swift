import GeoKGRDF

/// Collects triples in the order they are added, for `Ontology.rdfTriples()`.
struct TripleBuilder {
    /// The triples added so far.
    private(set) var triples: [Triple] = []

    /// Adds `subject predicate object` with an IRI object.
    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: IRI) {
        triples.append(Triple(.iri(subject), predicate, .iri(object)))
    }

    /// Adds `subject predicate "text"` with a plain string object.
    mutating func add(_ subject: IRI, _ predicate: IRI, _ text: String) {
        triples.append(Triple(.iri(subject), predicate, .literal(Literal(text))))
    }

    /// Adds `subject predicate "lexicalForm"^^datatype`.
    mutating func add(_ subject: IRI, _ predicate: IRI, _ lexicalForm: String, datatype: IRI) {
        triples.append(Triple(.iri(subject), predicate, .literal(Literal(lexicalForm, datatype: datatype))))
    }

    /// Adds `subject a type; rdfs:label label; rdfs:comment comment`, leaving out an empty comment.
    mutating func declare(_ subject: IRI, as type: IRI, label: String, comment: String) {
        add(subject, RDF.type, type)
        add(subject, RDFS.label, label)
        if !comment.isEmpty { add(subject, RDFS.comment, comment) }
    }
}
