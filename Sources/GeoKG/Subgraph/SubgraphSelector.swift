import GeoKGQuery
import GeoKGRDF
public import GeoKGStore

/// Selects the neighbourhood of entities from the store: the entities within a number of relation steps, the
/// direct relation triples between them, and the facts (event nodes) behind each triple.
///
/// ```swift
/// let selector = SubgraphSelector(store: store)
/// let subgraph = try selector.select(SubgraphRequest(focus: [Namespaces.entity("China")], depth: 1))
/// ```
/// Works on term ids through the store's indexes, a few batched reads per step, so that it stays fast on
/// millions of triples; terms are looked up only for what is kept.
public struct SubgraphSelector {
    private let store: TripleStore
    private let vocabulary: FactVocabulary

    public init(store: TripleStore, vocabulary: FactVocabulary = .standard) {
        self.store = store
        self.vocabulary = vocabulary
    }

    /// The subgraph `request` asks for. Relations are followed both ways; other entities must have one of the
    /// requested classes; with a date range, a triple counts only when a fact in range states it. When more
    /// than `maxEntities` entities are found, those with the most relations among the selection are kept.
    /// - Throws: `ExplorationError` when a focus entity is in no statement; `StoreError` when SQLite fails.
    public func select(_ request: SubgraphRequest) throws -> Subgraph {
        let ids = try VocabularyIDs(store: store, vocabulary: vocabulary)
        let focus = try request.focus.map { iri in
            guard let id = try store.storedID(of: .iri(iri)) else {
                throw ExplorationError("no statement mentions \(TermDisplay.short(.iri(iri)))")
            }
            return id
        }
        let relations = try relationIDs(request, ids)
        let classes = Array(try store.storedIDs(of: request.classes.map(Term.iri)).values)
        var (nodes, edges) = try walk(from: focus, depth: request.depth, relations: relations, classes: request.classes.isEmpty ? nil : classes)
        var facts: [StatementIDs: [FactRecord]] = [:]
        if request.isDated {
            facts = try self.facts(for: edges, ids).mapValues { $0.filter { $0.isDated(since: request.since, until: request.until) } }
            edges = edges.filter { !(facts[$0] ?? []).isEmpty }
        }
        let found = Set(edges.flatMap { [$0.subject, $0.object] }).union(focus)
        nodes = EntityRanking.kept(edges: edges.map { ($0.subject, $0.object) }, focus: focus, limit: request.maxEntities, order: <)
        edges = edges.filter { nodes.contains($0.subject) && nodes.contains($0.object) }
        let relationCount = edges.count
        edges = Self.strongest(edges, focus: Set(focus), limit: request.maxEntities * Self.relationsPerEntity)
        nodes = Set(edges.flatMap { [$0.subject, $0.object] }).union(focus)
        if !request.isDated { facts = try self.facts(for: edges, ids) }
        var result = try subgraph(focus: request.focus, nodes: nodes, edges: edges, facts: facts, omitted: found.count - nodes.count, ids)
        result.omittedRelations = relationCount - edges.count
        return result
    }

    /// The most relation triples kept per entity kept: beyond it a diagram is a hairball and slow to lay out.
    static let relationsPerEntity = 3

    /// At most `limit` of `edges`: one triple of each pair of entities before a second of any (parallel
    /// triples are drawn as one edge), those touching the focus first, then those between the entities with
    /// the most relations.
    private static func strongest(_ edges: Set<StatementIDs>, focus: Set<Int64>, limit: Int) -> Set<StatementIDs> {
        guard edges.count > limit else { return edges }
        var degree: [Int64: Int] = [:]
        var pairs: [[Int64]: [StatementIDs]] = [:]
        for edge in edges {
            degree[edge.subject, default: 0] += 1
            degree[edge.object, default: 0] += 1
            pairs[[edge.subject, edge.object], default: []].append(edge)
        }
        var place: [StatementIDs: Int] = [:]
        for parallel in pairs.values {
            for (index, edge) in parallel.sorted(by: { $0.predicate < $1.predicate }).enumerated() { place[edge] = index }
        }
        let keyed = edges.map { edge in
            let touchesFocus = focus.contains(edge.subject) || focus.contains(edge.object)
            let weakerEnd = min(degree[edge.subject, default: 0], degree[edge.object, default: 0])
            return (key: (place[edge, default: 0], touchesFocus ? 0 : 1, -weakerEnd, edge.subject, edge.predicate, edge.object), edge: edge)
        }
        return Set(keyed.sorted { $0.key < $1.key }.prefix(limit).map(\.edge))
    }

