public import GeoKGRDF

/// The six top classes of geokg's entities, as named in `Ontology/classes.tsv`.
///
/// Raw values are the class ids (`"Country"`), which are also the local names of the classes'
/// IRIs under `Namespaces.geo`.
public enum EntityType: String, CaseIterable, Sendable, Codable {
    case country = "Country"
    case person = "Person"
    case organization = "Organization"
    case group = "Group"
    case location = "Location"
    case commodity = "Commodity"

    /// The class's IRI, `geo:Country` and so on.
    public var iri: IRI { Namespaces.geo(rawValue) }
}
