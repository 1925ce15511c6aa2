/// How the reports of one subject, relation and object split into consolidated facts.
enum FactCluster {
    /// Splits the reports of one subject, relation and object into facts: reports whose event days lie at most
    /// `window` days apart (each from the previous) are one fact; undated reports make one fact of their own, the
    /// last; a standing relation is one fact whatever its dates. Facts come in the order of their first day, each
    /// with its reports in `order`.
    ///
    /// The split depends only on the set of reports, never on the order in which they were stored.
    static func split(_ reports: [Report], window: Int, isStanding: Bool) -> [[Report]] {
        let sorted = reports.sorted(by: order)
        if isStanding { return sorted.isEmpty ? [] : [sorted] }
        var clusters: [[Report]] = []
        for report in sorted {
            if let last = clusters.last?.last, joins(report, after: last, window: window) {
                clusters[clusters.count - 1].append(report)
            } else {
                clusters.append([report])
            }
        }
        return clusters
    }

    /// Whether `report` belongs with `previous`, the report before it in `order`, in one fact.
    static func joins(_ report: Report, after previous: Report, window: Int) -> Bool {
        switch (previous.eventDay, report.eventDay) {
        case (let last?, let day?): day - last <= window
        case (nil, nil): true
        default: false
        }
    }

    /// Reports by event day, undated last, then by event node.
    static func order(_ a: Report, _ b: Report) -> Bool {
        (a.eventDay ?? .max, a.event) < (b.eventDay ?? .max, b.event)
    }
}
