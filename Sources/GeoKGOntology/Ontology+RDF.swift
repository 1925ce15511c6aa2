public import GeoKGRDF

extension Ontology {
    /// The ontology as RDF triples, in a deterministic order.
    ///
    /// Each class is `geo:X a owl:Class; rdfs:label; rdfs:comment; rdfs:subClassOf geo:Parent`,
    /// each relation `geo:r a owl:ObjectProperty; rdfs:label; rdfs:comment; rdfs:domain; rdfs:range;
    /// geo:cameoCode "040"...; geo:goldstein "1.0"^^xsd:decimal`, symmetric ones also `a owl:SymmetricProperty`;
    /// plus the event-node vocabulary of `GeoVocabulary`.
    ///
    /// Choices made:
    /// - The six top classes are `rdfs:subClassOf geo:Entity`, a class of its own, so every entity has a common
    ///   superclass; organization kinds are subclasses of `geo:Organization`.
    /// - A relation whose domain (range) is one class has that class as `rdfs:domain` (`rdfs:range`); one whose
    ///   domain lists several has `geo:Entity`, a true if loose statement, since an `owl:unionOf` would need
    ///   blank nodes. The exact classes are listed, one triple each, with the annotation properties
    ///   `geo:domainIncludes` and `geo:rangeIncludes` (as schema.org's `domainIncludes`), for every relation.
    /// - `geo:goldstein` is written for event relations only; standing relations have none.
    /// - No relation is used as a predicate, so the export states no fact between entities.
    /// - Labels and comments are plain `xsd:string` literals; comments are left out when empty.
    ///
    /// Triples come in this order: the `owl:Ontology` header, `geo:Entity`, the classes in file order, the two
    /// annotation properties, the relations in file order, then `geo:Event` and its properties.
    ///
    /// - Returns: the triples, the same for the same ontology.
    /// - Complexity: linear in the number of classes and relations; the gazetteer and lexicon are not exported.
    public func rdfTriples() -> [Triple] {
        let owl = Namespaces.owl
        var builder = TripleBuilder()
        builder.declare(
            GeoVocabulary.ontology, as: owl("Ontology"), label: "geokg ontology",
            comment: "Classes and relations of geokg's knowledge graph of geopolitical actors, and the vocabulary "
                + "of its event nodes.")

        builder.declare(
            GeoVocabulary.entity, as: owl("Class"), label: "entity",
            comment: "Anything geokg names under its entity namespace: a country, person, organization, group, "
                + "location or commodity.")
        for ontologyClass in classes {
            builder.declare(
                ontologyClass.iri, as: owl("Class"), label: ontologyClass.label, comment: ontologyClass.comment)
            let parent = ontologyClass.parent.map { Namespaces.geo($0) } ?? GeoVocabulary.entity
            builder.add(ontologyClass.iri, RDFS.subClassOf, parent)
        }

        for (property, side) in [(GeoVocabulary.domainIncludes, "subject"), (GeoVocabulary.rangeIncludes, "object")] {
            builder.declare(
                property, as: owl("AnnotationProperty"),
                label: side == "subject" ? "domain includes" : "range includes",
                comment: "A class the \(side) of the relation may have; a relation lists one triple per allowed class.")
        }

        for relation in relations {
            builder.declare(relation.iri, as: owl("ObjectProperty"), label: relation.label, comment: relation.comment)
            if relation.isSymmetric { builder.add(relation.iri, RDF.type, owl("SymmetricProperty")) }
            builder.add(relation.iri, RDFS.domain, Self.bound(relation.domain))
            builder.add(relation.iri, RDFS.range, Self.bound(relation.range))
            for type in relation.domain { builder.add(relation.iri, GeoVocabulary.domainIncludes, type.iri) }
            for type in relation.range { builder.add(relation.iri, GeoVocabulary.rangeIncludes, type.iri) }
            for code in relation.cameoCodes { builder.add(relation.iri, GeoVocabulary.cameoCode, code) }
            if relation.isEvent, let weight = Self.decimal(relation.goldstein) {
                builder.add(relation.iri, GeoVocabulary.goldstein, weight, datatype: XSD.decimal)
            }
        }

        Self.addEventVocabulary(to: &builder)
        return builder.triples
    }

