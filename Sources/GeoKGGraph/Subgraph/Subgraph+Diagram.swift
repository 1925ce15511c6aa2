import GeoKGOntology
import GeoKGQuery
import GeoKGRDF
public import GeoKGRender

extension Subgraph {
    /// The subgraph as a diagram titled `title`: each entity a node styled by its class; the triples from one
    /// entity to another merged into one edge carrying its relations' counts, sources, dates, sentences and mean
    /// Goldstein weight.
    public func diagram(title: String) -> Diagram {
        let focus = Set(focus)
        let nodes = entities.map { entity in
            DiagramNode(
                id: entity.iri.value, label: entity.label ?? TermDisplay.short(.iri(entity.iri)),
                kind: Self.kind(entity.classes),
                aliases: entity.aliases, link: entity.sameAs.first?.value, isFocus: focus.contains(entity.iri))
        }
        var pairs: [String: [SubgraphEdge]] = [:]
        for edge in edges { pairs[edge.subject.value + " " + edge.object.value, default: []].append(edge) }
        let merged = pairs.keys.sorted().compactMap { pairs[$0] }.compactMap(Self.edge)
        return Diagram(title: title, nodes: nodes, edges: merged, omittedNodes: omittedEntities)
    }

    /// One diagram edge for the triples from one entity to another: their relations by count, their facts'
    /// mean Goldstein weight (else the relations' own), sources, dates and sentences.
    private static func edge(_ parallel: [SubgraphEdge]) -> DiagramEdge? {
        guard let first = parallel.first else { return nil }
        let named = parallel.map { edge in
            (edge, edge.relationLabel ?? TermDisplay.short(.iri(edge.relation)))
        }
        let relations = named.map { DiagramRelation(name: $0.1, factCount: max($0.0.facts.count, 1)) }
            .sorted { $0.factCount != $1.factCount ? $0.factCount > $1.factCount : $0.name < $1.name }
        var weights = parallel.flatMap { $0.facts.compactMap(\.goldstein) }
        if weights.isEmpty { weights = parallel.compactMap(\.relationGoldstein) }
        let facts = parallel.flatMap(\.facts)
        var evidence: [DiagramEvidence] = []
        for (edge, name) in named.sorted(by: { $0.1 < $1.1 }) {
            for fact in edge.facts where fact.date != nil || fact.evidence != nil {
                let sentence =
                    parallel.count > 1
                    ? [name, fact.evidence].compactMap { $0 }.joined(separator: ": ") : fact.evidence
                let line = DiagramEvidence(date: fact.date, sentence: sentence)
                if evidence.last != line { evidence.append(line) }
            }
        }
        return DiagramEdge(
            from: first.subject.value, to: first.object.value, relations: relations,
            goldstein: weights.isEmpty ? nil : weights.reduce(0, +) / Double(weights.count),
            articleCount: Set(facts.compactMap(\.source)).count,
            isPlanned: !facts.isEmpty && facts.allSatisfy { $0.modality == FactVocabulary.planned },
            evidence: evidence, link: facts.sorted().lazy.compactMap(\.source).first { GraphvizText.link($0) != nil })
    }

    /// The node kind of the first top class among `classes`.
    static func kind(_ classes: [IRI]) -> NodeKind {
        let kinds: [EntityType: NodeKind] = [
            .country: .country, .person: .person, .organization: .organization, .group: .group, .commodity: .commodity,
            .location: .location,
        ]
        for type in EntityType.allCases where classes.contains(type.iri) {
            if let kind = kinds[type] { return kind }
        }
        return .other
    }
}
