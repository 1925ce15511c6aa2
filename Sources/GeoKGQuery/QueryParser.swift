import Foundation
import GeoKGRDF

/// Parses geokg's SPARQL subset into a `Query`, naming the line and column of anything it cannot take.
struct QueryParser {
    var tokens: [QueryToken]
    var index = 0
    var prefixes: [String: String]
    var base: String?
    /// Numbers the blank nodes `[]` of the query, which become hidden variables.
    var anonymousCount = 0
    /// How deep groups, brackets and operators are nested at the current token.
    var depth = 0
    /// The deepest nesting accepted: far beyond real queries, far below what would exhaust the stack.
    static let nestingLimit = 128

    /// Parses `text`; `geo:`, `entity:`, `rdf:`, `rdfs:`, `owl:`, `xsd:`, `skos:`, `dcterms:`, `prov:` and `wd:`
    /// are declared already.
    static func parse(_ text: String) throws(QueryError) -> Query {
        var parser = QueryParser(
            tokens: try QueryLexer.tokens(of: text),
            prefixes: Dictionary(uniqueKeysWithValues: Namespaces.all.map { ($0.prefix, $0.iri) }))
        return try parser.query()
    }

    private mutating func query() throws(QueryError) -> Query {
        try prologue()
        let formToken = current
        let form: Query.Form
        switch current.keyword {
        case "SELECT":
            advance()
            form = try selectClause()
        case "ASK":
            advance()
            form = .ask
        case "CONSTRUCT":
            advance()
            form = .construct(template: current.isSymbol("{") ? try constructTemplate() : [])
        case "DESCRIBE":
            throw unsupported("DESCRIBE queries")
        case "INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH":
            throw unsupported("SPARQL Update (\(current.display)); the store is read-only to queries")
        default:
            throw expected("SELECT, ASK or CONSTRUCT")
        }
        if current.keyword == "FROM" { throw unsupported("FROM and FROM NAMED datasets") }
        let whereToken = current
        if current.keyword == "WHERE" { advance() }
        var pattern = try groupPattern()
        var resolvedForm = form
        if case .construct(let template) = form, template.isEmpty {
            // CONSTRUCT WHERE { triples }: the pattern is its own template.
            guard whereToken.keyword == "WHERE", case .triples(let triples)? = pattern.elements.first,
                pattern.elements.count == 1
            else {
                throw QueryError("CONSTRUCT needs a template, or WHERE with triples only", at: formToken.position)
            }
            resolvedForm = .construct(template: triples)
        }
        var groupBy: [Projection] = []
        var having: [Expression] = []
        var orderBy: [OrderKey] = []
        var limit: Int?
        var offset = 0
        if current.keyword == "GROUP" {
            advance()
            try expectKeyword("BY")
            groupBy = try groupKeys()
        }
        if current.keyword == "HAVING" {
            advance()
            repeat { having.append(try constraint()) } while current.isSymbol("(") || isBuiltinCallAhead
        }
        if current.keyword == "ORDER" {
            advance()
            try expectKeyword("BY")
            orderBy = try orderKeys()
        }
        while let keyword = current.keyword, keyword == "LIMIT" || keyword == "OFFSET" {
            advance()
            let value = try nonNegativeInteger()
            if keyword == "LIMIT" { limit = value } else { offset = value }
        }
        if current.keyword == "VALUES" {
            advance()
            pattern = GroupPattern(elements: pattern.elements + [.values(try inlineData())])
        }
        guard current.kind == .end else { throw expected("the end of the query") }
        return Query(
            form: resolvedForm, pattern: pattern, groupBy: groupBy, having: having, orderBy: orderBy, limit: limit,
            offset: offset)
    }

    private mutating func prologue() throws(QueryError) {
        while true {
            switch current.keyword {
            case "BASE":
                advance()
                guard case .iri(let iri) = current.kind else { throw expected("an IRI after BASE") }
                base = resolve(iri)
                advance()
            case "PREFIX":
                advance()
                guard case .prefixedName(let prefix, let local) = current.kind, local.isEmpty else {
                    throw expected("a prefix such as ex: after PREFIX")
                }
                advance()
                guard case .iri(let iri) = current.kind else { throw expected("an IRI for the prefix \(prefix):") }
                prefixes[prefix] = resolve(iri)
                advance()
            default:
                return
            }
        }
    }

    private mutating func selectClause() throws(QueryError) -> Query.Form {
        var distinct = false
        if current.keyword == "DISTINCT" || current.keyword == "REDUCED" {
            distinct = current.keyword == "DISTINCT"
            advance()
        }
        if current.isSymbol("*") {
            advance()
            return .select(distinct: distinct, projection: nil)
        }
        var projection: [Projection] = []
        while true {
            if case .variable(let name) = current.kind {
                advance()
                projection.append(Projection(variable: name, expression: nil))
            } else if current.isSymbol("(") {
                advance()
                let expression = try self.expression()
                try expectKeyword("AS")
                let name = try variableName()
                try expectSymbol(")")
                projection.append(Projection(variable: name, expression: expression))
            } else {
                break
            }
        }
        guard !projection.isEmpty else { throw expected("variables, (expression AS ?name) or * after SELECT") }
        var seen: Set<String> = []
        for item in projection where !seen.insert(item.variable).inserted {
            throw QueryError("?\(item.variable) is projected twice", at: current.position)
        }
        return .select(distinct: distinct, projection: projection)
    }