    /// Adds `geo:Event` and the properties of event nodes.
    private static func addEventVocabulary(to builder: inout TripleBuilder) {
        let owl = Namespaces.owl
        let event = GeoVocabulary.event
        builder.declare(
            event, as: owl("Class"), label: "event",
            comment: "One fact read from an article: a relation from a subject to an object, with its modality, "
                + "CAMEO code and evidence.")
        let fact = GeoVocabulary.fact
        builder.declare(
            fact, as: owl("Class"), label: "fact",
            comment: "One relation from a subject to an object as all the articles that report it within a few days "
                + "tell it (standing relations: whenever they report it), in the graph https://w3id.org/geokg/facts.")
        // Properties shared by events and facts have no domain: two rdfs:domain statements would mean both classes.
        let properties: [(iri: IRI, type: String, label: String, domain: IRI?, range: IRI?, comment: String)] = [
            (
                GeoVocabulary.relation, "ObjectProperty", "relation", nil, Namespaces.rdf("Property"),
                "The relation an event or fact states, such as geo:meets."
            ),
            (GeoVocabulary.subject, "ObjectProperty", "subject", nil, GeoVocabulary.entity, "The entity that acts."),
            (GeoVocabulary.object, "ObjectProperty", "object", nil, GeoVocabulary.entity, "The entity acted on."),
            (
                GeoVocabulary.modality, "DatatypeProperty", "modality", nil, XSD.string,
                "Whether the text asserts the event (\"asserted\"), reports it as planned or expected (\"planned\"), "
                    + "or denies it (\"negated\"); of a fact, asserted when any report asserts it, else planned when "
                    + "any plans it, else negated."
            ),
            (
                GeoVocabulary.cameoCode, "DatatypeProperty", "CAMEO code", nil, XSD.string,
                "A CAMEO event code as a string of digits (\"040\"): of a relation, the codes it covers; of an event, "
                    + "its code."
            ),
            (
                GeoVocabulary.goldstein, "DatatypeProperty", "Goldstein weight", nil, XSD.decimal,
                "The Goldstein weight, from -10 (most conflictual) to +10 (most cooperative), of a relation's main "
                    + "CAMEO code or of an event."
            ),
            (
                GeoVocabulary.evidence, "DatatypeProperty", "evidence", event, XSD.string,
                "The sentence of the article that states the event."
            ),
            (
                GeoVocabulary.eventDate, "DatatypeProperty", "event date", nil, nil,
                "When the event happened or is planned: the date its sentence gives (an xsd:date, or an "
                    + "xsd:gYearMonth or xsd:gYear for \"last month\" or \"last year\"), else the article's date."
            ),
            (
                GeoVocabulary.validFrom, "DatatypeProperty", "valid from", nil, nil,
                "When a standing relation (leads, member of) began: the start of the term of office the gazetteer "
                    + "gives for the article's date."
            ),
            (
                GeoVocabulary.validUntil, "DatatypeProperty", "valid until", nil, nil,
                "When a standing relation ended or is due to end: the end of the term of office the gazetteer gives "
                    + "for the article's date."
            ),
            (
                GeoVocabulary.article, "ObjectProperty", "article", event, nil,
                "The article the event was read from, named by its URL."
            ),
            (
                GeoVocabulary.pattern, "DatatypeProperty", "pattern", event, XSD.string,
                "The kind of extraction rule that found the event: verbal, object-first, nominal, compound, obligation, "
                    + "condition or title."
            ),
            (
                GeoVocabulary.confidence, "DatatypeProperty", "confidence", nil, XSD.decimal,
                "How likely the event or fact is right, from 0 to 1: of an event, the measured precision of the "
                    + "pattern that found it; of a fact, that of its reports together."
            ),
            (GeoVocabulary.mention, "ObjectProperty", "mention", fact, event, "An event node that reports the fact."),
            (
                GeoVocabulary.sourceCount, "DatatypeProperty", "source count", fact, XSD.integer,
                "How many distinct articles report the fact without denying it."
            ),
            (
                GeoVocabulary.negatedCount, "DatatypeProperty", "negated count", fact, XSD.integer,
                "How many distinct articles deny the fact."
            ),
            (
                GeoVocabulary.firstReported, "DatatypeProperty", "first reported", fact, XSD.date,
                "The date of the earliest article that reports the fact."
            ),
            (
                GeoVocabulary.lastReported, "DatatypeProperty", "last reported", fact, XSD.date,
                "The date of the latest article that reports the fact."
            ),
        ]
        for property in properties {
            builder.declare(property.iri, as: owl(property.type), label: property.label, comment: property.comment)
            if let domain = property.domain { builder.add(property.iri, RDFS.domain, domain) }
            if let range = property.range { builder.add(property.iri, RDFS.range, range) }
        }
    }

    /// The class that bounds a relation's domain or range: the one class listed, else `geo:Entity`.
    private static func bound(_ types: [EntityType]) -> IRI {
        guard types.count == 1, let only = types.first else { return GeoVocabulary.entity }
        return only.iri
    }

    /// `value` as an `xsd:decimal` lexical form with one to four decimals (`"1.0"`, `"-4.4"`),
    /// or `nil` when it is not finite or too large to write so.
    package static func decimal(_ value: Double) -> String? {
        guard value.isFinite, value.magnitude < 1e14 else { return nil }
        let scaled = Int64((value.magnitude * 10_000).rounded())
        var fraction = String(scaled % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.count > 1, fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return "\(sign)\(scaled / 10_000).\(fraction)"
    }
}
