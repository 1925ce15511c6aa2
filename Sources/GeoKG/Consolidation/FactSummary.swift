/// What the reports of one consolidated fact say together, taken in a report at a time: adding a report to a fact
/// told a hundred times costs as little as adding it to a fact told once.
struct FactSummary {
    private var modalities: Set<String> = []
    /// The distinct sources that report the fact without denying it, and those that deny it.
    private var sources: Set<Int64> = []
    private var denyingSources: Set<Int64> = []
    /// The earliest and latest report dates.
    private var firstReported: StoredValue?
    private var lastReported: StoredValue?
    /// The event date of its earliest dated report (the most precise, when several share that day).
    private var eventDate: StoredValue?
    private var eventDay: Int?
    /// The earliest start and latest end its reports give a standing relation.
    private var validFrom: StoredValue?
    private var validUntil: StoredValue?
    /// Each reporting source's most confident report, and those confidences in ascending order.
    private var bestConfidence: [Int64: Double] = [:]
    private var confidences: [Double] = []

    /// The summary of `reports`.
    init(_ reports: some Sequence<Report> = []) {
        for report in reports { add(report) }
    }

    /// Takes in one more report.
    mutating func add(_ report: Report) {
        modalities.insert(report.modality)
        if report.isNegated {
            denyingSources.insert(report.source)
        } else {
            sources.insert(report.source)
            if let confidence = report.confidence.map({ min(max($0, 0), 1) }) {
                let known = bestConfidence[report.source]
                if known.map({ confidence > $0 }) ?? true {
                    if let known, let place = confidences.firstIndex(of: known) { confidences.remove(at: place) }
                    bestConfidence[report.source] = confidence
                    confidences.insert(confidence, at: confidences.firstIndex { $0 > confidence } ?? confidences.count)
                }
            }
        }
        if let date = report.reportDate {
            if firstReported.map({ date.text < $0.text }) ?? true { firstReported = date }
            if lastReported.map({ date.text > $0.text }) ?? true { lastReported = date }
        }
        if let day = report.eventDay, let date = report.eventDate {
            let known = eventDate?.text ?? ""
            if eventDay.map({ (day, -date.text.utf8.count, date.text) < ($0, -known.utf8.count, known) }) ?? true {
                (eventDay, eventDate) = (day, date)
            }
        }
        if let from = report.validFrom, validFrom.map({ from.text < $0.text }) ?? true { validFrom = from }
        if let until = report.validUntil, validUntil.map({ until.text > $0.text }) ?? true { validUntil = until }
    }

    /// What the reports say together, as the fact's statements give it.
    var figures: FactFigures {
        FactFigures(
            modality: modalities.contains("asserted")
                ? "asserted" : modalities.contains("planned") ? "planned" : "negated",
            sourceCount: sources.count, negatedCount: denyingSources.count, firstReported: firstReported,
            lastReported: lastReported, eventDate: eventDate, validFrom: validFrom, validUntil: validUntil,
            confidence: confidences.isEmpty ? nil : 1 - confidences.reduce(1) { $0 * (1 - $1) })
    }
}

/// What the reports of one fact say together: the values of its statements.
struct FactFigures: Sendable {
    /// Asserted when any report asserts it, else planned when any plans it, else negated.
    let modality: String
    /// The distinct sources that report it without denying it, and those that deny it.
    let sourceCount: Int
    let negatedCount: Int
    let firstReported: StoredValue?
    let lastReported: StoredValue?
    let eventDate: StoredValue?
    let validFrom: StoredValue?
    let validUntil: StoredValue?
    /// How likely the fact is right given independent sources: 1 − Π(1 − cᵢ) over the sources that report it, each
    /// with its most confident report, multiplied in ascending order; `nil` when no report has a confidence.
    let confidence: Double?
}