    /// The relations to follow: those asked for, else every member of a relation class (the event
    /// vocabulary aside), else every relation a fact names.
    private func relationIDs(_ request: SubgraphRequest, _ ids: VocabularyIDs) throws -> [Int64] {
        if !request.relations.isEmpty { return Array(try store.storedIDs(of: request.relations.map(Term.iri)).values).sorted() }
        let descriptive = Set(ids.descriptive)
        let declared = try store.statements(predicates: [ids.type], objects: ids.relationClasses).map(\.subject)
        let relations = Set(declared).subtracting(descriptive)
        if !relations.isEmpty { return relations.sorted() }
        return Set(try store.statements(predicates: ids.relation).map(\.object)).sorted()
    }

    /// Breadth-first over `relations` both ways, admitting only entities of `classes` (when given), then the
    /// triples among the last ring reached.
    private func walk(from focus: [Int64], depth: Int, relations: [Int64], classes: [Int64]?) throws
        -> (nodes: Set<Int64>, edges: Set<StatementIDs>)
    {
        var nodes = Set(focus)
        var edges: Set<StatementIDs> = []
        var frontier = focus
        for _ in 0..<max(depth, 1) where !frontier.isEmpty {
            let found = try store.statements(subjects: frontier, predicates: relations)
                + store.statements(predicates: relations, objects: frontier)
            var fresh: Set<Int64> = []
            for edge in found where edge.subject != edge.object {
                for node in [edge.subject, edge.object] where !nodes.contains(node) { fresh.insert(node) }
            }
            var admitted = fresh
            if let classes {
                admitted = Set(try store.statements(subjects: fresh.sorted(), predicates: [typeID], objects: classes).map(\.subject))
            }
            nodes.formUnion(admitted)
            for edge in found where edge.subject != edge.object && nodes.contains(edge.subject) && nodes.contains(edge.object) {
                edges.insert(edge)
            }
            frontier = admitted.sorted()
        }
        for edge in try store.statements(subjects: frontier, predicates: relations, objects: frontier) where edge.subject != edge.object {
            edges.insert(edge)
        }
        return (nodes, edges)
    }

    private var typeID: Int64 {
        (try? store.storedID(of: .iri(RDF.type))).flatMap { $0 } ?? 0
    }

    /// The facts stating each of `edges`: event nodes whose subject, relation and object are the triple's;
    /// denied facts are left out.
    private func facts(for edges: Set<StatementIDs>, _ ids: VocabularyIDs) throws -> [StatementIDs: [FactRecord]] {
        guard !edges.isEmpty else { return [:] }
        // Events whose subject and object are both ends of a kept edge, found by two index scans, before the
        // relation of each is read: far fewer reads than every event of every kept entity.
        var subjectOf: [Int64: Int64] = [:]
        for row in try store.statements(predicates: ids.subject, objects: Set(edges.map(\.subject)).sorted()) {
            subjectOf[row.subject] = row.object
        }
        let pairs = Set(edges.map { [$0.subject, $0.object] })
        var objectOf: [Int64: Int64] = [:]
        for row in try store.statements(predicates: ids.object, objects: Set(edges.map(\.object)).sorted()) {
            if let subject = subjectOf[row.subject], pairs.contains([subject, row.object]) { objectOf[row.subject] = row.object }
        }
        var edgeOf: [Int64: StatementIDs] = [:]
        for row in try store.statements(subjects: objectOf.keys.sorted(), predicates: ids.relation) {
            guard let subject = subjectOf[row.subject], let object = objectOf[row.subject] else { continue }
            let edge = StatementIDs(subject: subject, predicate: row.object, object: object)
            if edges.contains(edge) { edgeOf[row.subject] = edge }
        }
        let details = try store.statements(
            subjects: edgeOf.keys.sorted(), predicates: ids.date + ids.evidence + ids.modality + ids.source + ids.goldstein)
        let terms = try store.terms(ids: Set(details.map(\.object)).sorted())
        var records: [Int64: FactRecord] = [:]
        for row in details {
            guard let value = terms[row.object].map(Self.text) else { continue }
            var record = records[row.subject] ?? FactRecord()
            switch row.predicate {
            case _ where ids.date.contains(row.predicate): record.date = min(record.date ?? value, value)
            case _ where ids.evidence.contains(row.predicate): record.evidence = min(record.evidence ?? value, value)
            case _ where ids.modality.contains(row.predicate): record.modality = value
            case _ where ids.source.contains(row.predicate): record.source = min(record.source ?? value, value)
            default: record.goldstein = Double(value)
            }
            records[row.subject] = record
        }
        var facts: [StatementIDs: [FactRecord]] = [:]
        for (event, edge) in edgeOf {
            let record = records[event] ?? FactRecord()
            if record.modality != FactVocabulary.negated { facts[edge, default: []].append(record) }
        }
        return facts.mapValues { $0.sorted() }
    }

