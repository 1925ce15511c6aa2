import GeoKGRDF
import GeoKGStore

/// Which graph a pattern matches in.
enum GraphScope {
    /// The default graph: the union of all graphs, each triple once.
    case merged
    /// One named graph, or each named graph in turn, bound to a variable.
    case named(PatternTerm)
}

/// Compiles group patterns to SQL over `quads`, letting SQLite plan the joins.
struct PatternCompiler {
    let context: SQLContext
    let expressions: ExpressionCompiler

    /// The group's block with its own filters applied.
    func block(_ group: GroupPattern, scope: GraphScope) throws -> PatternBlock {
        let (block, filters) = try blockAndFilters(group, scope: scope)
        var filtered = block
        for filter in filters {
            filtered.conditions.append(try expressions.truthSQL(filter, columns: block.columns))
        }
        return filtered
    }

    /// The group's block, and its filters left for the caller (OPTIONAL puts them in its join condition).
    private func blockAndFilters(_ group: GroupPattern, scope: GraphScope) throws -> (PatternBlock, [Expression]) {
        var block = PatternBlock()
        var filters: [Expression] = []
        for element in group.elements {
            switch element {
            case .triples(let triples):
                for triple in triples { try add(triple, to: &block, scope: scope) }
            case .filter(let expression):
                filters.append(expression)
            case .optional(let inner):
                let (optional, optionalFilters) = try blockAndFilters(inner, scope: scope)
                try block.leftJoin(optional.subQuery(context: context), context: context) { columns in
                    try optionalFilters.map { try expressions.truthSQL($0, columns: columns) }
                }
            case .union(let branches):
                block.join(try union(branches, scope: scope), context: context)
            case .group(let inner):
                block.join(try self.block(inner, scope: scope).subQuery(context: context), context: context)
            case .graph(let graph, let inner):
                block.join(try graphPattern(graph, inner), context: context)
            case .values(let data):
                block.join(try values(data), context: context)
            }
        }
        return (block, filters)
    }

    private func union(_ branches: [GroupPattern], scope: GraphScope) throws -> SubQuery {
        let blocks = try branches.map { try block($0, scope: scope) }
        var variables: [String] = []
        for block in blocks {
            for variable in block.order where !variables.contains(variable) { variables.append(variable) }
        }
        let selects = blocks.map { block in
            "SELECT "
                + variables.map { "\(block.columns[$0] ?? "NULL") AS \(context.column($0))" }.joined(separator: ", ")
                + " FROM " + block.fromClause + block.whereClause
        }
        let certain = blocks.dropFirst().reduce(blocks[0].certain) { $0.intersection($1.certain) }
        return SubQuery(sql: selects.joined(separator: " UNION ALL "), variables: variables, certain: certain)
    }

    private func graphPattern(_ graph: PatternTerm, _ inner: GroupPattern) throws -> SubQuery {
        var block = try self.block(inner, scope: .named(graph))
        if case .variable(let name) = graph, block.columns[name] == nil {
            // No triple inside to bind the graph: every named graph.
            let alias = context.alias("g")
            block.join("(SELECT DISTINCT g FROM \(StoreSchema.quads) WHERE g <> 0) AS \(alias)")
            block.bind(name, to: "\(alias).g", certain: true)
        } else if case .term(let term) = graph, block.order.isEmpty {
            let exists = "EXISTS (SELECT 1 FROM \(StoreSchema.quads) WHERE g = \(try context.parameter(for: term)))"
            block.conditions.append(exists)
        }
        return block.subQuery(context: context)
    }