    private mutating func groupKeys() throws(QueryError) -> [Projection] {
        var keys: [Projection] = []
        while true {
            if case .variable(let name) = current.kind {
                advance()
                keys.append(Projection(variable: name, expression: .variable(name)))
            } else if current.isSymbol("(") {
                advance()
                let expression = try self.expression()
                var name = "_group\(keys.count)"
                if current.keyword == "AS" {
                    advance()
                    name = try variableName()
                }
                try expectSymbol(")")
                keys.append(Projection(variable: name, expression: expression))
            } else if isBuiltinCallAhead {
                keys.append(Projection(variable: "_group\(keys.count)", expression: try primary()))
            } else {
                break
            }
        }
        guard !keys.isEmpty else { throw expected("a variable or (expression) after GROUP BY") }
        return keys
    }

    private mutating func orderKeys() throws(QueryError) -> [OrderKey] {
        var keys: [OrderKey] = []
        while true {
            if let keyword = current.keyword, keyword == "ASC" || keyword == "DESC" {
                advance()
                guard current.isSymbol("(") else { throw expected("'(' after \(keyword)") }
                keys.append(OrderKey(expression: try primary(), descending: keyword == "DESC"))
            } else if case .variable(let name) = current.kind {
                advance()
                keys.append(OrderKey(expression: .variable(name), descending: false))
            } else if current.isSymbol("(") || isBuiltinCallAhead {
                keys.append(OrderKey(expression: try constraint(), descending: false))
            } else {
                break
            }
        }
        guard !keys.isEmpty else { throw expected("a variable, ASC(...) or DESC(...) after ORDER BY") }
        return keys
    }

    private mutating func nonNegativeInteger() throws(QueryError) -> Int {
        guard case .number(let text, "integer") = current.kind, let value = Int(text) else {
            throw expected("a whole number")
        }
        advance()
        return value
    }

    // MARK: Tokens

    /// Enters one more level of nesting; the caller leaves it with `depth -= 1`.
    mutating func enterNesting() throws(QueryError) {
        depth += 1
        guard depth <= QueryParser.nestingLimit else {
            throw QueryError("the query nests deeper than \(QueryParser.nestingLimit) levels", at: current.position)
        }
    }

    var current: QueryToken { tokens[index] }

    func peek(_ offset: Int) -> QueryToken { tokens[min(index + offset, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    mutating func expectSymbol(_ symbol: String) throws(QueryError) {
        guard current.isSymbol(symbol) else { throw expected("'\(symbol)'") }
        advance()
    }

    mutating func expectKeyword(_ keyword: String) throws(QueryError) {
        guard current.keyword == keyword else { throw expected(keyword) }
        advance()
    }

    mutating func variableName() throws(QueryError) -> String {
        guard case .variable(let name) = current.kind else { throw expected("a variable") }
        advance()
        return name
    }

    /// "expected X, found Y" at the current token.
    func expected(_ what: String) -> QueryError {
        QueryError("expected \(what), found \(current.display)", at: current.position)
    }

    /// A construct geokg's SPARQL subset leaves out, at the current token.
    func unsupported(_ construct: String) -> QueryError {
        QueryError("\(construct) is not supported by geokg", at: current.position)
    }

    /// The full IRI of a relative or absolute IRI reference.
    func resolve(_ iri: String) -> String {
        guard let base, !iri.contains(":") else { return iri }
        if iri.isEmpty { return base }
        if iri.hasPrefix("#") { return (base.split(separator: "#", maxSplits: 1).first.map(String.init) ?? base) + iri }
        if iri.hasPrefix("/"), let schemeEnd = base.range(of: "://") {
            let host = base[schemeEnd.upperBound...].split(separator: "/", maxSplits: 1).first ?? ""
            return String(base[..<schemeEnd.upperBound]) + host + iri
        }
        guard let slash = base.lastIndex(of: "/") else { return base + iri }
        return String(base[...slash]) + iri
    }

    /// The IRI of the current token, when it is an IRI or a prefixed name.
    mutating func iri() throws(QueryError) -> IRI? {
        switch current.kind {
        case .iri(let iri):
            advance()
            return IRI(unchecked: resolve(iri))
        case .prefixedName(let prefix, let local):
            guard let namespace = prefixes[prefix] else {
                throw QueryError("the prefix \(prefix): is not declared", at: current.position)
            }
            advance()
            return IRI(unchecked: namespace + local)
        default:
            return nil
        }
    }
}
