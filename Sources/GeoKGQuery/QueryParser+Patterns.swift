import GeoKGRDF

extension QueryParser {
    /// `{ ... }`: triples, FILTER, OPTIONAL, UNION, GRAPH, VALUES and nested groups.
    mutating func groupPattern() throws(QueryError) -> GroupPattern {
        try enterNesting()
        defer { depth -= 1 }
        try expectSymbol("{")
        if current.keyword == "SELECT" { throw unsupported("a sub-query (SELECT inside a pattern)") }
        var elements: [PatternElement] = []
        while !current.isSymbol("}") {
            switch current.keyword {
            case "OPTIONAL":
                advance()
                elements.append(.optional(try groupPattern()))
            case "FILTER":
                advance()
                elements.append(.filter(try constraint()))
            case "GRAPH":
                advance()
                let graph: PatternTerm
                if case .variable(let name) = current.kind {
                    advance()
                    graph = .variable(name)
                } else if let iri = try iri() {
                    graph = .term(.iri(iri))
                } else {
                    throw expected("a variable or IRI after GRAPH")
                }
                elements.append(.graph(graph, try groupPattern()))
            case "VALUES":
                advance()
                elements.append(.values(try inlineData()))
            case let keyword? where ["MINUS", "BIND", "SERVICE"].contains(keyword):
                throw unsupported(keyword)
            default:
                if current.isSymbol("{") {
                    var branches = [try groupPattern()]
                    while current.keyword == "UNION" {
                        advance()
                        branches.append(try groupPattern())
                    }
                    elements.append(branches.count == 1 ? .group(branches[0]) : .union(branches))
                } else if current.kind == .end {
                    throw expected("'}'")
                } else {
                    let triples = try triplesBlock()
                    if case .triples(let earlier)? = elements.last {
                        elements[elements.count - 1] = .triples(earlier + triples)
                    } else {
                        elements.append(.triples(triples))
                    }
                    continue
                }
            }
            if current.isSymbol(".") { advance() }
        }
        advance()
        return GroupPattern(elements: elements)
    }

    /// `{ triples }` of CONSTRUCT.
    mutating func constructTemplate() throws(QueryError) -> [TriplePattern] {
        try expectSymbol("{")
        var triples: [TriplePattern] = []
        while !current.isSymbol("}") {
            triples += try triplesBlock()
        }
        advance()
        for triple in triples {
            guard case .path(let path) = triple.verb else { continue }
            guard case .iri = path else { throw QueryError("a CONSTRUCT template cannot hold a property path") }
        }
        return triples
    }

    /// Triples sharing subjects and predicates through `;` and `,`, up to a `.` or what is not a triple.
    private mutating func triplesBlock() throws(QueryError) -> [TriplePattern] {
        var triples: [TriplePattern] = []
        let subject = try node(role: "a subject")
        repeat {
            if current.isSymbol(";") { advance() }
            if current.isSymbol(".") || current.isSymbol("}") { break }
            let verb = try self.verb()
            repeat {
                if current.isSymbol(",") { advance() }
                triples.append(TriplePattern(subject: subject, verb: verb, object: try node(role: "an object")))
            } while current.isSymbol(",")
        } while current.isSymbol(";")
        if current.isSymbol(".") { advance() }
        return triples
    }

    /// A subject or object: variable, IRI, blank node, `[]` or literal.
    private mutating func node(role: String) throws(QueryError) -> PatternTerm {
        switch current.kind {
        case .variable(let name):
            advance()
            return .variable(name)
        case .blankNode(let label):
            advance()
            return .variable("_:" + label)
        case .symbol("["):
            guard peek(1).isSymbol("]") else { throw unsupported("a blank node property list [ ... ]") }
            advance()
            advance()
            anonymousCount += 1
            return .variable("_:anonymous\(anonymousCount)")
        case .symbol("("):
            throw unsupported("an RDF collection ( ... )")
        default:
            if let iri = try iri() { return .term(.iri(iri)) }
            if let literal = try literal() { return .term(.literal(literal)) }
            throw expected(role)
        }
    }

