public import GeoKGQuery
public import GeoKGRDF

/// What a class name means, for `entities --type` and `render --type`: a local name in any case (`country` for
/// `geo:Country`, `actor` for the event data's `Actor`), a prefixed name or an IRI, among the classes the store
/// declares or gives its entities.
public struct ClassResolver {
    /// The classes of entities the store knows, in IRI order.
    private let classes: [IRI]

    /// Reads the classes `engine`'s store knows, leaving out those of facts, relations, articles and the
    /// ontology itself.
    /// - Throws: `StoreError` or `QueryError` when the store cannot be read.
    public init(engine: QueryEngine) throws {
        let query = """
            SELECT DISTINCT ?class WHERE {
              { ?class a owl:Class } UNION { ?class a rdfs:Class } UNION { ?member a ?class }
              FILTER(isIRI(?class) && ?class NOT IN (\(Self.excluded.map(\.sparql).joined(separator: ", "))))
            } ORDER BY ?class
            """
        classes = try engine.select(query).solutions.compactMap { row in
            guard case .iri(let iri)? = row[0] else { return nil }
            return iri
        }
    }

    /// Classes whose members are not entities.
    private static let excluded = FactVocabulary.standard.nonEntityClasses.map { Term.iri($0) }

    /// The classes `names` stand for (a name stands for several only when namespaces share a local name).
    /// - Throws: `UnknownNameError` for the first name that stands for none, naming the known classes nearest to it.
    public func resolve(_ names: [String]) throws -> [IRI] {
        try names.flatMap(resolve)
    }

    /// The classes one name stands for.
    private func resolve(_ name: String) throws -> [IRI] {
        let matches: [IRI]
        if let iri = EntityResolver.iri(name) {
            matches = classes.filter { $0 == iri }
        } else {
            matches = classes.filter { $0.localName.lowercased() == name.lowercased() }
        }
        guard !matches.isEmpty else {
            let names = classes.map(\.localName)
            throw UnknownNameError(
                .class, name, known: names, hint: "known classes: " + Set(names).sorted().joined(separator: ", "))
        }
        return matches
    }
}
