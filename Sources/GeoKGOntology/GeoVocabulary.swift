public import GeoKGRDF

/// The fixed terms of the `geo:` namespace: those not read from `Ontology/` files.
///
/// Classes and relations come from `classes.tsv` and `relations.tsv` (use `EntityType.iri`,
/// `OntologyClass.iri`, `RelationType.iri`); these are the superclass of every entity, the
/// annotation properties that list a relation's allowed classes, and the vocabulary of event nodes.
/// An event node records one extracted fact with its provenance:
///
/// ```turtle
/// _:e a geo:Event ; geo:relation geo:meets ; geo:subject entity:AntonyBlinken ;
///     geo:object entity:WangYi ; geo:modality "asserted" ; geo:cameoCode "040" ;
///     geo:evidence "Secretary Blinken met Wang Yi…" ; geo:article <https://www.state.gov/…> .
/// ```
///
/// A consolidated fact (`geo:Fact`, in the named graph `factsGraph`) gathers the event nodes of every article
/// that reports one subject, relation and object within a few days of one another:
///
/// ```turtle
/// <https://w3id.org/geokg/facts/…> a geo:Fact ; geo:subject … ; geo:relation geo:meets ; geo:object … ;
///     geo:modality "asserted" ; geo:mention _:e1, _:e2 ; geo:sourceCount 2 ;
///     geo:firstReported "2025-05-10"^^xsd:date ; geo:lastReported "2025-05-11"^^xsd:date ;
///     geo:eventDate "2025-05-10"^^xsd:date ; geo:confidence 0.93 .
/// ```
public enum GeoVocabulary {
    /// The ontology itself, `https://w3id.org/geokg/ontology` (the `geo:` namespace without its `#`).
    public static let ontology = IRI(unchecked: String(Namespaces.geo.iri.dropLast()))
    /// `geo:Entity`, the superclass of the six top classes.
    public static let entity = Namespaces.geo("Entity")
    /// `geo:domainIncludes`: one class a relation's subject may have.
    public static let domainIncludes = Namespaces.geo("domainIncludes")
    /// `geo:rangeIncludes`: one class a relation's object may have.
    public static let rangeIncludes = Namespaces.geo("rangeIncludes")
    /// `geo:Event`, the class of event nodes.
    public static let event = Namespaces.geo("Event")
    /// `geo:relation`: the relation an event node states (`geo:meets`).
    public static let relation = Namespaces.geo("relation")
    /// `geo:subject`: the entity that acts.
    public static let subject = Namespaces.geo("subject")
    /// `geo:object`: the entity acted on.
    public static let object = Namespaces.geo("object")
    /// `geo:modality`: `"asserted"`, `"planned"` or `"negated"`.
    public static let modality = Namespaces.geo("modality")
    /// `geo:cameoCode`: a CAMEO event code as a string (`"040"`), of a relation or an event node.
    public static let cameoCode = Namespaces.geo("cameoCode")
    /// `geo:goldstein`: a Goldstein weight as an `xsd:decimal`, of a relation or an event node.
    public static let goldstein = Namespaces.geo("goldstein")
    /// `geo:evidence`: the sentence that states the fact.
    public static let evidence = Namespaces.geo("evidence")
    /// `geo:eventDate`: when an event happened or is planned, as its sentence or else its article dates it.
    public static let eventDate = Namespaces.geo("eventDate")
    /// `geo:validFrom`: when a standing relation began, as the gazetteer's term of office gives it.
    public static let validFrom = Namespaces.geo("validFrom")
    /// `geo:validUntil`: when a standing relation ended (or ends), as the gazetteer's term of office gives it.
    public static let validUntil = Namespaces.geo("validUntil")
    /// `geo:article`: the article (its URL) the fact was read from.
    public static let article = Namespaces.geo("article")
    /// `geo:pattern`: the kind of extraction rule that found an event (`"verbal"`, `"title"`...).
    public static let pattern = Namespaces.geo("pattern")
    /// `geo:confidence`: how likely a fact is right, from 0 to 1, as an `xsd:decimal`: of an event node, from its
    /// extraction pattern's measured precision; of a consolidated fact, from its reports together.
    public static let confidence = Namespaces.geo("confidence")

    /// `geo:Fact`, the class of consolidated facts: one subject, relation and object reported by one or more
    /// articles.
    public static let fact = Namespaces.geo("Fact")
    /// The named graph that holds the consolidated facts, `https://w3id.org/geokg/facts`.
    public static let factsGraph = ComputedGraphs.facts
    /// `geo:mention`: from a consolidated fact to one event node that reports it.
    public static let mention = Namespaces.geo("mention")
    /// `geo:sourceCount`: how many distinct articles (or, for imported event data, sources) report a fact without
    /// denying it, as an `xsd:integer`.
    public static let sourceCount = Namespaces.geo("sourceCount")
    /// `geo:negatedCount`: how many distinct articles deny a fact, as an `xsd:integer`; absent when none does.
    public static let negatedCount = Namespaces.geo("negatedCount")
    /// `geo:firstReported`: the date of the earliest article that reports a fact, as an `xsd:date`.
    public static let firstReported = Namespaces.geo("firstReported")
    /// `geo:lastReported`: the date of the latest article that reports a fact, as an `xsd:date`.
    public static let lastReported = Namespaces.geo("lastReported")
}
