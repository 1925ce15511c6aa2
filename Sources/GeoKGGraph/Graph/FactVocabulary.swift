import GeoKGOntology
public import GeoKGRDF

/// The predicates that describe entities and facts, in the two shapes geokg reads: its own (what ingest
/// writes) and that of imported event data (ICEWS and GDELT converted by `to_ntriples.py`). A store may hold
/// either or both; predicates it lacks are simply not found.
public struct FactVocabulary: Sendable {
    /// Classes whose members are relations: the predicates of the direct `entity relation entity` triples.
    public var relationClasses: [IRI]
    /// Classes whose members are facts (event nodes).
    public var factClasses: [IRI]
    /// Classes of nodes that gather facts (consolidated facts): they have a subject, relation and object too,
    /// but are not reports of their own.
    public var gatheringClasses: [IRI]
    /// Predicates from a consolidated fact to the facts (event nodes) it gathers.
    public var mention: [IRI]
    /// Predicates from a fact (event node) to the entity that acts.
    public var subject: [IRI]
    /// Predicates from a fact to the entity acted on.
    public var object: [IRI]
    /// Predicates from a fact to its relation.
    public var relation: [IRI]
    /// Predicates from a fact to its date.
    public var date: [IRI]
    /// Predicates from a fact to the sentence that states it.
    public var evidence: [IRI]
    /// Predicates from a fact to its modality (`asserted`, `planned`, `negated`).
    public var modality: [IRI]
    /// Predicates from a fact to the article or URL it was read from.
    public var source: [IRI]
    /// Predicates from a fact or a relation to its Goldstein weight.
    public var goldstein: [IRI]
    /// Predicates from a standing fact to when it began and ended.
    public var validFrom: [IRI]
    public var validUntil: [IRI]
    /// Predicates from a fact to how likely it is right.
    public var confidence: [IRI]
    /// Predicates from a relation to its CAMEO codes.
    public var cameoCode: [IRI]
    /// Predicates from an entity or relation to its name.
    public var label: [IRI]
    /// Predicates from an entity to its other names.
    public var alias: [IRI]
    /// Predicates from an entity to the same thing elsewhere (a Wikidata item).
    public var sameAs: [IRI]

    /// Both shapes at once.
    public static let standard = FactVocabulary(
        relationClasses: [Namespaces.owl("ObjectProperty"), eventData("Relation")],
        factClasses: [GeoVocabulary.event, eventData("Event")],
        gatheringClasses: [GeoVocabulary.fact],
        mention: [GeoVocabulary.mention],
        subject: [GeoVocabulary.subject, eventData("actor1")],
        object: [GeoVocabulary.object, eventData("actor2")],
        relation: [GeoVocabulary.relation, eventData("relation")],
        date: [Namespaces.dcterms("date"), eventData("date")],
        evidence: [GeoVocabulary.evidence],
        modality: [GeoVocabulary.modality],
        source: [Namespaces.prov("wasDerivedFrom"), GeoVocabulary.article, eventData("sourceURL")],
        goldstein: [GeoVocabulary.goldstein, eventData("goldstein")],
        validFrom: [GeoVocabulary.validFrom], validUntil: [GeoVocabulary.validUntil],
        confidence: [GeoVocabulary.confidence],
        cameoCode: [GeoVocabulary.cameoCode, eventData("cameoCode")],
        label: [RDFS.label, Namespaces.skos("prefLabel")],
        alias: [Namespaces.skos("altLabel")],
        sameAs: [Namespaces.owl("sameAs")])

    /// The vocabulary of imported event data (`to_ntriples.py`'s default base).
    public static let eventData = Namespace(prefix: "ev", iri: "http://example.org/geokg/ont#")

    /// Every predicate that describes a fact, a name or a class: never a relation between entities, even where
    /// an ontology declares it an object property.
    var descriptive: [IRI] {
        subject + object + relation + date + evidence + modality + source + goldstein + cameoCode + label + alias
            + sameAs + mention + validFrom + validUntil + confidence + [RDF.type]
    }

    /// Classes whose members are not entities: the ontology's own, facts, relations and articles.
    public var nonEntityClasses: [IRI] {
        factClasses + gatheringClasses + relationClasses + [
            Namespaces.geo("Article"), Namespaces.owl("Class"), Namespaces.owl("Ontology"),
            Namespaces.owl("DatatypeProperty"), Namespaces.owl("AnnotationProperty"),
            Namespaces.owl("SymmetricProperty"),
            Namespaces.rdfs("Class"), Namespaces.rdf("Property"),
        ]
    }

    /// The modality of facts that are denied, which draw no edge.
    static let negated = "negated"
    /// The modality of facts announced but not yet done, drawn dashed.
    static let planned = "planned"
}
