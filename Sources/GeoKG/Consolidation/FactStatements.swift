import GeoKGOntology
import GeoKGRDF
import GeoKGStore

/// Makes the statements of one key's consolidated facts, as ids of one store.
struct FactStatements {
    let key: FactKey
    let isStanding: Bool
    private let session: StoreSession
    private let vocabulary: ReportVocabulary
    /// The facts' IRI without their number: a hash of the subject's, relation's and object's IRIs.
    private let stem: String

    /// The statements of `key`, whose subject, relation and object are named `names` (their IRIs, say).
    init(key: FactKey, names: [String], isStanding: Bool, session: StoreSession, vocabulary: ReportVocabulary) {
        self.key = key
        self.isStanding = isStanding
        self.session = session
        self.vocabulary = vocabulary
        stem = FactConsolidator.namespace + ContentHash.ofLines(names[0], names[1], names[2], digits: 20) + "-"
    }

    /// The id of the fact at `place` (numbered from 1 in its IRI), added to the store's terms when new.
    func fact(at place: Int) throws -> Int64 {
        try session.id(of: .iri(IRI(unchecked: stem + String(place + 1))))
    }

    /// The id of the stored fact at `place`, or `nil` when the store has no such term.
    func storedFact(at place: Int) throws -> Int64? {
        try session.existingID(of: .iri(IRI(unchecked: stem + String(place + 1))))
    }

    /// What the fact `fact` (one of `fact(at:)`) says apart from its mentions: its class, subject, relation and
    /// object, and `figures`.
    func description(of fact: Int64, _ figures: FactFigures) throws -> [FactStatement] {
        var out: [FactStatement] = []
        func add(_ predicate: Int64, _ object: Int64) {
            out.append(FactStatement(fact: fact, predicate: predicate, object: object))
        }
        func add(_ predicate: Int64, _ literal: Literal) throws {
            add(predicate, try session.id(of: .literal(literal)))
        }
        add(vocabulary.type, vocabulary.factClass)
        add(vocabulary.writtenSubject, key.subject)
        add(vocabulary.writtenRelation, key.relation)
        add(vocabulary.writtenObject, key.object)
        try add(vocabulary.writtenModality, Literal(figures.modality))
        try add(vocabulary.sourceCount, Literal(String(figures.sourceCount), datatype: XSD.integer))
        if figures.negatedCount > 0 {
            try add(vocabulary.negatedCount, Literal(String(figures.negatedCount), datatype: XSD.integer))
        }
        if let first = figures.firstReported { add(vocabulary.firstReported, first.id) }
        if let last = figures.lastReported { add(vocabulary.lastReported, last.id) }
        if let date = figures.eventDate, !isStanding { add(vocabulary.writtenEventDate, date.id) }
        if let from = figures.validFrom { add(vocabulary.writtenValidFrom, from.id) }
        if let until = figures.validUntil { add(vocabulary.writtenValidUntil, until.id) }
        if let confidence = figures.confidence, let text = Ontology.decimal((confidence * 1000).rounded() / 1000) {
            try add(vocabulary.writtenConfidence, Literal(text, datatype: XSD.decimal))
        }
        return out
    }

    /// The statements that the fact `fact` is reported by `reports`.
    func mentions(of fact: Int64, _ reports: [Report]) -> [FactStatement] {
        reports.map { FactStatement(fact: fact, predicate: vocabulary.mention, object: $0.event) }
    }
}
