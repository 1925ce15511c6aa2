import GeoKGRDF

/// One step of the store's schema history, applied in order and recorded in `PRAGMA user_version`.
struct Migration {
    /// The schema version this step brings the store to.
    let version: Int
    /// What the step adds, for messages.
    let summary: String
    /// The statements of the step.
    let sql: String
}

/// The store's tables, their history, and the SQL that reads them: the one place that knows the store's
/// encoding, for the store itself and for the query compiler.
///
/// Terms are dictionary-encoded: `terms` maps an integer id to an IRI, blank node or literal, found
/// again by a 64-bit hash of its parts. `quads` holds four ids a row, graph `0` being the default graph,
/// clustered in subject-predicate-object-graph order, with covering indexes for the other access orders
/// (predicate-object-subject, object-subject-predicate, and graph-subject-predicate-object for named graphs).
package enum StoreSchema {
    /// The table of terms: `terms(id, hash, kind, value, datatype, lang)`, datatype empty for plain and
    /// language-tagged strings.
    package static let terms = "terms"
    /// The table of statements: `quads(s, p, o, g)`, four term ids.
    package static let quads = "quads"
    /// The id of the default graph in `quads.g`.
    package static let defaultGraph: Int64 = 0

    /// `terms.kind` codes.
    package enum TermKind: Int64 {
        case iri = 0, blank = 1, literal = 2
    }

    /// What a blank node's name is made of when read from the store: this prefix and its id, unique in the store.
    package static let blankNodePrefix = "b"

    /// SQL giving the kind, datatype, language and value of the term whose id is the SQL expression `id`, joined
    /// by the SQL expression `separator` (`NULL` when no term has that id); blank nodes are named after their ids.
    package static func termPartsSQL(id: String, separator: String) -> String {
        "(SELECT kind || \(separator) || datatype || \(separator) || lang || \(separator) || CASE kind WHEN "
            + "\(TermKind.blank.rawValue) THEN '\(blankNodePrefix)' || id ELSE value END FROM \(terms) WHERE id = \(id))"
    }

    /// The migrations, oldest first; the last one's version is the current schema version.
    static let migrations: [Migration] = [
        Migration(
            version: 1, summary: "terms and quads",
            sql: """
                CREATE TABLE terms(
                    id INTEGER PRIMARY KEY,
                    hash INTEGER NOT NULL,
                    kind INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),
                    value TEXT NOT NULL,
                    datatype TEXT NOT NULL DEFAULT '',
                    lang TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX terms_by_hash ON terms(hash);
                CREATE TABLE quads(
                    s INTEGER NOT NULL,
                    p INTEGER NOT NULL,
                    o INTEGER NOT NULL,
                    g INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (s, p, o, g)
                ) WITHOUT ROWID;
                """ + secondaryIndexes.map { "\($0.sql);" }.joined(separator: "\n")),
        Migration(
            version: 2, summary: "a record of loaded sources",
            sql: """
                CREATE TABLE sources(
                    hash TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    format TEXT NOT NULL,
                    statements INTEGER NOT NULL,
                    loaded_at TEXT NOT NULL
                ) WITHOUT ROWID;
                """),
        Migration(
            version: 3, summary: "named graphs kept per source, for replacing an article's facts",
            sql: """
                CREATE TABLE graph_sources(
                    graph INTEGER PRIMARY KEY,
                    hash TEXT NOT NULL,
                    name TEXT NOT NULL,
                    statements INTEGER NOT NULL,
                    loaded_at TEXT NOT NULL
                );
                """),
        Migration(
            version: 4, summary: "consolidated facts kept one row a fact, read as the facts graph",
            sql: """
                CREATE TABLE facts(
                    id INTEGER PRIMARY KEY,
                    subject INTEGER NOT NULL,
                    relation INTEGER NOT NULL,
                    object INTEGER NOT NULL,
                    \(FactField.allCases.dropFirst(3).map { "\($0.rawValue) INTEGER" }.joined(separator: ",\n"))
                );
                CREATE TABLE fact_mentions(
                    fact INTEGER NOT NULL,
                    event INTEGER NOT NULL,
                    PRIMARY KEY (fact, event)
                ) WITHOUT ROWID;
                \(factIndexes.map { "\($0.sql);" }.joined(separator: "\n"))
                CREATE TABLE fact_terms(name TEXT PRIMARY KEY, term INTEGER NOT NULL) WITHOUT ROWID;
                \(factsGraphMove)
                \(termsCheckedByRange)
                """),
    ]

    /// The terms table again, its kind checked by range: version 1's `kind IN (0, 1, 2)` made SQLite fill a
    /// temporary table for every term written, a third of the cost of writing one.
    private static let termsCheckedByRange = """
        CREATE TABLE terms_checked(
            id INTEGER PRIMARY KEY,
            hash INTEGER NOT NULL,
            kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),
            value TEXT NOT NULL,
            datatype TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO terms_checked SELECT id, hash, kind, value, datatype, lang FROM terms;
        DROP TABLE terms;
        ALTER TABLE terms_checked RENAME TO terms;
        CREATE INDEX terms_by_hash ON terms(hash);
        """

    /// Moves the facts graph a store of version 3 kept as statements into the tables of version 4.
    private static var factsGraphMove: String {
        let geo = Namespaces.geo
        let names =
            [
                ("graph", ComputedGraphs.facts), ("type", RDF.type), ("class", geo("Fact")),
                ("mention", geo("mention")),
            ] + FactField.allCases.map { ($0.rawValue, geo($0.predicateName)) }
        let values = names.map { "('\($0.0)', '\($0.1.value)')" }.joined(separator: ", ")
        func term(_ name: String) -> String { "(SELECT term FROM fact_terms WHERE name = '\(name)')" }
        let columns = FactField.allCases.map { "max(CASE p WHEN \(term($0.rawValue)) THEN o END)" }
        return """
            WITH named(name, iri) AS (VALUES \(values))
            INSERT INTO fact_terms SELECT named.name, terms.id FROM named JOIN terms
                ON terms.value = named.iri AND terms.kind = \(TermKind.iri.rawValue);
            INSERT INTO facts SELECT s, \(columns.joined(separator: ", ")) FROM quads
                WHERE g = \(term("graph")) AND s IN (SELECT s FROM quads WHERE p = \(term("type"))
                    AND o = \(term("class")) AND g = \(term("graph")))
                GROUP BY s;
            INSERT INTO fact_mentions SELECT s, o FROM quads WHERE g = \(term("graph")) AND p = \(term("mention"));
            DELETE FROM quads WHERE g = \(term("graph")) AND p <> \(term("type"));
            """
    }

    /// The schema version this build of geokg writes.
    static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// The indexes of the fact tables: dropped while the facts are computed afresh, and built again after.
    static let factIndexes: [(name: String, sql: String)] = [
        ("facts_by_key", "CREATE INDEX IF NOT EXISTS facts_by_key ON facts(subject, relation, object)"),
        ("facts_by_relation", "CREATE INDEX IF NOT EXISTS facts_by_relation ON facts(relation)"),
        ("facts_by_object", "CREATE INDEX IF NOT EXISTS facts_by_object ON facts(object)"),
        ("fact_mentions_by_event", "CREATE INDEX IF NOT EXISTS fact_mentions_by_event ON fact_mentions(event)"),
    ]

    /// The indexes besides the clustered SPOG key: dropped before a large bulk load and built again after it.
    static let secondaryIndexes: [(name: String, sql: String)] = [
        ("quads_pos", "CREATE INDEX IF NOT EXISTS quads_pos ON quads(p, o, s, g)"),
        ("quads_osp", "CREATE INDEX IF NOT EXISTS quads_osp ON quads(o, s, p, g)"),
        // Partial: the default graph is read through the clustered key, so only named graphs need this one.
        ("quads_graph", "CREATE INDEX IF NOT EXISTS quads_graph ON quads(g, s, p, o) WHERE g <> 0"),
    ]
}
