import GeoKGQuery
public import GeoKGRDF

/// What a relation name means, the one place every command that takes `--relation` asks: a local name
/// (`restricts`, any case), a prefixed name (`geo:restricts`), an IRI, or a CAMEO code (`036`), which stands
/// for every relation coded with it (`geo:` relations and the event data's `.../cameo/036` alike).
public struct RelationResolver {
    /// The relations the graph knows, in IRI order.
    private let relations: [KnownRelation]

    /// Reads the relations `graph` knows: those its walks follow.
    /// - Throws: `StoreError` when the store cannot be read.
    public init(graph: FactGraph) throws {
        relations = try graph.knownRelations().map { KnownRelation(iri: $0.relation, cameoCodes: $0.cameoCodes) }
            .sorted { $0.iri.value < $1.iri.value }
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
}
