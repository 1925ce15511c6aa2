/// What the consolidator remembers of one subject, relation and object between transactions: its reports, its
/// facts in order, and the statements they were written with.
struct KeyFacts {
    /// The reports, by event node.
    var reports: [Int64: Report] = [:]
    /// The facts, in their order (their number in the IRI is their place here, from 1).
    var facts: [KeyFact] = []
    /// The statements of the facts graph that describe them.
    var statements: Set<FactStatement> = []

    /// Splits `reports` into facts afresh (see `FactCluster.split`), each with its reports.
    static func facts(of reports: [Report], window: Int, isStanding: Bool) -> [(fact: KeyFact, reports: [Report])] {
        FactCluster.split(reports, window: window, isStanding: isStanding).map { cluster in
            (
                KeyFact(
                    firstDay: cluster.first?.eventDay, lastDay: cluster.last?.eventDay, summary: FactSummary(cluster)),
                cluster
            )
        }
    }

    /// Adds new reports (not yet among `reports`) to the facts they join, when that changes neither the number of
    /// any fact nor the split of the others: the usual case of a new article. Returns the places of the facts that
    /// changed, each with its figures before (`nil` for a new fact) and its new reports; or `nil`, leaving `self`
    /// as it was, when the facts must be split afresh.
    /// - Complexity: O(n) in the new reports and the facts, when `self` is not shared (no copy of its reports).
    mutating func add(_ new: [Report], window: Int, isStanding: Bool)
        -> [Int: (before: FactFigures?, reports: [Report])]?
    {
        let sorted = new.sorted(by: FactCluster.order)
        // Where each report goes, found on the facts' day spans alone before anything changes.
        var spans = facts.map { (first: $0.firstDay, last: $0.lastDay) }
        var places: [Int] = []
        for report in sorted {
            guard let place = Self.place(of: report.eventDay, among: spans, window: window, isStanding: isStanding)
            else { return nil }
            if place == spans.count { spans.append((report.eventDay, report.eventDay)) }
            if let day = report.eventDay {
                spans[place] = (min(spans[place].first ?? day, day), max(spans[place].last ?? day, day))
            }
            places.append(place)
        }
        var touched: [Int: (before: FactFigures?, reports: [Report])] = [:]
        let known = facts.count
        for (report, place) in zip(sorted, places) {
            if place == facts.count {
                facts.append(KeyFact(firstDay: report.eventDay, lastDay: report.eventDay, summary: FactSummary()))
            }
            if touched[place] == nil { touched[place] = (place < known ? facts[place].summary.figures : nil, []) }
            facts[place].take(report)
            touched[place]?.reports.append(report)
            reports[report.event] = report
        }
        return touched
    }

    /// The place of the fact a report of event day `day` joins, given the facts' day spans: an existing one, or
    /// `spans.count` for a new one after all others; `nil` when it would join two facts, or start one before
    /// another.
    private static func place(of day: Int?, among spans: [(first: Int?, last: Int?)], window: Int, isStanding: Bool)
        -> Int?
    {
        if isStanding { return spans.count <= 1 ? 0 : nil }
        guard let day else {
            // Undated reports make the last fact.
            return spans.last.map { $0.first == nil ? spans.count - 1 : spans.count } ?? 0
        }
        let reached = spans.indices.filter { place in
            guard let first = spans[place].first, let last = spans[place].last else { return false }
            return day >= first - window && day <= last + window
        }
        switch reached.count {
        case 0:
            // A new fact keeps the others' numbers only after every fact there is.
            return spans.allSatisfy { ($0.last ?? .max) < day } ? spans.count : nil
        case 1:
            let place = reached[0]
            // Stretched to `day`, the fact must stay more than a window away from its neighbours.
            let first = min(spans[place].first ?? day, day)
            let last = max(spans[place].last ?? day, day)
            if place > 0, let before = spans[place - 1].last, first - before <= window { return nil }
            if place + 1 < spans.count, let after = spans[place + 1].first, after - last <= window { return nil }
            return place
        default:
            return nil
        }
    }
}

/// One consolidated fact as the consolidator remembers it.
struct KeyFact {
    /// The event days of its earliest and latest reports; `nil` for the fact of undated reports.
    var firstDay: Int?
    var lastDay: Int?
    var summary: FactSummary

    /// Takes in one more report.
    mutating func take(_ report: Report) {
        if let day = report.eventDay {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
        summary.add(report)
    }
}
