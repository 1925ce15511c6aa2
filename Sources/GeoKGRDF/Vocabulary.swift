/// A namespace: a prefix and the IRI that local names are appended to.
public struct Namespace: Hashable, Sendable {
    /// The usual prefix, such as `rdf`.
    public let prefix: String
    /// The namespace IRI, ending in `#` or `/`.
    public let iri: String

    /// Makes a namespace from its prefix and IRI.
    public init(prefix: String, iri: String) {
        self.prefix = prefix
        self.iri = iri
    }

    /// The IRI of `localName` in this namespace: `Namespaces.rdf("type")`.
    public func callAsFunction(_ localName: String) -> IRI {
        IRI(unchecked: iri + localName)
    }
}

/// The namespaces geokg writes and understands.
public enum Namespaces {
    /// geokg's classes and relations.
    public static let geo = Namespace(prefix: "geo", iri: "https://w3id.org/geokg/ontology#")
    /// geokg's entities: countries, people, organizations, groups, commodities.
    public static let entity = Namespace(prefix: "entity", iri: "https://w3id.org/geokg/entity/")
    public static let rdf = Namespace(prefix: "rdf", iri: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    public static let rdfs = Namespace(prefix: "rdfs", iri: "http://www.w3.org/2000/01/rdf-schema#")
    public static let owl = Namespace(prefix: "owl", iri: "http://www.w3.org/2002/07/owl#")
    public static let xsd = Namespace(prefix: "xsd", iri: "http://www.w3.org/2001/XMLSchema#")
    public static let skos = Namespace(prefix: "skos", iri: "http://www.w3.org/2004/02/skos/core#")
    public static let dcterms = Namespace(prefix: "dcterms", iri: "http://purl.org/dc/terms/")
    public static let prov = Namespace(prefix: "prov", iri: "http://www.w3.org/ns/prov#")
    /// Wikidata entities, for `owl:sameAs` links.
    public static let wikidata = Namespace(prefix: "wd", iri: "http://www.wikidata.org/entity/")

    /// Every namespace above, in the order prefixes are shown.
    public static let all: [Namespace] = [geo, entity, rdf, rdfs, owl, xsd, skos, dcterms, prov, wikidata]
}

/// The named graphs geokg computes itself rather than loads.
public enum ComputedGraphs {
    /// The consolidated facts, each gathering the reports of one event or standing relation.
    public static let facts = IRI(unchecked: "https://w3id.org/geokg/facts")
}

/// Terms of the RDF namespace.
public enum RDF {
    public static let type = Namespaces.rdf("type")
    public static let langString = Namespaces.rdf("langString")
}

/// Terms of the RDF Schema namespace.
public enum RDFS {
    public static let label = Namespaces.rdfs("label")
    public static let comment = Namespaces.rdfs("comment")
    public static let domain = Namespaces.rdfs("domain")
    public static let range = Namespaces.rdfs("range")
    public static let subClassOf = Namespaces.rdfs("subClassOf")
}

/// XML Schema datatypes.
public enum XSD {
    public static let string = Namespaces.xsd("string")
    public static let boolean = Namespaces.xsd("boolean")
    public static let integer = Namespaces.xsd("integer")
    public static let decimal = Namespaces.xsd("decimal")
    public static let double = Namespaces.xsd("double")
    public static let date = Namespaces.xsd("date")
    public static let dateTime = Namespaces.xsd("dateTime")
    public static let gYearMonth = Namespaces.xsd("gYearMonth")
    public static let gYear = Namespaces.xsd("gYear")
}
