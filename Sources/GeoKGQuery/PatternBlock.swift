/// A group pattern on its way to SQL: joined tables and sub-queries, conditions, and for each variable the
/// SQL expression giving its term id (NULL when unbound).
struct PatternBlock {
    /// FROM items, each after its join operator.
    private var joins: [String] = []
    var conditions: [String] = []
    private(set) var columns: [String: String] = [:]
    /// Variables bound in every solution.
    private(set) var certain: Set<String> = []
    /// Variables in the order they first appear.
    private(set) var order: [String] = []

    /// The FROM clause; a one-row table when nothing is joined.
    var fromClause: String {
        joins.isEmpty ? "(SELECT 1)" : joins.joined()
    }

    /// The WHERE clause, with its keyword, or nothing.
    var whereClause: String {
        conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    /// Joins a table or sub-query.
    mutating func join(_ item: String) {
        joins.append(joins.isEmpty ? item : ", " + item)
    }

    /// Joins a sub-query's solutions, matching shared variables.
    mutating func join(_ sub: SubQuery, context: SQLContext) {
        let alias = context.alias("j")
        join("(\(sub.sql)) AS \(alias)")
        for variable in sub.variables {
            bind(variable, to: "\(alias).\(context.column(variable))", certain: sub.certain.contains(variable))
        }
    }

    /// Left-joins an OPTIONAL's solutions; `condition` gives the optional's filters in SQL, given the columns
    /// after the join.
    mutating func leftJoin(
        _ sub: SubQuery, context: SQLContext, condition: ([String: String]) throws -> [String]
    ) rethrows {
        let alias = context.alias("o")
        var on: [String] = []
        var merged = columns
        for variable in sub.variables {
            let incoming = "\(alias).\(context.column(variable))"
            let incomingCertain = sub.certain.contains(variable)
            if let existing = columns[variable] {
                on.append(compatibility(existing, certain.contains(variable), incoming, incomingCertain))
                if !certain.contains(variable) { merged[variable] = "COALESCE(\(existing), \(incoming))" }
            } else {
                merged[variable] = incoming
                order.append(variable)
            }
        }
        on += try condition(merged)
        if joins.isEmpty { joins.append("(SELECT 1)") }
        joins.append(" LEFT JOIN (\(sub.sql)) AS \(alias) ON " + (on.isEmpty ? "1" : on.joined(separator: " AND ")))
        columns = merged
    }

    /// Binds `variable` to the id expression `expression`, or joins it to the variable's earlier binding.
    mutating func bind(_ variable: String, to expression: String, certain incomingCertain: Bool) {
        guard let existing = columns[variable] else {
            columns[variable] = expression
            order.append(variable)
            if incomingCertain { certain.insert(variable) }
            return
        }
        let existingCertain = certain.contains(variable)
        conditions.append(compatibility(existing, existingCertain, expression, incomingCertain))
        if !existingCertain {
            columns[variable] = "COALESCE(\(existing), \(expression))"
            if incomingCertain { certain.insert(variable) }
        }
    }

    /// SQL that two bindings of a variable are compatible: equal, or either unbound.
    private func compatibility(_ left: String, _ leftCertain: Bool, _ right: String, _ rightCertain: Bool) -> String {
        switch (leftCertain, rightCertain) {
        case (true, true): "\(left) = \(right)"
        case (true, false): "(\(right) IS NULL OR \(right) = \(left))"
        case (false, true): "(\(left) IS NULL OR \(left) = \(right))"
        case (false, false): "(\(left) IS NULL OR \(right) IS NULL OR \(left) = \(right))"
        }
    }

    /// The block as a sub-query whose columns are its variables.
    func subQuery(context: SQLContext) -> SubQuery {
        // Every variable of `order` has a column.
        let projection = order.compactMap { variable in columns[variable].map { "\($0) AS \(context.column(variable))" }
        }
        let sql =
            "SELECT " + (projection.isEmpty ? "1" : projection.joined(separator: ", ")) + " FROM "
            + fromClause + whereClause
        return SubQuery(sql: sql, variables: order, certain: certain)
    }
}

extension PatternBlock {
    /// A block of the same solutions read through this one as a sub-query that SQLite does not merge into the query
    /// around it (a sub-query with a `LIMIT` is never flattened into an aggregate), so that its own joins are
    /// planned on their own.
    func fenced(context: SQLContext) -> PatternBlock {
        let inner = subQuery(context: context)
        var block = PatternBlock()
        block.join(
            SubQuery(sql: inner.sql + " LIMIT -1", variables: inner.variables, certain: inner.certain), context: context
        )
        return block
    }
}

/// SQL giving solutions: one column per variable, named by `SQLContext.column`.
struct SubQuery {
    let sql: String
    let variables: [String]
    let certain: Set<String>
}
