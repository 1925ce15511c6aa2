public import GeoKGRDF

/// A class of `Ontology/classes.tsv`: a top entity class or an organization kind.
public struct OntologyClass: Sendable, Hashable {
    /// The class id, also the local name of its IRI (`GovernmentBody`).
    public let id: String
    /// A lower-case English label (`government body`).
    public let label: String
    /// The id of the parent class, or `nil` for a top class.
    public let parent: String?
    /// One or two sentences saying what belongs to the class.
    public let comment: String

    /// Makes a class; `load(from:)` does this for every row of `classes.tsv`.
    public init(id: String, label: String, parent: String? = nil, comment: String = "") {
        self.id = id
        self.label = label
        self.parent = parent
        self.comment = comment
    }

    /// The class's IRI, `geo:` followed by its id.
    public var iri: IRI { Namespaces.geo(id) }
}
