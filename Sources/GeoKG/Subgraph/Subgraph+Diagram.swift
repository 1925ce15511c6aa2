public import GeoKGRender
import GeoKGOntology
import GeoKGQuery
import GeoKGRDF

extension Subgraph {
    /// The subgraph as a diagram titled `title`: each entity a node styled by its class, each triple an edge
    /// carrying its facts' count, sources, dates, sentences and mean Goldstein weight.
    public func diagram(title: String) -> Diagram {
        let focus = Set(focus)
        let nodes = entities.map { entity in
            DiagramNode(
                id: entity.iri.value, label: entity.label ?? TermDisplay.short(.iri(entity.iri)), kind: Self.kind(entity.classes),
                aliases: entity.aliases, link: entity.sameAs.first?.value, isFocus: focus.contains(entity.iri))
        }
        let edges = edges.map { edge in
            let weights = edge.facts.compactMap(\.goldstein)
            let sources = Set(edge.facts.compactMap(\.source))
            var evidence: [DiagramEvidence] = []
            for fact in edge.facts where fact.date != nil || fact.evidence != nil {
                let line = DiagramEvidence(date: fact.date, sentence: fact.evidence)
                if evidence.last != line { evidence.append(line) }
            }
            return DiagramEdge(
                from: edge.subject.value, to: edge.object.value,
                relation: edge.relationLabel ?? TermDisplay.short(.iri(edge.relation)),
                goldstein: weights.isEmpty ? edge.relationGoldstein : weights.reduce(0, +) / Double(weights.count),
                factCount: max(edge.facts.count, 1), articleCount: sources.count,
                isPlanned: !edge.facts.isEmpty && edge.facts.allSatisfy { $0.modality == FactVocabulary.planned },
                evidence: evidence, link: edge.facts.lazy.compactMap(\.source).first { GraphvizText.link($0) != nil })
        }
        return Diagram(title: title, nodes: nodes, edges: edges, omittedNodes: omittedEntities)
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