    /// Names, classes and relations looked up for what is kept.
    private func subgraph(
        focus: [IRI], nodes: Set<Int64>, edges: Set<StatementIDs>, facts: [StatementIDs: [FactRecord]], omitted: Int,
        _ ids: VocabularyIDs
    ) throws -> Subgraph {
        let relations = Set(edges.map(\.predicate)).sorted()
        let described = try store.statements(
            subjects: nodes.sorted() + relations, predicates: ids.label + ids.alias + ids.sameAs + [ids.type] + ids.goldstein)
        let terms = try store.terms(ids: Array(nodes.union(relations).union(described.map(\.object))))
        var properties: [Int64: [(predicate: Int64, value: Term)]] = [:]
        for row in described {
            if let value = terms[row.object] { properties[row.subject, default: []].append((row.predicate, value)) }
        }
        func values(_ id: Int64, _ predicates: [Int64]) -> [Term] {
            (properties[id] ?? []).filter { predicates.contains($0.predicate) }.map(\.value)
        }
        func label(_ id: Int64) -> String? {
            for predicate in ids.label {
                if let name = values(id, [predicate]).map(Self.text).min() { return name }
            }
            return nil
        }
        let entities = nodes.compactMap { id -> SubgraphEntity? in
            guard case .iri(let iri)? = terms[id] else { return nil }
            let name = label(id)
            let names = Set(values(id, ids.label + ids.alias).map(Self.text)).subtracting([name].compactMap { $0 })
            return SubgraphEntity(
                iri: iri, label: name, aliases: names.sorted(), classes: Self.iris(values(id, [ids.type])),
                sameAs: Self.iris(values(id, ids.sameAs)))
        }
        let subgraphEdges = edges.compactMap { edge -> SubgraphEdge? in
            guard case .iri(let subject)? = terms[edge.subject], case .iri(let relation)? = terms[edge.predicate],
                case .iri(let object)? = terms[edge.object]
            else { return nil }
            return SubgraphEdge(
                subject: subject, relation: relation, object: object, relationLabel: label(edge.predicate),
                relationGoldstein: values(edge.predicate, ids.goldstein).compactMap { Double(Self.text($0)) }.first,
                facts: facts[edge] ?? [])
        }
        return Subgraph(
            focus: focus, entities: entities.sorted { $0.iri.value < $1.iri.value },
            edges: subgraphEdges.sorted(by: SubgraphEdge.order), omittedEntities: max(0, omitted))
    }

    /// A literal's text, or an IRI's.
    static func text(_ term: Term) -> String {
        switch term {
        case .literal(let literal): literal.lexicalForm
        case .iri(let iri): iri.value
        case .blank(let node): node.id
        }
    }

    private static func iris(_ terms: [Term]) -> [IRI] {
        terms.compactMap { term -> IRI? in
            if case .iri(let iri) = term { return iri }
            return nil
        }.sorted { $0.value < $1.value }
    }
}

extension SubgraphEdge {
    /// Orders edges by subject, relation and object IRIs.
    static func order(_ left: SubgraphEdge, _ right: SubgraphEdge) -> Bool {
        (left.subject.value, left.relation.value, left.object.value) < (right.subject.value, right.relation.value, right.object.value)
    }
}

/// The store's ids of a vocabulary's predicates and classes; those it does not hold are left out.
private struct VocabularyIDs {
    let type: Int64
    let relationClasses, subject, object, relation, date, evidence, modality, source, goldstein, label, alias, sameAs: [Int64]
    let descriptive: [Int64]

    init(store: TripleStore, vocabulary: FactVocabulary) throws {
        func ids(_ iris: [IRI]) throws -> [Int64] {
            try iris.compactMap { try store.storedID(of: .iri($0)) }
        }
        type = try store.storedID(of: .iri(RDF.type)) ?? -1
        relationClasses = try ids(vocabulary.relationClasses)
        subject = try ids(vocabulary.subject)
        object = try ids(vocabulary.object)
        relation = try ids(vocabulary.relation)
        date = try ids(vocabulary.date)
        evidence = try ids(vocabulary.evidence)
        modality = try ids(vocabulary.modality)
        source = try ids(vocabulary.source)
        goldstein = try ids(vocabulary.goldstein)
        label = try ids(vocabulary.label)
        alias = try ids(vocabulary.alias)
        sameAs = try ids(vocabulary.sameAs)
        descriptive = try ids(vocabulary.descriptive)
    }
}
