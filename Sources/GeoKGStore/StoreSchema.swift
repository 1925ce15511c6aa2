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
    ]

    /// The schema version this build of geokg writes.
    static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// The indexes besides the clustered SPOG key: dropped before a large bulk load and built again after it.
    static let secondaryIndexes: [(name: String, sql: String)] = [
        ("quads_pos", "CREATE INDEX IF NOT EXISTS quads_pos ON quads(p, o, s, g)"),
        ("quads_osp", "CREATE INDEX IF NOT EXISTS quads_osp ON quads(o, s, p, g)"),
        // Partial: the default graph is read through the clustered key, so only named graphs need this one.
        ("quads_graph", "CREATE INDEX IF NOT EXISTS quads_graph ON quads(g, s, p, o) WHERE g <> 0"),
    ]
}