    private func values(_ data: InlineData) throws -> SubQuery {
        let columns = data.variables.map(context.column)
        guard !data.rows.isEmpty else {
            let nulls = columns.map { "NULL AS \($0)" }.joined(separator: ", ")
            return SubQuery(
                sql: "SELECT \(nulls.isEmpty ? "1" : nulls) WHERE 0", variables: data.variables, certain: [])
        }
        var rows: [String] = []
        for row in data.rows {
            let cells = try row.map { term throws in try term.map { try context.parameter(for: $0) } ?? "NULL" }
            rows.append("(" + (cells.isEmpty ? "1" : cells.joined(separator: ", ")) + ")")
        }
        let projection = columns.enumerated().map { "column\($0.offset + 1) AS \($0.element)" }
        let sql =
            "SELECT " + (projection.isEmpty ? "1" : projection.joined(separator: ", ")) + " FROM (VALUES "
            + rows.joined(separator: ", ") + ")"
        let certain = data.variables.enumerated().filter { column in data.rows.allSatisfy { $0[column.offset] != nil } }
        return SubQuery(sql: sql, variables: data.variables, certain: Set(certain.map(\.element)))
    }

    // MARK: Triple patterns

    private func add(_ triple: TriplePattern, to block: inout PatternBlock, scope: GraphScope) throws {
        switch triple.verb {
        case .variable(let name):
            try addQuad(triple.subject, .variable(name), triple.object, to: &block, scope: scope)
        case .path(let path):
            try add(triple.subject, path, triple.object, to: &block, scope: scope)
        }
    }

    private func add(
        _ subject: PatternTerm, _ path: PropertyPath, _ object: PatternTerm, to block: inout PatternBlock,
        scope: GraphScope
    ) throws {
        switch path {
        case .iri(let iri):
            try addQuad(subject, .term(.iri(iri)), object, to: &block, scope: scope)
        case .inverse(let inner):
            try add(object, inner, subject, to: &block, scope: scope)
        case .sequence(let steps):
            var from = subject
            for (index, step) in steps.enumerated() {
                let to = index == steps.count - 1 ? object : .variable(context.hiddenVariable())
                try add(from, step, to, to: &block, scope: scope)
                from = to
            }
        default:
            let paths = PathCompiler(context: context, scope: scope)
            let relation = try paths.relation(
                path, start: try constantID(subject), end: try constantID(object))
            let alias = context.alias("p")
            block.join("(\(relation)) AS \(alias)")
            try bind(subject, "\(alias).s", in: &block)
            try bind(object, "\(alias).o", in: &block)
            if case .named(let graph) = scope { try bind(graph, "\(alias).g", in: &block) }
        }
    }

    private func addQuad(
        _ subject: PatternTerm, _ predicate: PatternTerm, _ object: PatternTerm, to block: inout PatternBlock,
        scope: GraphScope
    ) throws {
        let alias = context.alias("t")
        let graph: Term? = if case .named(.term(let graph)) = scope { graph } else { nil }
        let rows = try context.statements(predicate: predicate.term, object: object.term, graph: graph)
        block.join("\(rows) AS \(alias)")
        try bind(subject, "\(alias).s", in: &block)
        try bind(predicate, "\(alias).p", in: &block)
        try bind(object, "\(alias).o", in: &block)
        switch scope {
        case .merged:
            if context.hasNamedGraphs {
                // Each triple once: only its row in the lowest-numbered graph holding it (the fact tables hold
                // only the consolidated facts' statements, which no other graph states).
                block.conditions.append(
                    "NOT EXISTS (SELECT 1 FROM \(StoreSchema.quads) AS d WHERE d.s = \(alias).s AND d.p = \(alias).p "
                        + "AND d.o = \(alias).o AND d.g < \(alias).g)")
            }
        case .named(let graph):
            if case .variable = graph { block.conditions.append("\(alias).g <> 0") }
            try bind(graph, "\(alias).g", in: &block)
        }
    }

    /// Binds a pattern position: a variable joins, a term becomes a condition on its id.
    private func bind(_ position: PatternTerm, _ column: String, in block: inout PatternBlock) throws {
        switch position {
        case .variable(let name): block.bind(name, to: column, certain: true)
        case .term(let term): block.conditions.append("\(column) = \(try context.parameter(for: term))")
        }
    }

    private func constantID(_ position: PatternTerm) throws -> Int64? {
        guard case .term(let term) = position else { return nil }
        return try context.id(for: term)
    }
}
