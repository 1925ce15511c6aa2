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

    /// What each of those predicates gives, by id: one lookup per statement read.
    let roles: [Int64: ReportRoles]

    /// The terms the facts graph is written and read with.
    let factTerms: FactTerms

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
        var roles: [Int64: ReportRoles] = [:]
        let byRole: [(Set<Int64>, ReportRoles)] = [
            (subject, .subject), (relation, .relation), (object, .object), (reportDate, .reportDate),
            (eventDate, .eventDate), (modality, .modality), (source, .source), (validFrom, .validFrom),
            (validUntil, .validUntil), (confidence, .confidence),
        ]
        for (ids, role) in byRole {
            for id in ids { roles[id, default: []].insert(role) }
        }
        self.roles = roles
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
        factTerms = FactTerms(
            graph: factsGraph, type: type, factClass: factClass, mention: mention,
            fields: [
                .subject: writtenSubject, .relation: writtenRelation, .object: writtenObject,
                .modality: writtenModality, .sourceCount: sourceCount, .negatedCount: negatedCount,
                .firstReported: firstReported, .lastReported: lastReported, .eventDate: writtenEventDate,
                .validFrom: writtenValidFrom, .validUntil: writtenValidUntil, .confidence: writtenConfidence,
            ])
    }
}

/// What a predicate of an event node gives: one of its three parts, or one of its details.
struct ReportRoles: OptionSet {
    let rawValue: UInt16
    static let subject = ReportRoles(rawValue: 1 << 0)
    static let relation = ReportRoles(rawValue: 1 << 1)
    static let object = ReportRoles(rawValue: 1 << 2)
    static let reportDate = ReportRoles(rawValue: 1 << 3)
    static let eventDate = ReportRoles(rawValue: 1 << 4)
    static let modality = ReportRoles(rawValue: 1 << 5)
    static let source = ReportRoles(rawValue: 1 << 6)
    static let validFrom = ReportRoles(rawValue: 1 << 7)
    static let validUntil = ReportRoles(rawValue: 1 << 8)
    static let confidence = ReportRoles(rawValue: 1 << 9)
    /// The roles of details.
    static let details: ReportRoles = textDetails.union(.source)
    /// The roles of details read by their object's text: all but the source, which is its id.
    static let textDetails: ReportRoles = [.reportDate, .eventDate, .modality, .validFrom, .validUntil, .confidence]
}
