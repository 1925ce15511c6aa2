import GeoKGArticles

/// A term as the store holds it: its id, for writing it again, and its lexical form, for comparing.
struct StoredValue: Sendable {
    let id: Int64
    let text: String
}

/// One event node as consolidation reads it: one article's (or one event record's) report of a relation.
struct Report: Sendable {
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
    /// Takes in one detail of the event node: `object` (whose lexical form is `text`) under a predicate with the
    /// roles `roles`. Of details given twice, the least is kept, so that the result does not depend on the order
    /// rows come in.
    mutating func absorb(roles: ReportRoles, object: Int64, text: String) {
        let value = StoredValue(id: object, text: text)
        if !roles.isDisjoint(with: [.reportDate, .eventDate]) {
            if roles.contains(.reportDate) { reportDate = least(reportDate, value) }
            if roles.contains(.eventDate) { statedEventDate = least(statedEventDate, value) }
            eventDay = eventDate.flatMap { CivilDate.firstDayNumber(of: $0.text) }
        }
        if roles.contains(.modality) { modality = text }
        if roles.contains(.source), source == event || object < source { source = object }
        if roles.contains(.validFrom) { validFrom = value }
        if roles.contains(.validUntil) { validUntil = value }
        if roles.contains(.confidence) { confidence = Double(text) }
    }

    private func least(_ known: StoredValue?, _ value: StoredValue) -> StoredValue {
        guard let known else { return value }
        return value.text < known.text ? value : known
    }
}
