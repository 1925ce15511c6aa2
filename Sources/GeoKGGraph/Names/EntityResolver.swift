public import GeoKGErrors
public import GeoKGQuery
public import GeoKGRDF

/// Finds the entity a person means: by IRI (`<...>` or `https://...`), by prefixed name (`entity:China`), or
/// by label or alias, exact first and then ignoring case.
public struct EntityResolver {
    private let engine: QueryEngine

    public init(engine: QueryEngine) {
        self.engine = engine
    }

    /// An entity a name may stand for.
    public struct Candidate: Sendable, Equatable {
        public let iri: IRI
        public let label: String?
        public let type: IRI?
    }

    /// The entity `name` stands for.
    /// - Throws: `UnknownNameError` when nothing matches (with the nearest names), `ExplorationError` when several
    ///   entities do (listing them).
    public func resolve(_ name: String) throws -> IRI {
        let candidates = try self.candidates(name)
        guard let first = candidates.first else {
            throw UnknownNameError(.entity, name, known: try names(), hint: "`geokg entities --match TEXT` lists names")
        }
        guard candidates.count == 1 else {
            let listing = candidates.prefix(20).map { candidate in
                "  \(TermDisplay.short(.iri(candidate.iri)))  \(candidate.label ?? "")"
                    + (candidate.type.map { "  (\(TermDisplay.short(.iri($0))))" } ?? "")
            }
            throw ExplorationError(
                "\"\(name)\" is ambiguous; it names \(candidates.count) entities:\n" + listing.joined(separator: "\n")
                    + "\ngive one of them by its name in the first column")
        }
        return first.iri
    }

    /// Every entity `name` may stand for; an IRI only when the store holds it.
    public func candidates(_ name: String) throws -> [Candidate] {
        if let iri = Self.iri(name) { return try isStored(iri) ? [Candidate(iri: iri, label: nil, type: nil)] : [] }
        let exact = try lookup("?entity rdfs:label|skos:prefLabel|skos:altLabel \(name.sparqlLiteral) .")
        if !exact.isEmpty { return exact }
        return try lookup(
            "?entity rdfs:label|skos:prefLabel|skos:altLabel ?name FILTER(LCASE(STR(?name)) = \(name.lowercased().sparqlLiteral))"
        )
    }

    /// The IRI a name spells out: `<...>`, an absolute IRI, or a prefixed name of a known namespace.
    static func iri(_ name: String) -> IRI? {
        if name.hasPrefix("<"), name.hasSuffix(">"), name.count > 2 {
            return IRI(unchecked: String(name.dropFirst().dropLast()))
        }
        if name.contains("://"), !name.contains(" ") { return IRI(unchecked: name) }
        for namespace in Namespaces.all where name.hasPrefix(namespace.prefix + ":") && !name.contains(" ") {
            return namespace(String(name.dropFirst(namespace.prefix.count + 1)))
        }
        return nil
    }

    /// Whether a statement of the store has `iri` as subject or object.
    private func isStored(_ iri: IRI) throws -> Bool {
        let term = Term.iri(iri).sparql
        return try !engine.select("SELECT ?p WHERE { { \(term) ?p ?o } UNION { ?s ?p \(term) } } LIMIT 1").solutions
            .isEmpty
    }

    /// The labels and aliases of every entity, for suggestions.
    private func names() throws -> [String] {
        let query = """
            SELECT DISTINCT ?name WHERE {
              ?entity rdfs:label|skos:altLabel ?name ; a ?class
              FILTER(?class NOT IN (\(FactVocabulary.standard.nonEntityClasses.map { Term.iri($0).sparql }.joined(separator: ", "))))
            }
            """
        return try engine.select(query).solutions.compactMap { row in
            guard case .literal(let literal)? = row[0] else { return nil }
            return literal.lexicalForm
        }
    }

    /// The entities a pattern binding `?entity` finds, with a label and class each.
    private func lookup(_ pattern: String) throws -> [Candidate] {
        let query = """
            SELECT ?entity (MIN(?label) AS ?name) (MIN(?class) AS ?type) WHERE {
              \(pattern)
              OPTIONAL { ?entity rdfs:label ?label }
              OPTIONAL { ?entity a ?class }
            } GROUP BY ?entity ORDER BY ?name ?entity
            """
        return try engine.select(query).solutions.compactMap { row in
            guard case .iri(let iri)? = row[0] else { return nil }
            var label: String?
            if case .literal(let literal)? = row[1] { label = literal.lexicalForm }
            var type: IRI?
            if case .iri(let typeIRI)? = row[2] { type = typeIRI }
            return Candidate(iri: iri, label: label, type: type)
        }
    }
}

/// A request the everyday commands cannot answer: an ambiguous entity name, a focus no statement mentions.
public struct ExplorationError: GeoKGError, Sendable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
