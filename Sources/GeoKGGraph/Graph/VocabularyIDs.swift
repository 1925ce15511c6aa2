import GeoKGRDF

/// A graph's ids of a vocabulary's predicates and classes; those it does not hold are left out.
struct VocabularyIDs {
    let type: Int64
    let relationClasses: [Int64]
    /// Classes of consolidated facts; empty when the graph has none.
    let gatheringClasses: [Int64]
    let subject, object, relation: [Int64]
    let date, evidence, modality, source, goldstein, cameoCode: [Int64]
    let validFrom, validUntil, confidence, mention: [Int64]
    let label, alias, sameAs, descriptive: [Int64]

    init(source: any GraphSource, vocabulary: FactVocabulary) throws {
        type = try source.id(of: .iri(RDF.type)) ?? -1
        relationClasses = try source.ids(of: vocabulary.relationClasses)
        gatheringClasses = try source.ids(of: vocabulary.gatheringClasses)
        subject = try source.ids(of: vocabulary.subject)
        object = try source.ids(of: vocabulary.object)
        relation = try source.ids(of: vocabulary.relation)
        date = try source.ids(of: vocabulary.date)
        evidence = try source.ids(of: vocabulary.evidence)
        modality = try source.ids(of: vocabulary.modality)
        self.source = try source.ids(of: vocabulary.source)
        goldstein = try source.ids(of: vocabulary.goldstein)
        cameoCode = try source.ids(of: vocabulary.cameoCode)
        validFrom = try source.ids(of: vocabulary.validFrom)
        validUntil = try source.ids(of: vocabulary.validUntil)
        confidence = try source.ids(of: vocabulary.confidence)
        mention = try source.ids(of: vocabulary.mention)
        label = try source.ids(of: vocabulary.label)
        alias = try source.ids(of: vocabulary.alias)
        sameAs = try source.ids(of: vocabulary.sameAs)
        descriptive = try source.ids(of: vocabulary.descriptive)
    }
}
