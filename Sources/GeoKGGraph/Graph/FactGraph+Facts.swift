import GeoKGRDF
public import GeoKGStore

/// The one fact loader: the event nodes behind edges or around an entity, with their details, in both shapes.
extension FactGraph {
    /// The facts stating each of `edges`: event nodes whose subject, relation and object are the edge's. Denied
    /// facts are left out; each edge's facts are ordered by date, source and sentence.
    /// - Complexity: three batched index reads to find the events, one for their details.
    public func facts(for edges: Set<StatementIDs>) throws -> [StatementIDs: [Fact]] {
        guard !edges.isEmpty else { return [:] }
        // Events whose subject and object are both ends of a kept edge, found by two index scans, before the
        // relation of each is read: far fewer reads than every event of every kept entity.
        var subjectOf: [Int64: Int64] = [:]
        for row in try source.statements(predicates: ids.subject, objects: Set(edges.map(\.subject)).sorted()) {
            subjectOf[row.subject] = row.object
        }
        for gathering in try gathering(Array(subjectOf.keys)) { subjectOf[gathering] = nil }
        let pairs = Set(edges.map { [$0.subject, $0.object] })
        var objectOf: [Int64: Int64] = [:]
        for row in try source.statements(predicates: ids.object, objects: Set(edges.map(\.object)).sorted()) {
            if let subject = subjectOf[row.subject], pairs.contains([subject, row.object]) {
                objectOf[row.subject] = row.object
            }
        }
        var edgeOf: [Int64: StatementIDs] = [:]
        for row in try source.statements(subjects: objectOf.keys.sorted(), predicates: ids.relation) {
            guard let subject = subjectOf[row.subject], let object = objectOf[row.subject] else { continue }
            let edge = StatementIDs(subject: subject, predicate: row.object, object: object)
            if edges.contains(edge) { edgeOf[row.subject] = edge }
        }
        var facts: [StatementIDs: [Fact]] = [:]
        for fact in try details(edgeOf) where !fact.isNegated { facts[fact.edge, default: []].append(fact) }
        return facts.mapValues { $0.sorted { $0.record < $1.record } }
    }

    /// Every fact with `entity` as its subject or object, denied ones included, in no particular order.
    /// - Complexity: two batched index reads to find the events, one for their details.
    public func facts(of entity: Int64) throws -> [Fact] {
        let ends = ids.subject + ids.object
        let found = Set(try source.statements(predicates: ends, objects: [entity]).map(\.subject))
        let events = found.subtracting(try gathering(Array(found))).sorted()
        var parts: [Int64: (subject: Int64?, relation: Int64?, object: Int64?)] = [:]
        for row in try source.statements(subjects: events, predicates: ends + ids.relation) {
            var part = parts[row.subject] ?? (nil, nil, nil)
            if ids.subject.contains(row.predicate) { part.subject = row.object }
            if ids.object.contains(row.predicate) { part.object = row.object }
            if ids.relation.contains(row.predicate) { part.relation = row.object }
            parts[row.subject] = part
        }
        var edgeOf: [Int64: StatementIDs] = [:]
        for (event, part) in parts {
            guard let subject = part.subject, let relation = part.relation, let object = part.object else { continue }
            edgeOf[event] = StatementIDs(subject: subject, predicate: relation, object: object)
        }
        return try details(edgeOf)
    }

    /// How many facts (event nodes) that pass `filter`'s dates, validity and confidence name each of `entities`
    /// as their subject or object; entities named by none are left out.
    /// - Complexity: one batched index read over the events of the entities, and with a filter one for their details.
    public func factCounts(_ entities: [Int64], filter: WalkFilter = WalkFilter()) throws -> [Int64: Int] {
        let rows = try source.statements(predicates: ids.subject + ids.object, objects: entities)
        var skipped = try gathering(rows.map(\.subject))
        if filter.readsFacts {
            // Only the details count here, not the edge each event states.
            let unread = StatementIDs(subject: -1, predicate: -1, object: -1)
            let events = Set(rows.map(\.subject)).subtracting(skipped)
            let failing = try details(Dictionary(uniqueKeysWithValues: events.map { ($0, unread) }))
                .filter { !filter.admits($0.record) }
            skipped.formUnion(failing.map(\.event))
        }
        var events: [Int64: Set<Int64>] = [:]
        for row in rows where !skipped.contains(row.subject) { events[row.object, default: []].insert(row.subject) }
        return events.mapValues(\.count)
    }

    /// The consolidated fact that gathers each of `events`; events no fact gathers (a store never consolidated)
    /// are left out.
    public func gatheringFacts(of events: [Int64]) throws -> [Int64: Int64] {
        guard !ids.mention.isEmpty, !events.isEmpty else { return [:] }
        var factOf: [Int64: Int64] = [:]
        for row in try source.statements(predicates: ids.mention, objects: Set(events).sorted()) {
            factOf[row.object] = row.subject
        }
        return factOf
    }

    /// Those of `nodes` that are consolidated facts, which gather reports rather than being one; a graph without
    /// them costs no read.
    private func gathering(_ nodes: [Int64]) throws -> Set<Int64> {
        guard !ids.gatheringClasses.isEmpty, !nodes.isEmpty else { return [] }
        return Set(
            try source.statements(subjects: Set(nodes).sorted(), predicates: [ids.type], objects: ids.gatheringClasses)
                .map(\.subject))
    }

    /// The facts of the events in `edgeOf`, with their dates, sentences, modalities, sources and weights: the
    /// least of each when an event records several.
    private func details(_ edgeOf: [Int64: StatementIDs]) throws -> [Fact] {
        guard !edgeOf.isEmpty else { return [] }
        let details = try source.statements(
            subjects: edgeOf.keys.sorted(),
            predicates: ids.date + ids.evidence + ids.modality + ids.source + ids.goldstein + ids.validFrom
                + ids.validUntil + ids.confidence)
        try load(Set(details.map(\.object)))
        var facts = Dictionary(uniqueKeysWithValues: edgeOf.map { ($0.key, Fact(event: $0.key, edge: $0.value)) })
        func least(_ known: Term?, _ value: Term) -> Term {
            guard let known else { return value }
            return Self.text(value) < Self.text(known) ? value : known
        }
        for row in details {
            guard var fact = facts[row.subject] else { continue }
            let value = try term(row.object)
            switch row.predicate {
            case _ where ids.date.contains(row.predicate): fact.date = least(fact.date, value)
            case _ where ids.evidence.contains(row.predicate): fact.evidence = least(fact.evidence, value)
            case _ where ids.modality.contains(row.predicate): fact.modality = least(fact.modality, value)
            case _ where ids.source.contains(row.predicate): fact.source = least(fact.source, value)
            case _ where ids.validFrom.contains(row.predicate): fact.validFrom = least(fact.validFrom, value)
            case _ where ids.validUntil.contains(row.predicate): fact.validUntil = value
            case _ where ids.confidence.contains(row.predicate): fact.confidence = Double(Self.text(value))
            default: fact.goldstein = Double(Self.text(value))
            }
            facts[row.subject] = fact
        }
        return Array(facts.values)
    }
}
