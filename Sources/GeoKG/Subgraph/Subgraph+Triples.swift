public import GeoKGRDF

extension Subgraph {
    /// The subgraph that `triples` (say, what a CONSTRUCT query returns) describe, read with `vocabulary`:
    /// triples whose predicate is a relation (declared by a relation class or named by a fact; when none is,
    /// any predicate but the vocabulary's) between two IRIs are edges, event nodes give their facts, labels and classes describe the entities. Keeps `focus`
    /// and at most `maxEntities` entities, those with the most relations first.
    public init(triples: [Triple], focus: [IRI] = [], maxEntities: Int = .max, vocabulary: FactVocabulary = .standard) {
        var about: [Term: [(predicate: IRI, object: Term)]] = [:]
        for triple in triples { about[triple.subject, default: []].append((triple.predicate, triple.object)) }
        func values(_ subject: Term, _ predicates: [IRI]) -> [Term] {
            (about[subject] ?? []).filter { predicates.contains($0.predicate) }.map(\.object)
        }
        func text(_ subject: Term, _ predicates: [IRI]) -> [String] { values(subject, predicates).map(SubgraphSelector.text).sorted() }
        let events = about.keys.filter { !values($0, vocabulary.subject).isEmpty }
        var relations = Set(triples.filter { $0.predicate == RDF.type && vocabulary.relationClasses.contains(iri: $0.object) }.map(\.subject))
        relations.formUnion(events.flatMap { values($0, vocabulary.relation) })
        if relations.isEmpty { relations = Set(triples.filter { $0.object.iri != nil }.map { .iri($0.predicate) }) }
        relations.subtract(vocabulary.descriptive.map(Term.iri))
        var factsOf: [Triple: [FactRecord]] = [:]
        for event in events {
            guard let subject = values(event, vocabulary.subject).first, let relation = values(event, vocabulary.relation).first,
                case .iri(let predicate) = relation, let object = values(event, vocabulary.object).first
            else { continue }
            let fact = FactRecord(
                date: text(event, vocabulary.date).first, source: text(event, vocabulary.source).first,
                evidence: text(event, vocabulary.evidence).first, modality: text(event, vocabulary.modality).first,
                goldstein: text(event, vocabulary.goldstein).compactMap(Double.init).first)
            if fact.modality != FactVocabulary.negated { factsOf[Triple(subject, predicate, object), default: []].append(fact) }
        }
        let direct = Set(triples.filter { triple in
            guard case .iri = triple.subject, case .iri = triple.object, triple.subject != triple.object else { return false }
            return relations.contains(.iri(triple.predicate)) && !events.contains(triple.subject)
        })
        let kept = EntityRanking.kept(
            edges: direct.map { ($0.subject, $0.object) }, focus: focus.map(Term.iri), limit: maxEntities,
            order: { $0.description < $1.description })
        let edges = direct.filter { kept.contains($0.subject) && kept.contains($0.object) }
        let shown = Set(edges.flatMap { [$0.subject, $0.object] }).union(focus.map(Term.iri))
        let all = Set(direct.flatMap { [$0.subject, $0.object] }).union(focus.map(Term.iri))
        self.init(
            focus: focus,
            entities: shown.compactMap { term -> SubgraphEntity? in
                guard case .iri(let iri) = term else { return nil }
                let label = vocabulary.label.lazy.compactMap { text(term, [$0]).first }.first
                return SubgraphEntity(
                    iri: iri, label: label,
                    aliases: Set(text(term, vocabulary.label + vocabulary.alias)).subtracting([label].compactMap { $0 }).sorted(),
                    classes: values(term, [RDF.type]).compactMap(\.iri).sorted { $0.value < $1.value },
                    sameAs: values(term, vocabulary.sameAs).compactMap(\.iri))
            }.sorted { $0.iri.value < $1.iri.value },
            edges: edges.compactMap { triple -> SubgraphEdge? in
                guard case .iri(let subject) = triple.subject, case .iri(let object) = triple.object else { return nil }
                let relation = Term.iri(triple.predicate)
                return SubgraphEdge(
                    subject: subject, relation: triple.predicate, object: object,
                    relationLabel: vocabulary.label.lazy.compactMap { text(relation, [$0]).first }.first,
                    relationGoldstein: text(relation, vocabulary.goldstein).compactMap(Double.init).first,
                    facts: (factsOf[triple] ?? []).sorted())
            }.sorted(by: SubgraphEdge.order),
            omittedEntities: all.count - shown.count)
    }
}

extension Term {
    /// The IRI, when the term is one.
    fileprivate var iri: IRI? {
        if case .iri(let iri) = self { return iri }
        return nil
    }
}

extension [IRI] {
    /// Whether `term` is one of these IRIs.
    fileprivate func contains(iri term: Term) -> Bool {
        guard case .iri(let iri) = term else { return false }
        return contains(iri)
    }
}
