public import GeoKGRDF
public import GeoKGStore

/// The graph as the read side sees it, the same in both data shapes (geokg's ingest shape and imported event
/// data): entities, the direct `entity relation entity` triples between them, and the facts (event nodes) behind
/// each triple. Every command that reads the graph reads it through one of these, over a store or over triples
/// in memory.
///
/// ```swift
/// let graph = try FactGraph(source: store)
/// let china = try graph.id(of: Namespaces.entity("China"))
/// let around = try graph.edges(touching: [china].compactMap { $0 }, filter: WalkFilter(since: "2018-06-01"))
/// ```
/// Works on term ids; terms and labels are decoded once, for what is kept.
public final class FactGraph {
    /// Where the triples come from.
    public let source: any GraphSource
    /// The vocabulary the facts are read with.
    public let vocabulary: FactVocabulary
    /// The source's ids of the vocabulary.
    let ids: VocabularyIDs
    /// The relations between entities, in id order: members of a relation class (the vocabulary's own
    /// predicates aside), else every relation a fact names, else every predicate outside the vocabulary and the
    /// W3C namespaces (triples that declare nothing, such as a CONSTRUCT query's).
    let relations: [Int64]
    /// Terms decoded so far, by id.
    private var terms = IDTable<Term>()
    /// Sort keys found so far, by id: label (else the term's text), then the term's text.
    private var keys = IDTable<SortKey>()

    /// Reads the vocabulary's ids and the relations of `source`.
    /// - Throws: `StoreError` when the store cannot be read.
    public init(source: any GraphSource, vocabulary: FactVocabulary = .standard) throws {
        self.source = source
        self.vocabulary = vocabulary
        let ids = try VocabularyIDs(source: source, vocabulary: vocabulary)
        self.ids = ids
        relations = try Self.relations(source, ids)
    }

    private static func relations(_ source: any GraphSource, _ ids: VocabularyIDs) throws -> [Int64] {
        let descriptive = Set(ids.descriptive)
        let declared = Set(try source.statements(predicates: [ids.type], objects: ids.relationClasses).map(\.subject))
        if !declared.subtracting(descriptive).isEmpty { return declared.subtracting(descriptive).sorted() }
        let named = Set(try source.statements(predicates: ids.relation).map(\.object))
        if !named.subtracting(descriptive).isEmpty { return named.subtracting(descriptive).sorted() }
        let predicates = try source.predicateIDs().filter { !descriptive.contains($0) }
        return try source.terms(ids: predicates).compactMap { id, term in
            guard case .iri(let iri) = term, !Self.w3cNamespaces.contains(where: { iri.value.hasPrefix($0.iri) }) else {
                return nil
            }
            return id
        }.sorted()
    }

    /// Namespaces whose predicates describe data and schemas, never relations between entities.
    private static let w3cNamespaces = [Namespaces.rdf, Namespaces.rdfs, Namespaces.owl, Namespaces.skos]

    /// The id of `iri`, or `nil` when the graph does not hold it.
    public func id(of iri: IRI) throws -> Int64? {
        try source.id(of: .iri(iri))
    }

    /// The relations between entities the graph knows, with their CAMEO codes.
    public func knownRelations() throws -> [(relation: IRI, cameoCodes: Set<String>)] {
        let codes = try source.statements(subjects: relations, predicates: ids.cameoCode)
        try load(Set(relations + codes.map(\.object)))
        var byRelation: [Int64: Set<String>] = [:]
        for row in codes { byRelation[row.subject, default: []].insert(try text(row.object)) }
        return try relations.compactMap { id in
            guard case .iri(let iri) = try term(id) else { return nil }
            return (iri, byRelation[id] ?? [])
        }
    }

    /// The term with id `id`.
    /// - Throws: `ExplorationError` when the graph holds no such term, `StoreError` when it cannot be read.
    public func term(_ id: Int64) throws -> Term {
        if let known = terms[id] { return known }
        try load([id])
        guard let term = terms[id] else { throw ExplorationError("the graph holds no term with id \(id)") }
        return term
    }

    /// Whether the term with id `id`, decoded already, is an IRI.
    func isIRI(_ id: Int64) -> Bool {
        if case .iri? = terms[id] { return true }
        return false
    }

    /// A term's text: a literal's lexical form, an IRI's value, a blank node's label.
    func text(_ id: Int64) throws -> String {
        Self.text(try term(id))
    }

    /// A literal's text, or an IRI's.
    static func text(_ term: Term) -> String {
        switch term {
        case .literal(let literal): literal.lexicalForm
        case .iri(let iri): iri.value
        case .blank(let node): node.id
        }
    }

    /// Decodes the terms of `ids` not decoded yet, in one read.
    func load(_ ids: some Sequence<Int64>) throws {
        let missing = ids.filter { !terms.contains($0) }
        guard !missing.isEmpty else { return }
        for (id, term) in try source.terms(ids: missing) { terms.insert(id, term) }
    }

