import GeoKGStore

/// Compiles a whole query, pattern and solution modifiers, to one SQL statement.
struct QueryCompiler {
    let context: SQLContext

    func compile(_ query: Query) throws -> CompiledQuery {
        let expressions = ExpressionCompiler(context: context)
        var block = try PatternCompiler(context: context, expressions: expressions).block(query.pattern, scope: .merged)
        let visible = block.order.filter { !isHidden($0) }

        var projection: [Projection]
        var distinct = false
        switch query.form {
        case .select(let isDistinct, let items):
            distinct = isDistinct
            if let items {
                projection = items
            } else {
                guard query.groupBy.isEmpty else { throw QueryError("SELECT * cannot be used with GROUP BY") }
                projection = visible.sorted().map { Projection(variable: $0, expression: nil) }
            }
        case .ask:
            projection = []
        case .construct(let template):
            var names: [String] = []
            for triple in template {
                var positions = [triple.subject, triple.object]
                if case .variable(let name) = triple.verb { positions.append(.variable(name)) }
                for case .variable(let name) in positions where !isHidden(name) && !names.contains(name) {
                    names.append(name)
                }
            }
            projection = names.map { Projection(variable: $0, expression: nil) }
        }

        let grouped =
            !query.groupBy.isEmpty || query.having.contains { $0.hasAggregate }
            || projection.contains { $0.expression?.hasAggregate ?? false }
            || query.orderBy.contains { $0.expression.hasAggregate }
        // SQLite joins a union of `quads` and the fact tables arm by arm, each through its indexes, but not under
        // an aggregate or DISTINCT: there it would copy the whole union first. A fenced sub-query keeps the join
        // apart.
        if grouped || distinct, context.readsUnion { block = block.fenced(context: context) }
        var scope = ExpressionScope(columns: block.columns)
        var groupKeys: [String] = []
        if grouped {
            for key in query.groupBy {
                let compiled = try expressions.compile(key.expression ?? .variable(key.variable), scope)
                scope.aliases[key.variable] = compiled
                switch compiled {
                case .id(let sql), .term(let sql), .truth(let sql): groupKeys.append(sql)
                }
            }
            scope.grouped = true
        }

        // HAVING sees the group keys, not the SELECT expressions.
        var havingScope = scope
        havingScope.ungroupedAreUnbound = true
        let having = try query.having.map { expressions.truth(try expressions.compile($0, havingScope)) }

        var outputs: [String] = []
        var columns: [CompiledQuery.Column] = []
        for item in projection {
            let compiled =
                try item.expression.map { try expressions.compile($0, scope) }
                ?? expressions.compile(.variable(item.variable), scope)
            scope.aliases[item.variable] = compiled
            if case .id(let sql) = compiled {
                outputs.append(sql)
                columns.append(.id)
            } else {
                outputs.append(expressions.term(compiled))
                columns.append(.term)
            }
        }

        var sql =
            "SELECT " + (distinct ? "DISTINCT " : "")
            + (outputs.isEmpty
                ? "1" : outputs.enumerated().map { "\($0.element) AS r\($0.offset)" }.joined(separator: ", "))
            + " FROM " + block.fromClause + block.whereClause
        if !groupKeys.isEmpty { sql += " GROUP BY " + groupKeys.joined(separator: ", ") }
        if !having.isEmpty { sql += " HAVING " + having.joined(separator: " AND ") }
        if !query.orderBy.isEmpty {
            sql +=
                " ORDER BY "
                + (try query.orderBy.map { key in
                    "sparql_sort_key(" + expressions.term(try expressions.compile(key.expression, scope)) + ")"
                        + (key.descending ? " DESC" : "")
                }).joined(separator: ", ")
        }
        if case .ask = query.form {
            sql += " LIMIT 1"
        } else if query.limit != nil || query.offset > 0 {
            sql += " LIMIT \(context.parameter(.integer(Int64(query.limit ?? -1))))"
            sql += " OFFSET \(context.parameter(.integer(Int64(query.offset))))"
        }
        return CompiledQuery(
            sql: sql, parameters: context.parameters, variables: projection.map(\.variable), columns: columns)
    }
}
