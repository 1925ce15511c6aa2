/// The reports of one subject, relation and object that make one consolidated fact.
struct FactCluster {
    /// The reports, ordered by event day (undated last), then by event id.
    let reports: [Report]

    /// Splits the reports of one subject, relation and object into facts: reports whose event days lie at most
    /// `window` days apart (each from the previous) are one fact; undated reports make one fact of their own; a
    /// standing relation is one fact whatever its dates. Clusters come in the order of their first day.
    ///
    /// The split depends only on the set of reports, never on the order in which they were stored.
    static func split(_ reports: [Report], window: Int, isStanding: Bool) -> [FactCluster] {
        let sorted = reports.sorted { ($0.eventDay ?? .max, $0.event) < ($1.eventDay ?? .max, $1.event) }
        if isStanding { return sorted.isEmpty ? [] : [FactCluster(reports: sorted)] }
        var clusters: [FactCluster] = []
        var current: [Report] = []
        var lastDay: Int?
        for report in sorted {
            let day = report.eventDay
            let joins: Bool
            switch (lastDay, day) {
            case (let last?, let day?): joins = day - last <= window
            case (nil, nil): joins = !current.isEmpty
            default: joins = false
            }
            if !joins, !current.isEmpty {
                clusters.append(FactCluster(reports: current))
                current = []
            }
            current.append(report)
            lastDay = day
        }
        if !current.isEmpty { clusters.append(FactCluster(reports: current)) }
        return clusters
    }

    /// Asserted when any report asserts it, else planned when any plans it, else negated.
    var modality: String {
        let modalities = Set(reports.map(\.modality))
        return modalities.contains("asserted") ? "asserted" : modalities.contains("planned") ? "planned" : "negated"
    }

    /// The distinct sources that report it without denying it.
    var sources: Set<Int64> { Set(reports.filter { !$0.isNegated }.map(\.source)) }

    /// The distinct sources that deny it.
    var denyingSources: Set<Int64> { Set(reports.filter(\.isNegated).map(\.source)) }

    /// The earliest and latest report dates.
    var reported: (first: StoredValue, last: StoredValue)? {
        let dates = reports.compactMap(\.reportDate)
        guard let first = dates.min(by: { $0.text < $1.text }), let last = dates.max(by: { $0.text < $1.text })
        else { return nil }
        return (first, last)
    }

    /// The event date of its earliest dated report (the most precise, when several share that day).
    var eventDate: StoredValue? {
        reports.filter { $0.eventDay != nil }.min {
            let (a, b) = ($0.eventDate?.text ?? "", $1.eventDate?.text ?? "")
            return ($0.eventDay ?? 0, -a.count, a) < ($1.eventDay ?? 0, -b.count, b)
        }?.eventDate
    }

    /// The earliest start and latest end its reports give a standing relation.
    var validity: (from: StoredValue?, until: StoredValue?) {
        (
            reports.compactMap(\.validFrom).min { $0.text < $1.text },
            reports.compactMap(\.validUntil).max { $0.text < $1.text }
        )
    }

    /// How likely the fact is right given independent sources: 1 − Π(1 − cᵢ) over the sources that report it,
    /// each source counting with its most confident report; `nil` when no report has a confidence.
    var confidence: Double? {
        var best: [Int64: Double] = [:]
        for report in reports where !report.isNegated {
            guard let confidence = report.confidence else { continue }
            best[report.source] = max(best[report.source] ?? 0, confidence)
        }
        guard !best.isEmpty else { return nil }
        return 1 - best.values.reduce(1) { $0 * (1 - min(max($1, 0), 1)) }
    }
}
