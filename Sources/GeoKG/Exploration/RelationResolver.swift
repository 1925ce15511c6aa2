public import GeoKGQuery
public import GeoKGRDF
public import GeoKGStore

/// What a relation name means, the one place every command that takes `--relation` asks: a local name
/// (`restricts`, any case), a prefixed name (`geo:restricts`), an IRI, or a CAMEO code (`036`), which stands
/// for every relation coded with it (`geo:` relations and the event data's `.../cameo/036` alike).
public struct RelationResolver {
    /// The relations the store knows: those declared as relations, and the undeclared predicates that link
    /// entities outside the W3C vocabularies.
    private let relations: [KnownRelation]

    /// Reads the relations `store` knows.
    /// - Throws: `StoreError` or `QueryError` when the store cannot be read.
    public init(store: TripleStore, engine: QueryEngine) throws {
        let vocabulary = FactVocabulary.standard
        let excluded = Set(vocabulary.descriptive)
        var known: [IRI: KnownRelation] = [:]
        let declared = """
            SELECT DISTINCT ?relation ?code WHERE {
              VALUES ?class { \(vocabulary.relationClasses.map { Term.iri($0).sparql }.joined(separator: " ")) }
              ?relation a ?class .
              OPTIONAL { ?relation \(vocabulary.cameoCode.map { Term.iri($0).sparql }.joined(separator: "|")) ?code }
            }
            """
        for row in try engine.select(declared).solutions {
            guard case .iri(let iri)? = row[0], !excluded.contains(iri) else { continue }
            known[iri, default: KnownRelation(iri: iri)].cameoCodes.formUnion(Self.text(row[1]).map { [$0] } ?? [])
        }
        for iri in try Self.undeclaredLinkingPredicates(store, engine: engine) where !excluded.contains(iri) {
            known[iri] = KnownRelation(iri: iri)
        }
        relations = known.values.sorted { $0.iri.value < $1.iri.value }
    }

    /// The relations `names` stand for.
    /// - Throws: `UnknownNameError` for the first name that stands for none, naming the known names nearest to it.
    public func resolve(_ names: [String]) throws -> [IRI] {
        try names.flatMap(resolve)
    }

    /// The relations one name stands for, in IRI order.
    private func resolve(_ name: String) throws -> [IRI] {
        let matches: [KnownRelation]
        if let iri = EntityResolver.iri(name) {
            matches = relations.filter { $0.iri == iri }
        } else {
            matches = relations.filter { $0.isNamed(name) }
        }
        guard !matches.isEmpty else {
            throw UnknownNameError(.relation, name, known: relations.flatMap(\.names), hint: hint)
        }
        return matches.map(\.iri)
    }

    /// The known relations in words, for a name near none of them.
    private var hint: String {
        let words = Set(relations.map(\.localName).filter { !$0.allSatisfy(\.isNumber) }).sorted()
        let codes = Set(relations.flatMap(\.cameoCodes)).sorted()
        guard !words.isEmpty || !codes.isEmpty else { return "the store holds no relations" }
        var parts: [String] = []
        if !words.isEmpty { parts.append(words.joined(separator: ", ")) }
        if let code = codes.first { parts.append("a CAMEO code such as \(code)") }
        return "known relations: " + parts.joined(separator: ", or ")
    }

    /// A literal's text; `nil` for anything else.
    private static func text(_ term: Term?) -> String? {
        guard case .literal(let literal)? = term else { return nil }
        return literal.lexicalForm
    }

    /// The predicates that link labelled entities, as the walks find them, that the store gives no class (a
    /// declared one is a relation only as a member of a relation class) and that are not RDF, RDFS or OWL's own.
    private static func undeclaredLinkingPredicates(_ store: TripleStore, engine: QueryEngine) throws -> [IRI] {
        guard let label = try store.storedID(of: .iri(RDFS.label)) else { return [] }
        let ids = try store.predicatesBetweenLabelledNodes(label: label, excluding: try store.storedID(of: .iri(RDF.type)))
        let linking: [IRI] = try store.terms(ids: ids).values.compactMap { term in
            guard case .iri(let iri) = term, !w3cNamespaces.contains(where: { iri.value.hasPrefix($0.iri) }) else { return nil }
            return iri
        }
        guard !linking.isEmpty else { return [] }
        let typed = """
            SELECT DISTINCT ?relation WHERE {
              VALUES ?relation { \(linking.map { Term.iri($0).sparql }.joined(separator: " ")) }
              ?relation a ?class
            }
            """
        let declared = Set(try engine.select(typed).solutions.map { $0[0] })
        return linking.filter { !declared.contains(.iri($0)) }
    }

    /// Namespaces whose predicates describe data and schemas, never relations between entities.
    private static let w3cNamespaces = [Namespaces.rdf, Namespaces.rdfs, Namespaces.owl, Namespaces.skos]
}