    /// The label of each of `ids` that has one: its least `rdfs:label`, else its least `skos:prefLabel`.
    func labels(of ids: some Collection<Int64>) throws -> [Int64: String] {
        var labels: [Int64: (rank: Int, text: String)] = [:]
        for (row, term) in try source.objects(subjects: Array(ids), predicates: self.ids.label) {
            let rank = self.ids.label.firstIndex(of: row.predicate) ?? 0
            let text = Self.text(term)
            if let known = labels[row.subject], (known.rank, known.text) <= (rank, text) { continue }
            labels[row.subject] = (rank, text)
        }
        return labels.mapValues(\.text)
    }
}

/// Where a term sorts: by its label (else its text), then its text, so that order does not depend on term ids.
/// Both compare by code point, through their UTF-8 bytes (whose order is that of code points).
struct SortKey: Comparable {
    /// The label's UTF-8 bytes, a zero byte, then the text's: the zero puts a label before its longer versions.
    private let bytes: [UInt8]

    init(label: String, text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(label.utf8.count + 1 + text.utf8.count)
        bytes.append(contentsOf: label.utf8)
        bytes.append(0)
        bytes.append(contentsOf: text.utf8)
        self.bytes = bytes
    }

    static func < (left: SortKey, right: SortKey) -> Bool {
        left.bytes.lexicographicallyPrecedes(right.bytes)
    }
}

extension FactGraph {
    /// Finds the sort keys of those of `ids` not known yet.
    private func findKeys(_ ids: some Sequence<Int64>) throws {
        let missing = ids.filter { !keys.contains($0) }
        guard !missing.isEmpty else { return }
        try load(missing)
        let labels = try labels(of: missing)
        for id in missing {
            let text = try text(id)
            keys.insert(id, SortKey(label: labels[id] ?? text, text: text))
        }
    }

    private func key(_ id: Int64) -> SortKey {
        keys[id] ?? SortKey(label: "", text: "")
    }

    /// `edges` ordered by subject, relation and object, each by label, then IRI.
    /// - Complexity: O(n log n) for n edges, on integer ranks of their terms, plus one read of the terms and
    ///   labels not decoded yet.
    public func sorted(_ edges: some Sequence<StatementIDs>) throws -> [StatementIDs] {
        let (order, ranks) = try ranked(edges)
        return ranks.map { StatementIDs(subject: order[$0.0], predicate: order[$0.1], object: order[$0.2]) }
    }

    /// Calls `body` with each of `edges` in the order of `sorted(_:)`, and its subject, relation and object
    /// decoded: each term is looked up once, not once per edge, and no array of decoded edges is made.
    public func forEachSorted(
        _ edges: some Sequence<StatementIDs>, _ body: (StatementIDs, Term, Term, Term) throws -> Void
    ) throws {
        let (order, ranks) = try ranked(edges)
        let terms = try order.map { try term($0) }
        for (s, p, o) in ranks {
            try body(
                StatementIDs(subject: order[s], predicate: order[p], object: order[o]), terms[s], terms[p], terms[o])
        }
    }

    /// The term ids of `edges` in order, and for each edge, in the order of the edges, the places of its subject,
    /// relation and object there.
    private func ranked(_ edges: some Sequence<StatementIDs>) throws -> (order: [Int64], ranks: [(Int, Int, Int)]) {
        let all = Array(edges)
        let order = try sorted(ids: all.termIDs)
        let rank = Self.places(in: order)
        let ranks = all.map { (rank[$0.subject] ?? 0, rank[$0.predicate] ?? 0, rank[$0.object] ?? 0) }
        // Three places in one integer sort as the triple does, several times faster.
        let width = Int.bitWidth - order.count.leadingZeroBitCount
        guard 3 * width <= UInt64.bitWidth else { return (order, ranks.sorted { $0 < $1 }) }
        let mask = UInt64(1) << width - 1
        return (
            order,
            ranks.map { UInt64($0.0) << (2 * width) | UInt64($0.1) << width | UInt64($0.2) }.sorted().map {
                (Int($0 >> (2 * width)), Int($0 >> width & mask), Int($0 & mask))
            }
        )
    }

    /// Each of `ids` (distinct ids) with its place in the order by label, then IRI.
    func ranks(_ ids: some Sequence<Int64>) throws -> IDTable<Int> {
        Self.places(in: try sorted(ids: ids))
    }

    /// Each id of `order` (distinct ids) with its place in it.
    private static func places(in order: [Int64]) -> IDTable<Int> {
        var places = IDTable<Int>(capacity: order.count)
        for (place, id) in order.enumerated() { places.insert(id, place) }
        return places
    }

    /// `ids` ordered by label, then IRI.
    public func sorted(ids: some Sequence<Int64>) throws -> [Int64] {
        let all = Array(ids)
        try findKeys(all)
        return all.map { (key: key($0), id: $0) }.sorted { $0.key < $1.key }.map(\.id)
    }
}
