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
        // Made in the order earlier builds made them, so that a new store numbers them as before.
        func id(_ iri: IRI) throws -> Int64 { try session.id(of: .iri(iri)) }
        let graph = try id(GeoVocabulary.factsGraph)
        let type = try id(RDF.type)
        let factClass = try id(GeoVocabulary.fact)
        let parts: [(FactField, IRI)] = [
            (.subject, GeoVocabulary.subject), (.relation, GeoVocabulary.relation), (.object, GeoVocabulary.object),
        ]
        var fields = Dictionary(uniqueKeysWithValues: try parts.map { ($0.0, try id($0.1)) })
        let mention = try id(GeoVocabulary.mention)
        let figures: [(FactField, IRI)] = [
            (.sourceCount, GeoVocabulary.sourceCount), (.negatedCount, GeoVocabulary.negatedCount),
            (.firstReported, GeoVocabulary.firstReported), (.lastReported, GeoVocabulary.lastReported),
            (.eventDate, GeoVocabulary.eventDate), (.modality, GeoVocabulary.modality),
            (.validFrom, GeoVocabulary.validFrom), (.validUntil, GeoVocabulary.validUntil),
            (.confidence, GeoVocabulary.confidence),
        ]
        for (field, iri) in figures { fields[field] = try id(iri) }
        factTerms = FactTerms(graph: graph, type: type, factClass: factClass, mention: mention, fields: fields)
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
