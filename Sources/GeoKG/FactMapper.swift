public import GeoKGArticles
public import GeoKGExtraction
public import GeoKGOntology
public import GeoKGRDF

/// Turns one article's extraction into statements of its named graph (the article's URL):
/// the article node, each entity with its type and names, a direct triple for each fact that is not
/// negated, and an event node per fact that keeps its relation, modality, CAMEO code, date, the kind of rule that
/// found it with that kind's measured confidence, and its evidence.
public struct FactMapper: Sendable {
    private let ontology: Ontology

    /// The namespace of fact (event) nodes.
    public static let facts = Namespace(prefix: "fact", iri: "https://w3id.org/geokg/fact/")

    public init(ontology: Ontology) {
        self.ontology = ontology
    }

    /// The article's IRI: its URL, with characters IRIs may not hold percent-encoded.
    public static func articleIRI(_ article: Article) -> IRI {
        articleIRI(url: article.url)
    }

    /// The IRI of the article at `url`: the URL, with characters IRIs may not hold percent-encoded.
    public static func articleIRI(url: String) -> IRI {
        // Most URLs are IRIs as they are, which percent-encoding (of forbidden characters and DEL) keeps.
        if !url.utf8.contains(0x7F), let iri = try? IRI(url) { return iri }
        let encoded = IRI.percentEncoding(url)
        return (try? IRI(encoded)) ?? IRI(unchecked: "urn:geokg:article:" + IRI.percentEncoding(encoded))
    }

    /// The statements for `article` and what was extracted from it, in a fixed order.
    public func statements(for article: Article, extraction: Extraction) -> [Quad] {
        var out: [Quad] = []
        out.reserveCapacity(4 + 5 * extraction.entities.count + 11 * extraction.facts.count)
        let graph = Term.iri(Self.articleIRI(article))
        forEachTriple(for: article, extraction: extraction) { out.append(Quad($0, $1, $2, graph: graph)) }
        return out
    }

    /// Calls `body` with the subject, predicate and object of each of `statements(for:extraction:)` in
    /// turn, without collecting them or naming their graph (always `articleIRI(article)`): for writers,
    /// which serialize each statement as it comes and the graph once.
    public func forEachTriple(for article: Article, extraction: Extraction, _ add: (Term, IRI, Term) -> Void) {
        let articleIRI = Term.iri(Self.articleIRI(article))
        let date = article.date.map { Term.literal(Literal($0, datatype: XSD.date)) }

        add(articleIRI, RDF.type, .iri(Terms.article))
        add(articleIRI, Terms.identifier, .literal(Literal(article.url)))
        if let title = article.title { add(articleIRI, Terms.title, .literal(Literal(title))) }
        if let date { add(articleIRI, Terms.date, date) }

        for entity in extraction.entities {
            let node = Term.iri(Namespaces.entity(entity.id))
            add(node, RDF.type, .iri(Namespaces.geo(entity.type.rawValue)))
            if let kind = entity.kind { add(node, RDF.type, .iri(Namespaces.geo(kind))) }
            add(node, RDFS.label, .literal(Literal(entity.name)))
            if let canonical = entity.canonicalName, canonical != entity.name {
                add(node, Terms.prefLabel, .literal(Literal(canonical)))
            }
            for alias in entity.aliases where alias != entity.name {
                add(node, Terms.altLabel, .literal(Literal(alias)))
            }
            if let wikidata = entity.wikidata { add(node, Terms.sameAs, .iri(Namespaces.wikidata(wikidata))) }
        }

        for fact in extraction.facts {
            let subject = Term.iri(Namespaces.entity(fact.subject))
            let object = Term.iri(Namespaces.entity(fact.object))
            let relation = Namespaces.geo(fact.relation)
            if fact.modality != .negated { add(subject, relation, object) }
            let node = Term.iri(Self.facts(factID(article: article, fact: fact)))
            add(node, RDF.type, .iri(GeoVocabulary.event))
            add(node, GeoVocabulary.relation, .iri(relation))
            add(node, GeoVocabulary.subject, subject)
            add(node, GeoVocabulary.object, object)
            add(node, GeoVocabulary.modality, .literal(Literal(fact.modality.rawValue)))
            let known = ontology.relation(fact.relation)
            if let code = fact.cameo ?? known?.cameoCodes.first {
                add(node, GeoVocabulary.cameoCode, .literal(Literal(code)))
            }
            if let date { add(node, Terms.date, date) }
            if known?.isEvent == true {
                if let eventDate = Self.dateLiteral(fact.eventDate ?? article.date) {
                    add(node, GeoVocabulary.eventDate, eventDate)
                }
            } else {
                let term = validity(of: fact, on: article.date)
                if let start = Self.dateLiteral(term.from) { add(node, GeoVocabulary.validFrom, start) }
                if let end = Self.dateLiteral(term.until) { add(node, GeoVocabulary.validUntil, end) }
            }
            add(node, GeoVocabulary.pattern, .literal(Literal(fact.pattern.rawValue)))
            if let confidence = ontology.confidence.confidence(
                pattern: fact.pattern.rawValue, modality: fact.modality.rawValue),
                let text = Ontology.decimal((confidence * 1000).rounded() / 1000)
            {
                add(node, GeoVocabulary.confidence, .literal(Literal(text, datatype: XSD.decimal)))
            }
            add(node, GeoVocabulary.evidence, .literal(Literal(fact.evidence)))
            add(node, Terms.wasDerivedFrom, articleIRI)
        }
    }

