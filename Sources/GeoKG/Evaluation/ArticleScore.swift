public import GeoKGOntology
import GeoKGRDF

/// One fact in the scorer's terms: a relation between two gold entity ids (or `?label` for an entity the gold
/// does not know), its two ends in order for a symmetric relation.
public struct ScoredFact: Hashable, Sendable, Comparable {
    public let relation: String
    public let subject: String
    public let object: String

    init(_ subject: String, _ relation: String, _ object: String, symmetric: Bool) {
        self.relation = relation
        let swap = symmetric && object.unicodeScalars.lexicographicallyPrecedes(subject.unicodeScalars)
        (self.subject, self.object) = swap ? (object, subject) : (subject, object)
    }

    /// Its two ends, in either order.
    var pair: Set<String> { [subject, object] }

    public static func < (left: ScoredFact, right: ScoredFact) -> Bool {
        let l = [left.relation, left.subject, left.object], r = [right.relation, right.subject, right.object]
        return l.lexicographicallyPrecedes(r) { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}

/// How one article's stated facts compare with its gold.
public struct ArticleScore: Sendable {
    /// The gold's facts that are not negated.
    public let wanted: Set<ScoredFact>
    /// The facts stated.
    public let stated: Set<ScoredFact>
    /// The gold's negated facts that were stated.
    public let negatedStated: Int
    /// Gold entities, and those some stated node resolved to.
    public let goldEntities: Int
    public let entitiesFound: Int
    /// Each event node stated (denied ones aside), judged against the gold.
    public let reports: [JudgedReport]

    /// Scores the statements `statements` (an article's, with the ontology's) against `gold`.
    ///
    /// A node is named by its `rdfs:label`, else by its `skos:prefLabel`s and `skos:altLabel`s (in code-point
    /// order), and resolves to the first gold entity one of its names is an alias of (by `NameKey`); a fact is a
    /// statement between two nodes whose predicate is one of `ontology`'s relations.
    public init(gold: GoldArticle, statements: [Quad], ontology: Ontology) {
        let relations = Dictionary(ontology.relations.map { ($0.iri, $0) }, uniquingKeysWith: { first, _ in first })
        var aliases: [String: String] = [:]
        for entity in gold.entities {
            for alias in (entity.aliases ?? []) + [entity.id] where aliases[NameKey.of(alias)] == nil {
                aliases[NameKey.of(alias)] = entity.id
            }
        }
        let names = Self.names(in: statements)
        func resolve(_ node: Term) -> String? {
            guard let nodeNames = names[node], let first = nodeNames.first else { return nil }
            return nodeNames.lazy.compactMap { aliases[NameKey.of($0)] }.first ?? "?" + first
        }
        func fact(_ s: String, _ p: String, _ o: String) -> ScoredFact {
            ScoredFact(s, p, o, symmetric: ontology.relation(p)?.isSymmetric ?? false)
        }
        let wanted = Set(gold.relations.filter { $0.modality != "negated" }.map { fact($0.s, $0.p, $0.o) })
        self.wanted = wanted
        let negated = Set(gold.relations.filter { $0.modality == "negated" }.map { fact($0.s, $0.p, $0.o) })
        var stated: Set<ScoredFact> = []
        for quad in statements {
            if case .literal = quad.object { continue }
            guard let relation = relations[quad.predicate], let subject = resolve(quad.subject),
                let object = resolve(quad.object), subject != object
            else { continue }
            stated.insert(fact(subject, relation.id, object))
        }
        self.stated = stated
        reports = Self.events(in: statements).compactMap { event in
            guard event.modality != "negated", let subject = resolve(event.subject), let object = resolve(event.object)
            else { return nil }
            let judged = fact(subject, event.relation, object)
            return JudgedReport(
                pattern: event.pattern, modality: event.modality, confidence: event.confidence,
                isRight: wanted.contains(judged))
        }
        negatedStated = stated.intersection(negated).count
        let goldIDs = Set(gold.entities.map(\.id))
        goldEntities = goldIDs.count
        entitiesFound = Set(names.keys.compactMap(resolve)).intersection(goldIDs).count
    }

    /// The event nodes of `statements` that name their pattern, with what they state.
    private static func events(in statements: [Quad])
        -> [(subject: Term, relation: String, object: Term, modality: String, pattern: String, confidence: Double?)]
    {
        var parts: [Term: [IRI: Term]] = [:]
        let wanted: Set<IRI> = [
            GeoVocabulary.subject, GeoVocabulary.relation, GeoVocabulary.object, GeoVocabulary.modality,
            GeoVocabulary.pattern, GeoVocabulary.confidence,
        ]
        for quad in statements where wanted.contains(quad.predicate) {
            parts[quad.subject, default: [:]][quad.predicate] = quad.object
        }
        return parts.values.compactMap { part in
            guard let subject = part[GeoVocabulary.subject], let object = part[GeoVocabulary.object],
                case .iri(let relation)? = part[GeoVocabulary.relation],
                case .literal(let modality)? = part[GeoVocabulary.modality],
                case .literal(let pattern)? = part[GeoVocabulary.pattern]
            else { return nil }
            var confidence: Double?
            if case .literal(let value)? = part[GeoVocabulary.confidence] { confidence = Double(value.lexicalForm) }
            return (
                subject, String(relation.value.dropFirst(Namespaces.geo.iri.count)), object, modality.lexicalForm,
                pattern.lexicalForm, confidence
            )
        }
    }

    /// The predicates of a node's names besides its `rdfs:label`.
    private static let otherNames: Set<IRI> = [Namespaces.skos("prefLabel"), Namespaces.skos("altLabel")]

    /// Each labelled node's names: its `rdfs:label` first, then its other names.
    private static func names(in statements: [Quad]) -> [Term: [String]] {
        var labels: [Term: String] = [:]
        var others: [Term: Set<String>] = [:]
        for quad in statements {
            guard case .literal(let literal) = quad.object else { continue }
            if quad.predicate == RDFS.label {
                if labels[quad.subject] == nil { labels[quad.subject] = literal.lexicalForm }
            } else if otherNames.contains(quad.predicate) {
                others[quad.subject, default: []].insert(literal.lexicalForm)
            }
        }
        return labels.reduce(into: [:]) { names, entry in
            let rest = others[entry.key, default: []].subtracting([entry.value])
                .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            names[entry.key] = [entry.value] + rest
        }
    }
}

/// One event node an article's extraction stated, judged against the gold.
public struct JudgedReport: Sendable {
    /// The kind of rule that found it, and its modality (`asserted` or `planned`).
    public let pattern: String
    public let modality: String
    /// The confidence extraction gave it.
    public let confidence: Double?
    /// Whether the gold holds the fact.
    public let isRight: Bool
}

/// Counts summed over articles: facts and the pairs of entities they join, entities, negated facts stated.
public struct ScoreTotals: Sendable {
    public var correct = 0, stated = 0, wanted = 0
    public var pairsCorrect = 0, pairsStated = 0, pairsWanted = 0
    public var entitiesFound = 0, goldEntities = 0, negatedStated = 0
    /// Per relation: correct, stated and wanted facts.
    public var byRelation: [String: (correct: Int, stated: Int, wanted: Int)] = [:]

    /// Adds an article's score.
    public mutating func add(_ score: ArticleScore) {
        correct += score.stated.intersection(score.wanted).count
        stated += score.stated.count
        wanted += score.wanted.count
        let statedPairs = Set(score.stated.map(\.pair)), wantedPairs = Set(score.wanted.map(\.pair))
        pairsCorrect += statedPairs.intersection(wantedPairs).count
        pairsStated += statedPairs.count
        pairsWanted += wantedPairs.count
        entitiesFound += score.entitiesFound
        goldEntities += score.goldEntities
        negatedStated += score.negatedStated
        for fact in score.stated.union(score.wanted) {
            var counts = byRelation[fact.relation, default: (0, 0, 0)]
            if score.stated.contains(fact) { counts.stated += 1 }
            if score.wanted.contains(fact) { counts.wanted += 1 }
            if score.stated.contains(fact), score.wanted.contains(fact) { counts.correct += 1 }
            byRelation[fact.relation] = counts
        }
    }
}
