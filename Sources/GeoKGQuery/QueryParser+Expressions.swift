import GeoKGRDF

extension QueryParser {
    /// A FILTER, HAVING or ORDER BY constraint: a bracketed expression or a function call.
    mutating func constraint() throws(QueryError) -> Expression {
        guard current.isSymbol("(") || isBuiltinCallAhead else { throw expected("'(' or a function call") }
        return try primary()
    }

    /// Whether the current token is a function name followed by `(`.
    var isBuiltinCallAhead: Bool {
        guard let name = current.keyword, peek(1).isSymbol("(") else { return false }
        return Builtin(rawValue: name) != nil || Aggregate.Function(rawValue: name) != nil
    }

    mutating func expression() throws(QueryError) -> Expression {
        var left = try conjunction()
        while current.isSymbol("||") {
            advance()
            left = .or(left, try conjunction())
        }
        return left
    }

    private mutating func conjunction() throws(QueryError) -> Expression {
        var left = try relational()
        while current.isSymbol("&&") {
            advance()
            left = .and(left, try relational())
        }
        return left
    }

    private mutating func relational() throws(QueryError) -> Expression {
        let left = try additive()
        if case .symbol(let symbol) = current.kind, let comparison = Expression.Comparison(rawValue: symbol) {
            advance()
            return .compare(comparison, left, try additive())
        }
        var negated = false
        if current.keyword == "NOT", peek(1).keyword == "IN" {
            negated = true
            advance()
        }
        guard current.keyword == "IN" else { return left }
        advance()
        return .membership(left, try argumentList(), negated: negated)
    }

    private mutating func additive() throws(QueryError) -> Expression {
        var left = try multiplicative()
        while true {
            if current.isSymbol("+") || current.isSymbol("-") {
                let operation: Expression.Arithmetic = current.isSymbol("+") ? .add : .subtract
                advance()
                left = .arithmetic(operation, left, try multiplicative())
            } else {
                return left
            }
        }
    }

    private mutating func multiplicative() throws(QueryError) -> Expression {
        var left = try unary()
        while current.isSymbol("*") || current.isSymbol("/") {
            let operation: Expression.Arithmetic = current.isSymbol("*") ? .multiply : .divide
            advance()
            left = .arithmetic(operation, left, try unary())
        }
        return left
    }

    private mutating func unary() throws(QueryError) -> Expression {
        try enterNesting()
        defer { depth -= 1 }
        if current.isSymbol("!") {
            advance()
            return .not(try unary())
        }
        if current.isSymbol("-") {
            advance()
            return .negate(try unary())
        }
        if current.isSymbol("+") {
            advance()
            return .arithmetic(.add, .constant(.literal(Literal("0", datatype: XSD.integer))), try unary())
        }
        return try primary()
    }

    /// A bracketed expression, function call, aggregate, variable or constant.
    mutating func primary() throws(QueryError) -> Expression {
        try enterNesting()
        defer { depth -= 1 }
        let start = current
        switch current.kind {
        case .symbol("("):
            advance()
            let inner = try expression()
            try expectSymbol(")")
            return inner
        case .variable(let name):
            advance()
            return .variable(name)
        case .word(let word) where peek(1).isSymbol("("):
            let name = word.uppercased()
            if let function = Aggregate.Function(rawValue: name) { return .aggregate(try aggregate(function)) }
            if name == "EXISTS" || name == "NOT" { throw unsupported("EXISTS and NOT EXISTS") }
            guard let builtin = Builtin(rawValue: name) else { throw unsupported("the function \(word)") }
            advance()
            let arguments = try argumentList()
            guard builtin.arity.contains(arguments.count) else {
                throw QueryError(
                    "\(name) takes \(builtin.arity.lowerBound) argument(s), not \(arguments.count)", at: start.position)
            }
            return .call(builtin, arguments)
        case .word(let word) where word.uppercased() == "NOT" || word.uppercased() == "EXISTS":
            throw unsupported("EXISTS and NOT EXISTS")
        default:
            if let iri = try iri() {
                if current.isSymbol("(") {
                    throw QueryError(
                        "function calls such as \(iri) ( ... ) are not supported by geokg", at: start.position)
                }
                return .constant(.iri(iri))
            }
            if let literal = try literal() { return .constant(.literal(literal)) }
            throw expected("an expression")
        }
    }

    private mutating func argumentList() throws(QueryError) -> [Expression] {
        try expectSymbol("(")
        var arguments: [Expression] = []
        while !current.isSymbol(")") {
            if !arguments.isEmpty { try expectSymbol(",") }
            arguments.append(try expression())
        }
        advance()
        return arguments
    }

    private mutating func aggregate(_ function: Aggregate.Function) throws(QueryError) -> Aggregate {
        advance()
        try expectSymbol("(")
        var distinct = false
        if current.keyword == "DISTINCT" {
            distinct = true
            advance()
        }
        var argument: Expression?
        if current.isSymbol("*") {
            guard function == .count else { throw expected("an expression in \(function.rawValue)") }
            advance()
        } else {
            argument = try expression()
        }
        var separator = " "
        if function == .groupConcat, current.isSymbol(";") {
            advance()
            try expectKeyword("SEPARATOR")
            try expectSymbol("=")
            guard case .string(let text) = current.kind else { throw expected("a string after SEPARATOR =") }
            separator = text
            advance()
        }
        try expectSymbol(")")
        if let argument, argument.hasAggregate {
            throw QueryError("an aggregate cannot hold another aggregate")
        }
        return Aggregate(function: function, distinct: distinct, argument: argument, separator: separator)
    }
}