    /// When a standing relation held, from the gazetteer's terms of office and the title's qualifier, for an
    /// article of `date`:
    /// - a holder the text calls former ("former President X") left by the article's date: the last term the
    ///   gazetteer gives that ended by then, else a term held then cut short at that date, else just that end;
    /// - one it calls new ("newly appointed", "incoming") began then, unless the gazetteer's term held then says
    ///   when;
    /// - otherwise, the gazetteer's term held on that date, if any.
    private func validity(of fact: Fact, on date: String?) -> (from: String?, until: String?) {
        guard let date else { return (nil, nil) }
        let offices = ontology.gazetteer.entry(id: fact.subject)?.offices.filter { $0.of == fact.object } ?? []
        let held = offices.first { $0.isHeld(on: date) }
        switch fact.officeChange {
        case .ended:
            let past = offices.filter { $0.end.map { $0 <= date } ?? false }.max { ($0.end ?? "") < ($1.end ?? "") }
            if let past { return (past.start, past.end) }
            return (held?.start, date)
        case .began:
            return (held?.start ?? date, held?.end)
        case nil:
            return (held?.start, held?.end)
        }
    }

    /// A date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as a literal of the type its precision gives: `xsd:date`,
    /// `xsd:gYearMonth` or `xsd:gYear`.
    private static func dateLiteral(_ text: String?) -> Term? {
        guard let text else { return nil }
        switch text.count {
        case 10: return .literal(Literal(text, datatype: XSD.date))
        case 7: return .literal(Literal(text, datatype: XSD.gYearMonth))
        case 4: return .literal(Literal(text, datatype: XSD.gYear))
        default: return nil
        }
    }

    /// A stable id for a fact: a hash of its article, sentence, relation and entities.
    private func factID(article: Article, fact: Fact) -> String {
        ContentHash.ofLines(
            article.url, String(fact.sentenceIndex), fact.subject, fact.relation, fact.object, digits: 20)
    }
}

/// The fixed IRIs of an article's statements, made once rather than for every statement.
private enum Terms {
    static let article = Namespaces.geo("Article")
    static let identifier = Namespaces.dcterms("identifier")
    static let title = Namespaces.dcterms("title")
    static let date = Namespaces.dcterms("date")
    static let prefLabel = Namespaces.skos("prefLabel")
    static let altLabel = Namespaces.skos("altLabel")
    static let sameAs = Namespaces.owl("sameAs")
    static let wasDerivedFrom = Namespaces.prov("wasDerivedFrom")
}
