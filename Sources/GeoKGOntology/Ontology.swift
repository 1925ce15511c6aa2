/// Everything geokg knows before reading an article: classes, relations, gazetteer and lexicon,
/// as loaded from an `Ontology/` folder.
///
/// ```swift
/// guard let folder = Ontology.defaultFolder() else { throw ... }
/// let ontology = try Ontology.load(from: folder)
/// ontology.relation("meets")?.isSymmetric        // true
/// ontology.gazetteer.country(iso3: "CHN")?.name  // "China"
/// ```
public struct Ontology: Sendable {
    /// The classes of `classes.tsv`, in file order.
    public let classes: [OntologyClass]
    /// The relations of `relations.tsv`, in file order.
    public let relations: [RelationType]
    /// The known entities of `gazetteer/`.
    public let gazetteer: Gazetteer
    /// The trigger words, titles, cues and abbreviations of `lexicon/`.
    public let lexicon: Lexicon
    /// The measured precision of each kind of extraction rule, of `confidence.tsv`.
    public let confidence: ConfidenceTable
    /// Index of `relations` by id.
    private let relationIndex: [String: Int]

    /// Makes an ontology from its parts.
    ///
    /// `load(from:)` reads the parts from a folder instead. When two relations share an id, `relation(_:)`
    /// finds the first.
    public init(
        classes: [OntologyClass], relations: [RelationType], gazetteer: Gazetteer, lexicon: Lexicon,
        confidence: ConfidenceTable = ConfidenceTable()
    ) {
        self.confidence = confidence
        self.classes = classes
        self.relations = relations
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        var index: [String: Int] = [:]
        for (offset, relation) in relations.enumerated() where index[relation.id] == nil {
            index[relation.id] = offset
        }
        relationIndex = index
    }

    /// The relation whose id is `id` (`"meets"`), or `nil`.
    ///
    /// - Complexity: O(1).
    public func relation(_ id: String) -> RelationType? {
        relationIndex[id].map { relations[$0] }
    }

    /// The standing relation `standing`, which `load(from:)` checks `relations.tsv` defines; an ontology made
    /// by hand without it gets a bare relation of that id.
    public func relation(_ standing: StandingRelation) -> RelationType {
        relation(standing.rawValue) ?? RelationType(id: standing.rawValue, label: standing.rawValue, isEvent: false)
    }
}
