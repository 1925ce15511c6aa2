import GeoKGRDF
import GeoKGStore

/// Compiles a property path to SQL giving its pairs: columns `s` and `o`, and `g` inside `GRAPH ?g`.
/// `+` and `*` become recursive common table expressions, seeded from a fixed end when there is one.
struct PathCompiler {
    let context: SQLContext
    let scope: GraphScope

    /// Whether pairs carry the graph they hold in.
    private var carriesGraph: Bool {
        if case .named(.variable) = scope { return true }
        return false
    }

    private var graphColumn: String { carriesGraph ? ", g" : "" }

    /// SQL for the pairs of `path`; `start` and `end` are the ids of fixed ends, which seed closures.
    func relation(_ path: PropertyPath, start: Int64? = nil, end: Int64? = nil) throws -> String {
        switch path {
        case .iri(let iri):
            let predicate = try context.parameter(for: .iri(iri))
            switch scope {
            case .merged:
                let rows = try context.statements(predicate: .iri(iri))
                return "SELECT DISTINCT s, o FROM \(rows) WHERE p = \(predicate)"
            case .named(.variable):
                let rows = try context.statements(predicate: .iri(iri))
                return "SELECT s, o, g FROM \(rows) WHERE p = \(predicate) AND g <> 0"
            case .named(.term(let graph)):
                let rows = try context.statements(predicate: .iri(iri), graph: graph)
                return "SELECT s, o FROM \(rows) WHERE p = \(predicate) AND g = \(try context.parameter(for: graph))"
            }
        case .inverse(let inner):
            return "SELECT o AS s, s AS o\(graphColumn) FROM (\(try relation(inner)))"
        case .sequence(let steps):
            var aliases: [String] = []
            var from = ""
            for step in steps {
                let alias = context.alias("q")
                if let previous = aliases.last {
                    from += " JOIN (\(try relation(step))) AS \(alias) ON \(alias).s = \(previous).o"
                    if carriesGraph { from += " AND \(alias).g = \(previous).g" }
                } else {
                    from = "(\(try relation(step))) AS \(alias)"
                }
                aliases.append(alias)
            }
            let graph = carriesGraph ? ", \(aliases[0]).g AS g" : ""
            return "SELECT \(aliases[0]).s AS s, \(aliases[aliases.count - 1]).o AS o\(graph) FROM \(from)"
        case .alternative(let choices):
            return try choices.map { "SELECT s, o\(graphColumn) FROM (\(try relation($0)))" }
                .joined(separator: " UNION ALL ")
        case .oneOrMore(let inner):
            return try closure(relation(inner), start: start, end: end)
        case .zeroOrMore(let inner):
            return "SELECT s, o\(graphColumn) FROM (\(try closure(relation(inner), start: start, end: end))) UNION "
                + "SELECT s, o\(graphColumn) FROM (\(try zeroLength(start: start, end: end)))"
        case .zeroOrOne(let inner):
            return "SELECT s, o\(graphColumn) FROM (\(try relation(inner))) UNION "
                + "SELECT s, o\(graphColumn) FROM (\(try zeroLength(start: start, end: end)))"
        }
    }

    /// The transitive closure of `step`'s pairs, each pair once.
    private func closure(_ step: String, start: Int64?, end: Int64?) throws -> String {
        let name = context.alias("closure")
        let sameGraph = carriesGraph ? " AND i.g = \(name).g" : ""
        let graph = carriesGraph ? ", g" : ""
        let stepGraph = carriesGraph ? ", i.g" : ""
        if let start {
            let seed = context.parameter(.integer(start))
            let head = context.parameter(.integer(start))
            return """
                WITH RECURSIVE \(name)(o\(graph)) AS (SELECT o\(graph) FROM (\(step)) WHERE s = \(seed) \
                UNION SELECT i.o\(stepGraph) FROM \(name) JOIN (\(step)) AS i ON i.s = \(name).o\(sameGraph)) \
                SELECT \(head) AS s, o\(graph) FROM \(name)
                """
        }
        if let end {
            let seed = context.parameter(.integer(end))
            let tail = context.parameter(.integer(end))
            return """
                WITH RECURSIVE \(name)(s\(graph)) AS (SELECT s\(graph) FROM (\(step)) WHERE o = \(seed) \
                UNION SELECT i.s\(stepGraph) FROM \(name) JOIN (\(step)) AS i ON i.o = \(name).s\(sameGraph)) \
                SELECT s, \(tail) AS o\(graph) FROM \(name)
                """
        }
        return """
            WITH RECURSIVE \(name)(s, o\(graph)) AS (SELECT s, o\(graph) FROM (\(step)) \
            UNION SELECT \(name).s, i.o\(stepGraph) FROM \(name) JOIN (\(step)) AS i ON i.s = \(name).o\(sameGraph)) \
            SELECT s, o\(graph) FROM \(name)
            """
    }

    /// The zero-length pairs (x, x): of a fixed end, or of every node of the graph.
    private func zeroLength(start: Int64?, end: Int64?) throws -> String {
        if let node = start ?? end {
            // A fixed end is its own zero-length pair when the graph holds it, as Oxigraph has it.
            let first = context.parameter(.integer(node))
            let second = context.parameter(.integer(node))
            let occurs = "(s = \(context.parameter(.integer(node))) OR o = \(context.parameter(.integer(node))))"
            switch scope {
            case .merged:
                return
                    "SELECT \(first) AS s, \(second) AS o WHERE EXISTS (SELECT 1 FROM \(try context.statements(predicate: nil)) WHERE \(occurs))"
            case .named(.variable):
                return
                    "SELECT \(first) AS s, \(second) AS o, g FROM (SELECT DISTINCT g FROM \(try context.statements(predicate: nil)) WHERE g <> 0 AND \(occurs))"
            case .named(.term(let graph)):
                let inGraph = try context.parameter(for: graph)
                let rows = try context.statements(predicate: nil, graph: graph)
                return
                    "SELECT \(first) AS s, \(second) AS o WHERE EXISTS (SELECT 1 FROM \(rows) WHERE g = \(inGraph) AND \(occurs))"
            }
        }
        switch scope {
        case .merged:
            let rows = try context.statements(predicate: nil)
            return "SELECT s, s AS o FROM \(rows) UNION SELECT o AS s, o FROM \(rows)"
        case .named(.variable):
            let rows = try context.statements(predicate: nil)
            return "SELECT s, s AS o, g FROM \(rows) WHERE g <> 0 UNION SELECT o AS s, o, g FROM \(rows) WHERE g <> 0"
        case .named(.term(let graph)):
            let first = try context.parameter(for: graph)
            let second = try context.parameter(for: graph)
            let rows = try context.statements(predicate: nil, graph: graph)
            return
                "SELECT s, s AS o FROM \(rows) WHERE g = \(first) UNION SELECT o AS s, o FROM \(rows) WHERE g = \(second)"
        }
    }
}
