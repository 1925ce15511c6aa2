import GeoKGGraph
import GeoKGOntology
import GeoKGRDF
import GeoKGStore

/// The ids, in one store, of the predicates consolidation reads (in both data shapes) and writes.
struct ReportVocabulary {
    /// Predicates from an event node to its subject, relation and object, as comma-separated ids for SQL.
    let subjects, relations, objects: String
    /// Predicates of an event node's details, by what they give.
    let reportDate, eventDate, modality, source, validFrom, validUntil, confidence: Set<Int64>
    /// The facts graph, and the terms a fact is written with.
    let factsGraph, type, factClass, subject, relation, object, mention, sourceCount, negatedCount: Int64
    let firstReported, lastReported, writtenEventDate, writtenModality, writtenValidFrom, writtenValidUntil: Int64
    let writtenConfidence: Int64

    /// Every predicate of an event node's details.
    var details: Set<Int64> {
        reportDate.union(eventDate).union(modality).union(source).union(validFrom).union(validUntil).union(confidence)
    }

    init(_ session: StoreSession) throws {
        let shapes = FactVocabulary.standard
        func found(_ iris: [IRI]) throws -> Set<Int64> {
            Set(try iris.compactMap { iri throws(StoreError) in try session.existingID(of: .iri(iri)) })
        }
        func list(_ iris: [IRI]) throws -> String {
            let ids = try found(iris).sorted()
            // No such predicate in the store: an id no term has, so the SQL still reads and finds nothing.
            return ids.isEmpty ? "-1" : ids.map(String.init).joined(separator: ", ")
        }
        subjects = try list(shapes.subject)
        relations = try list(shapes.relation)
        objects = try list(shapes.object)
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
        subject = try id(GeoVocabulary.subject)
        relation = try id(GeoVocabulary.relation)
        object = try id(GeoVocabulary.object)
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
