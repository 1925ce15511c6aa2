import GeoKGArticles

/// A term as the store holds it: its id, for writing it again, and its lexical form, for comparing.
struct StoredValue {
    let id: Int64
    let text: String
}

/// One event node as consolidation reads it: one article's (or one event record's) report of a relation.
struct Report {
    /// The event node's id.
    let event: Int64
    /// The id of the article or URL it was read from; the event itself when it names none.
    var source: Int64
    /// The date of its article (geokg's shape) or record (imported event data), an `xsd:date`.
    private(set) var reportDate: StoredValue?
    /// The date its sentence gives the event, as stored (typed by its precision).
    private(set) var statedEventDate: StoredValue?
    /// `"asserted"`, `"planned"` or `"negated"`; imported records, which give none, are asserted.
    var modality = "asserted"
    /// When a standing relation began and ended, as stored.
    var validFrom: StoredValue?
    var validUntil: StoredValue?
    /// The measured precision of the pattern that found it.
    var confidence: Double?

    init(event: Int64) {
        self.event = event
        self.source = event
    }

    /// When the event happened: the date its sentence gives, else its report's date.
    var eventDate: StoredValue? { statedEventDate ?? reportDate }

    /// Whether the report denies the relation.
    var isNegated: Bool { modality == "negated" }

    /// The day its event happened, counted from 1970-01-01 (the first day of a month or year given alone); kept
    /// up to date by `absorb`, since clustering compares it often.
    private(set) var eventDay: Int?
}

extension Report {
    /// Takes in one detail of the event node: `object` (whose lexical form is `text`) under `predicate`. Of
    /// details given twice, the least is kept, so that the result does not depend on the order rows come in.
    mutating func absorb(predicate: Int64, object: Int64, text: String, vocabulary: ReportVocabulary) {
        let value = StoredValue(id: object, text: text)
        if vocabulary.reportDate.contains(predicate) || vocabulary.eventDate.contains(predicate) {
            if vocabulary.reportDate.contains(predicate) { reportDate = least(reportDate, value) }
            if vocabulary.eventDate.contains(predicate) { statedEventDate = least(statedEventDate, value) }
            eventDay = eventDate.flatMap { CivilDate.firstDayNumber(of: $0.text) }
        }
        if vocabulary.modality.contains(predicate) { modality = text }
        if vocabulary.source.contains(predicate), source == event || object < source { source = object }
        if vocabulary.validFrom.contains(predicate) { validFrom = value }
        if vocabulary.validUntil.contains(predicate) { validUntil = value }
        if vocabulary.confidence.contains(predicate) { confidence = Double(text) }
    }

    private func least(_ known: StoredValue?, _ value: StoredValue) -> StoredValue {
        guard let known else { return value }
        return value.text < known.text ? value : known
    }
}
