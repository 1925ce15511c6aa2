/// How often each kind of extraction rule was right on gold-annotated articles, by modality: what a fact's
/// confidence is (`confidence.tsv`, made by `geokg eval --calibration`).
public struct ConfidenceTable: Sendable {
    /// One kind of rule in one modality.
    public struct Row: Sendable, Equatable {
        /// The rule's kind (`verbal`, `title`...).
        public let pattern: String
        /// `asserted` or `planned`.
        public let modality: String
        /// Facts it stated, and how many of them the gold holds.
        public let stated: Int
        public let right: Int

        public init(pattern: String, modality: String, stated: Int, right: Int) {
            (self.pattern, self.modality, self.stated, self.right) = (pattern, modality, stated, right)
        }

        /// Its precision, drawn towards one half by one right and one wrong fact more (so that a kind seen
        /// twice is not taken as certain): (right + 1) / (stated + 2).
        public var confidence: Double { Double(right + 1) / Double(stated + 2) }
    }

    /// The rows, in file order.
    public let rows: [Row]
    private let index: [String: Double]

    /// A table of `rows`.
    public init(rows: [Row] = []) {
        self.rows = rows
        index = Dictionary(
            rows.map { ($0.pattern + "\t" + $0.modality, $0.confidence) }, uniquingKeysWith: { a, _ in a })
    }

    /// The confidence of a fact found by a rule of kind `pattern` with modality `modality` (a denied fact counts
    /// as asserted); `nil` for a kind the table does not hold.
    public func confidence(pattern: String, modality: String) -> Double? {
        index[pattern + "\t" + (modality == "negated" ? "asserted" : modality)]
    }

    /// The table as the lines of `confidence.tsv`, header first.
    public var tsv: String {
        (["pattern\tmodality\tstated\tright\tconfidence"]
            + rows.map { row in
                "\(row.pattern)\t\(row.modality)\t\(row.stated)\t\(row.right)\t\(Ontology.decimal(row.confidence) ?? "")"
            }).joined(separator: "\n") + "\n"
    }

    /// The file, relative to the ontology folder.
    static let file = "confidence.tsv"

    /// Reads `confidence.tsv` from `folder`.
    /// - Throws: `OntologyError` naming the file and line of a malformed row.
    static func load(from folder: String) throws(OntologyError) -> ConfidenceTable {
        let file = try TSVFile(
            Self.file, in: folder, columns: ["pattern", "modality", "stated", "right", "confidence"])
        var rows: [Row] = []
        for line in file.rows {
            let modality = try line.choice(1, of: ["asserted", "planned"])
            guard let stated = Int(try line.required(2)), let right = Int(try line.required(3)), stated >= right,
                right >= 0
            else { throw line.error("stated and right must be whole numbers, right no more than stated") }
            let row = Row(pattern: try line.required(0), modality: modality, stated: stated, right: right)
            guard try line.required(4) == Ontology.decimal(row.confidence) else {
                throw line.error("confidence '\(line[4])' is not (right + 1) / (stated + 2)")
            }
            rows.append(row)
        }
        return ConfidenceTable(rows: rows)
    }
}
