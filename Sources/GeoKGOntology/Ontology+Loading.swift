extension Ontology {
    /// The file names, relative to the ontology folder.
    static let classesFile = "classes.tsv"
    static let relationsFile = "relations.tsv"

    /// Loads every file of an Ontology folder and checks it.
    ///
    /// The checks: field counts, known relation ids in triggers/titles, known class ids, people's `of`
    /// resolvable, no duplicate ids per file. Besides, headers must name the documented columns in order; ids
    /// must be ASCII letters and digits and unique across the gazetteer; a name or alias must belong to one
    /// entry of its file, and the files generated from Phoenix may not use a name or alias of a hand-written
    /// gazetteer file; a person's rows must agree on name and wikidata; dates, ISO codes, Q-ids, CAMEO codes
    /// and Goldstein weights must be well formed; triggers must name event relations and titles standing ones;
    /// agent nouns must be listed once, with forms that belong to one noun.
    ///
    /// Files are read in this order, and the first problem stops the load: `classes.tsv`, `relations.tsv`,
    /// `gazetteer/countries.tsv`, `organizations.tsv`, `people.tsv`, `commodities.tsv`,
    /// `international-bodies.tsv`, `nonstate-groups.tsv`, `officials.tsv`, `lexicon/triggers.tsv`,
    /// `titles.tsv`, `cues.tsv`, `abbreviations.txt`, `honorifics.txt`, `title-modifiers.txt`, `agents.tsv`.
    ///
    /// ```swift
    /// let ontology = try Ontology.load(from: "/repo/Ontology")
    /// ```
    ///
    /// - Parameter folder: the folder holding `classes.tsv`, `relations.tsv`, `gazetteer/` and `lexicon/`.
    /// - Returns: the ontology, every file read and checked.
    /// - Throws: `OntologyError` naming the file relative to `folder` and, when one line is at fault, the line:
    ///   `gazetteer/countries.tsv:3: expected 9 tab-separated fields, found 8`.
    /// - Complexity: linear in the size of the files (about 25,000 gazetteer entries in the bundled folder; some
    ///   tens of milliseconds in a release build).
    public static func load(from folder: String) throws(OntologyError) -> Ontology {
        let classes = try loadClasses(from: folder)
        let relations = try loadRelations(from: folder)
        let organizationKinds = subclasses(of: EntityType.organization.rawValue, in: classes)
        var gazetteerLoader = GazetteerLoader(folder: folder, organizationKinds: organizationKinds)
        let gazetteer = try gazetteerLoader.load()
        let lexicon = try LexiconLoader(
            folder: folder,
            relations: Dictionary(relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            relationIDs: relations.map(\.id), organizationKinds: organizationKinds
        ).load()
        return Ontology(
            classes: classes, relations: relations, gazetteer: gazetteer, lexicon: lexicon,
            confidence: try ConfidenceTable.load(from: folder))
    }

    /// The ids of every class below `parent`, in file order.
    static func subclasses(of parent: String, in classes: [OntologyClass]) -> [String] {
        let parents = Dictionary(classes.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        return classes.compactMap { candidate in
            var ancestor = candidate.parent
            for _ in 0..<classes.count {
                guard let current = ancestor else { return nil }
                if current == parent { return candidate.id }
                ancestor = parents[current] ?? nil
            }
            return nil
        }
    }

    private static func loadClasses(from folder: String) throws(OntologyError) -> [OntologyClass] {
        let file = try TSVFile(classesFile, in: folder, columns: ["id", "label", "parent", "comment"])
        var ids = IDRegistry()
        var classes: [OntologyClass] = []
        for row in file.rows {
            let id = try row.id(0)
            try ids.register(id, on: row)
            classes.append(
                OntologyClass(id: id, label: try row.required(1), parent: row.optional(2), comment: row[3]))
        }
        let parents = Dictionary(classes.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        for (row, ontologyClass) in zip(file.rows, classes) {
            if let parent = ontologyClass.parent, parents[parent] == nil {
                throw row.error("parent '\(parent)' is not a class of \(classesFile)")
            }
            var ancestor = ontologyClass.parent
            for _ in 0..<classes.count { ancestor = ancestor.flatMap { parents[$0] ?? nil } }
            guard ancestor == nil else { throw row.error("class '\(ontologyClass.id)' is its own ancestor") }
            if EntityType(rawValue: ontologyClass.id) != nil, let parent = ontologyClass.parent {
                throw row.error("'\(ontologyClass.id)' is a top class; its parent must be empty, found '\(parent)'")
            }
        }
        for type in EntityType.allCases where parents[type.rawValue] == nil {
            throw OntologyError(file: classesFile, message: "the top class '\(type.rawValue)' is missing")
        }
        return classes
    }

    /// The relation vocabulary alone (`relations.tsv` in `folder`), for work that needs no gazetteer or lexicon.
    public static func loadRelations(from folder: String) throws(OntologyError) -> [RelationType] {
        let file = try TSVFile(
            relationsFile, in: folder,
            columns: ["id", "label", "cameo", "goldstein", "symmetric", "kind", "domain", "range", "comment"])
        var ids = IDRegistry()
        var relations: [RelationType] = []
        for row in file.rows {
            let id = try row.id(0)
            try ids.register(id, on: row)
            let label = try row.required(1)
            let cameoCodes = try row.list(2)
            for code in cameoCodes where !(2...4).contains(code.utf8.count) || !code.utf8.allSatisfy(isASCIIDigit) {
                throw row.error("cameo code '\(code)' is not 2 to 4 digits")
            }
            guard let goldstein = Double(try row.required(3)), (-10...10).contains(goldstein) else {
                throw row.error("goldstein '\(row[3])' is not a number from -10 to 10")
            }
            let isSymmetric = try row.choice(4, of: ["true", "false"]) == "true"
            let isEvent = try row.choice(5, of: ["event", "standing"]) == "event"
            if isEvent, cameoCodes.isEmpty { throw row.error("an event relation needs at least one cameo code") }
            relations.append(
                RelationType(
                    id: id, label: label, cameoCodes: cameoCodes, goldstein: goldstein, isSymmetric: isSymmetric,
                    isEvent: isEvent, domain: try entityTypes(6, of: row), range: try entityTypes(7, of: row),
                    comment: row[8]))
        }
        for standing in StandingRelation.allCases
        where !relations.contains(where: { $0.id == standing.rawValue && !$0.isEvent }) {
            throw OntologyError(
                file: relationsFile,
                message: "the standing relation '\(standing.rawValue)' is missing; extraction states it")
        }
        return relations
    }

    /// The `|`-separated top classes of column `index` of `row`, at least one.
    private static func entityTypes(_ index: Int, of row: TSVRow) throws(OntologyError) -> [EntityType] {
        var types: [EntityType] = []
        for value in try row.requiredList(index) {
            guard let type = EntityType(rawValue: value) else {
                let names = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                throw row.error("\(row.columns[index]) class '\(value)' is not one of \(names)")
            }
            guard !types.contains(type) else { throw row.error("\(row.columns[index]) lists '\(value)' twice") }
            types.append(type)
        }
        return types
    }
}