    private mutating func verb() throws(QueryError) -> TriplePattern.Verb {
        if case .variable(let name) = current.kind {
            advance()
            return .variable(name)
        }
        return .path(try pathAlternative())
    }

    private mutating func pathAlternative() throws(QueryError) -> PropertyPath {
        var paths = [try pathSequence()]
        while current.isSymbol("|") {
            advance()
            paths.append(try pathSequence())
        }
        return paths.count == 1 ? paths[0] : .alternative(paths)
    }

    private mutating func pathSequence() throws(QueryError) -> PropertyPath {
        var paths = [try pathElement()]
        while current.isSymbol("/") {
            advance()
            paths.append(try pathElement())
        }
        return paths.count == 1 ? paths[0] : .sequence(paths)
    }

    private mutating func pathElement() throws(QueryError) -> PropertyPath {
        try enterNesting()
        defer { depth -= 1 }
        if current.isSymbol("^") {
            advance()
            return .inverse(try pathElement())
        }
        var path: PropertyPath
        if current.isSymbol("(") {
            advance()
            path = try pathAlternative()
            try expectSymbol(")")
        } else if current.keyword == "A" {
            advance()
            path = .iri(RDF.type)
        } else if current.isSymbol("!") {
            throw unsupported("a negated property set !(...)")
        } else if let iri = try iri() {
            path = .iri(iri)
        } else {
            throw expected("a predicate (an IRI, 'a', a variable or a property path)")
        }
        switch current.kind {
        case .symbol("*"): path = .zeroOrMore(path)
        case .symbol("+"): path = .oneOrMore(path)
        case .symbol("?"): path = .zeroOrOne(path)
        default: return path
        }
        advance()
        return path
    }

    /// `VALUES ?x { ... }` or `VALUES (?x ?y) { (...) ... }`.
    mutating func inlineData() throws(QueryError) -> InlineData {
        var variables: [String] = []
        let single = !current.isSymbol("(")
        if single {
            variables = [try variableName()]
        } else {
            advance()
            while case .variable(let name) = current.kind {
                variables.append(name)
                advance()
            }
            try expectSymbol(")")
        }
        try expectSymbol("{")
        var rows: [[Term?]] = []
        while !current.isSymbol("}") {
            if single {
                rows.append([try dataValue()])
                continue
            }
            let start = current.position
            try expectSymbol("(")
            var row: [Term?] = []
            while !current.isSymbol(")") { row.append(try dataValue()) }
            advance()
            guard row.count == variables.count else {
                throw QueryError("a VALUES row has \(row.count) values for \(variables.count) variables", at: start)
            }
            rows.append(row)
        }
        advance()
        return InlineData(variables: variables, rows: rows)
    }

    private mutating func dataValue() throws(QueryError) -> Term? {
        if current.keyword == "UNDEF" {
            advance()
            return nil
        }
        if let iri = try iri() { return .iri(iri) }
        if let literal = try literal() { return .literal(literal) }
        throw expected("an IRI, a literal or UNDEF")
    }

    /// A literal: a string with its language or datatype, a number (optionally signed), `true` or `false`.
    mutating func literal() throws(QueryError) -> Literal? {
        switch current.kind {
        case .string(let text):
            advance()
            if case .languageTag(let tag) = current.kind {
                advance()
                return Literal(text, uncheckedLanguage: tag)
            }
            if current.isSymbol("^^") {
                advance()
                guard let datatype = try iri() else { throw expected("a datatype IRI after ^^") }
                return Literal(text, datatype: datatype)
            }
            return Literal(text)
        case .number(let text, let type):
            advance()
            return Literal(text, datatype: Namespaces.xsd(type))
        case .symbol(let sign) where sign == "+" || sign == "-":
            guard case .number(let text, let type) = peek(1).kind else { return nil }
            advance()
            advance()
            return Literal((sign == "-" ? "-" : "+") + text, datatype: Namespaces.xsd(type))
        case .word(let word) where word == "true" || word == "false":
            advance()
            return Literal(word, datatype: XSD.boolean)
        default:
            return nil
        }
    }
}
