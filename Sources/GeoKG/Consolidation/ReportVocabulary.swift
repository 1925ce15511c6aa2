import GeoKGGraph
import GeoKGOntology
import GeoKGRDF
import GeoKGStore

/// The ids, in one store, of the predicates consolidation reads (in both data shapes) and writes.
struct ReportVocabulary {
    /// Predicates from an event node to its subject, relation and object.
    let subject, relation, object: Set<Int64>
    /// Predicates of an event node's details, by what they give.
    let reportDate, eventDate, modality, source, validFrom, validUntil, confidence: Set<Int64>
    /// The facts graph, and the terms a fact is written with.
    let factsGraph, type, factClass, writtenSubject, writtenRelation, writtenObject, mention, sourceCount: Int64
    let negatedCount: Int64
    let firstReported, lastReported, writtenEventDate, writtenModality, writtenValidFrom, writtenValidUntil: Int64
    let writtenConfidence: Int64

    /// Every predicate of an event node's details.
    var details: Set<Int64> {
        reportDate.union(eventDate).union(modality).union(source).union(validFrom).union(validUntil).union(confidence)
    }

    /// `ids` as a comma-separated list for SQL's `IN`; an id no term has when empty, so that the SQL still reads.
    static func sql(_ ids: Set<Int64>) -> String {
        ids.isEmpty ? "-1" : ids.sorted().map(String.init).joined(separator: ", ")
    }

    init(_ session: StoreSession) throws {
        let shapes = FactVocabulary.standard
        func found(_ iris: [IRI]) throws -> Set<Int64> {
            Set(try iris.compactMap { iri throws(StoreError) in try session.existingID(of: .iri(iri)) })
        }
        subject = try found(shapes.subject)
        relation = try found(shapes.relation)
        object = try found(shapes.object)
        reportDate = try found(shapes.date)
        eventDate = try found([GeoVocabulary.eventDate])
        modality = try found(shapes.modality)
        source = try found(shapes.source)
        validFrom = try found([GeoVocabulary.validFrom])
        validUntil = try found([GeoVocabulary.validUntil])
        confidence = try found([GeoVocabulary.confidence])
        func id(_ iri: IRI) throws -> Int64 { try session.id(of: .iri(iri)) }
        factsGraph = try id(GeoVocabulary.factsGraph)
        type = try id(RDF.type)
        factClass = try id(GeoVocabulary.fact)
        writtenSubject = try id(GeoVocabulary.subject)
        writtenRelation = try id(GeoVocabulary.relation)
        writtenObject = try id(GeoVocabulary.object)
        mention = try id(GeoVocabulary.mention)
        sourceCount = try id(GeoVocabulary.sourceCount)
        negatedCount = try id(GeoVocabulary.negatedCount)
        firstReported = try id(GeoVocabulary.firstReported)
        lastReported = try id(GeoVocabulary.lastReported)
        writtenEventDate = try id(GeoVocabulary.eventDate)
        writtenModality = try id(GeoVocabulary.modality)
        writtenValidFrom = try id(GeoVocabulary.validFrom)
        writtenValidUntil = try id(GeoVocabulary.validUntil)
        writtenConfidence = try id(GeoVocabulary.confidence)
    }
}
