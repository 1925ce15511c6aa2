public import GeoKGOntology

/// How far a fact's confidence can be trusted: from the judged reports of gold-annotated articles, each kind of
/// rule's measured precision (the table `confidence.tsv` holds), and how often facts of each confidence were right
/// when every article's confidences come from the other articles alone.
public struct Calibration: Sendable {
    /// The precision of each kind of rule and modality on all the articles.
    public let table: ConfidenceTable
    /// Confidence bins, from `lower` up to (not including) `upper`, with the reports in each and those right.
    public let bins: [(lower: Double, upper: Double, reports: Int, right: Int)]

    /// The calibration of `articles`, each the judged reports of one article.
    public init(articles: [[JudgedReport]]) {
        let totals = Self.counts(articles.flatMap { $0 })
        table = ConfidenceTable(
            rows: totals.keys.sorted { ($0.pattern, $0.modality) < ($1.pattern, $1.modality) }.map { key in
                let count = totals[key] ?? (0, 0)
                return ConfidenceTable.Row(
                    pattern: key.pattern, modality: key.modality, stated: count.stated, right: count.right)
            })
        let edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]
        var bins = zip(edges, edges.dropFirst()).map { (lower: $0, upper: $1, reports: 0, right: 0) }
        for article in articles {
            let own = Self.counts(article)
            for report in article {
                let key = Key(pattern: report.pattern, modality: report.modality)
                let all = totals[key] ?? (0, 0), mine = own[key] ?? (0, 0)
                // The kind's precision on the other articles only.
                let confidence = ConfidenceTable.Row(
                    pattern: key.pattern, modality: key.modality, stated: all.stated - mine.stated,
                    right: all.right - mine.right
                ).confidence
                guard let bin = bins.firstIndex(where: { confidence >= $0.lower && confidence < $0.upper }) else {
                    continue
                }
                bins[bin].reports += 1
                if report.isRight { bins[bin].right += 1 }
            }
        }
        self.bins = bins
    }

    /// The calibration table as Markdown, for the README.
    public var markdown: String {
        var lines = ["| confidence | facts | right | share right |", "| --- | --- | --- | --- |"]
        for bin in bins where bin.reports > 0 {
            let range = "\(Ontology.decimal(bin.lower) ?? "")–\(Ontology.decimal(min(bin.upper, 1)) ?? "")"
            let share = Ontology.decimal((Double(bin.right) / Double(bin.reports) * 100).rounded() / 100) ?? ""
            lines.append("| \(range) | \(bin.reports) | \(bin.right) | \(share) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private struct Key: Hashable {
        let pattern: String
        let modality: String
    }

    private static func counts(_ reports: [JudgedReport]) -> [Key: (stated: Int, right: Int)] {
        var counts: [Key: (stated: Int, right: Int)] = [:]
        for report in reports {
            let key = Key(pattern: report.pattern, modality: report.modality)
            counts[key, default: (0, 0)].stated += 1
            if report.isRight { counts[key, default: (0, 0)].right += 1 }
        }
        return counts
    }
}
