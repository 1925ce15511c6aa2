import GeoKGOntology
import GeoKGRDF
import GeoKGStore

/// Makes the statements of one key's consolidated facts, as ids of one store.
struct FactStatements {
    let key: FactKey
    let isStanding: Bool
    private let fields: FactFieldValues
    /// The facts' IRI without their number (see `stem(of:)`).
    private let stem: String

    /// The statements of `key`, whose subject, relation and object are named `names` (their IRIs, say).
    init(key: FactKey, names: [String], isStanding: Bool, session: StoreSession, vocabulary: ReportVocabulary) {
        self.key = key
        self.isStanding = isStanding
        fields = FactFieldValues(session: session, vocabulary: vocabulary)
        stem = Self.stem(of: names)
    }

    /// The IRI of a key's facts without their number: the namespace, a hash of the subject's, relation's and
    /// object's names `names`, and a dash.
    static func stem(of names: [String]) -> String {
        FactConsolidator.namespace + ContentHash.ofLines(names[0], names[1], names[2], digits: 20) + "-"
    }

    /// The IRI of the fact at `place` (numbered from 1) among those of the key whose stem is `stem`.
    static func iri(stem: String, place: Int) -> IRI {
        IRI(unchecked: stem + String(place + 1))
    }

    /// The id of the fact at `place` (numbered from 1 in its IRI), added to the store's terms when new.
    func fact(at place: Int) throws -> Int64 {
        try fields.session.id(of: .iri(Self.iri(stem: stem, place: place)))
    }

    /// The id of the stored fact at `place`, or `nil` when the store has no such term.
    func storedFact(at place: Int) throws -> Int64? {
        try fields.session.existingID(of: .iri(Self.iri(stem: stem, place: place)))
    }

    /// What the fact `fact` (one of `fact(at:)`) says apart from its mentions: its class, and its fields as
    /// `figures` give them.
    func description(of fact: Int64, _ figures: FactFigures) throws -> [FactStatement] {
        let terms = fields.vocabulary.factTerms
        var out = [FactStatement(fact: fact, predicate: terms.type, object: terms.factClass)]
        let values = try fields.values(of: key, isStanding: isStanding, figures)
        for (predicate, value) in zip(terms.predicates, values) {
            if let value, let predicate {
                out.append(FactStatement(fact: fact, predicate: predicate, object: value))
            }
        }
        return out
    }

    /// The statements that the fact `fact` is reported by `reports`.
    func mentions(of fact: Int64, _ reports: [Report]) -> [FactStatement] {
        reports.map { FactStatement(fact: fact, predicate: fields.vocabulary.factTerms.mention, object: $0.event) }
    }
}

/// Gives the objects of a consolidated fact's fields as ids of one store, adding the literals it needs. The ids of
/// the counts, modalities and confidences met, few and met again and again, are remembered: use it within one
/// transaction.
final class FactFieldValues {
    let session: StoreSession
    let vocabulary: ReportVocabulary
    private var integers: [Int: Int64] = [:]
    private var modalities: [String: Int64] = [:]
    private var confidences: [Double: Int64] = [:]

    init(session: StoreSession, vocabulary: ReportVocabulary) {
        (self.session, self.vocabulary) = (session, vocabulary)
    }

    /// The id of each field's object (in the order of `FactField.allCases`; `nil` where the fact has none) of a
    /// fact of `key` whose reports say `figures`: a standing relation has no event date, a confidence is given to
    /// three decimal places.
    func values(of key: FactKey, isStanding: Bool, _ figures: FactFigures) throws -> [Int64?] {
        func integer(_ value: Int) throws -> Int64? {
            try remembered(value, in: &integers) { Literal(String($0), datatype: XSD.integer) }
        }
        return try FactField.allCases.map { field in
            switch field {
            case .subject: key.subject
            case .relation: key.relation
            case .object: key.object
            case .modality: try remembered(figures.modality, in: &modalities) { Literal($0) }
            case .sourceCount: try integer(figures.sourceCount)
            case .negatedCount: figures.negatedCount > 0 ? try integer(figures.negatedCount) : nil
            case .firstReported: figures.firstReported?.id
            case .lastReported: figures.lastReported?.id
            case .eventDate: isStanding ? nil : figures.eventDate?.id
            case .validFrom: figures.validFrom?.id
            case .validUntil: figures.validUntil?.id
            case .confidence:
                try figures.confidence.flatMap { confidence in
                    try remembered((confidence * 1000).rounded() / 1000, in: &confidences) {
                        Ontology.decimal($0).map { Literal($0, datatype: XSD.decimal) }
                    }
                }
            }
        }
    }

    /// The id `memo` holds for `key`, else that of the literal `literal` makes of it, remembered there; `nil` when
    /// it makes none.
    private func remembered<Key: Hashable>(_ key: Key, in memo: inout [Key: Int64], _ literal: (Key) -> Literal?)
        throws -> Int64?
    {
        if let known = memo[key] { return known }
        guard let literal = literal(key) else { return nil }
        let id = try session.id(of: .literal(literal))
        memo[key] = id
        return id
    }
}
