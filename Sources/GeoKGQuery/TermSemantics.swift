import GeoKGRDF

/// SPARQL's meaning of comparison, truth and order over terms; `nil` stands for an error (or unbound).
enum TermSemantics {
    /// The result of `left op right`.
    static func compare(_ operation: Expression.Comparison, _ left: Term?, _ right: Term?) -> Bool? {
        guard let left, let right else { return nil }
        switch operation {
        case .equal: return equal(left, right)
        case .notEqual: return equal(left, right).map { !$0 }
        default:
            guard let order = LiteralValue(left).compare(LiteralValue(right)) else { return nil }
            switch operation {
            case .less: return order < 0
            case .greater: return order > 0
            case .lessOrEqual: return order <= 0
            default: return order >= 0
            }
        }
    }

    /// RDF term equality as `=` tests it: by value for numbers, strings, booleans and dates, by identity
    /// otherwise; an error for two literals whose values cannot be compared.
    static func equal(_ left: Term, _ right: Term) -> Bool? {
        if left == right { return true }
        let leftValue = LiteralValue(left)
        let rightValue = LiteralValue(right)
        if let order = leftValue.compare(rightValue) { return order == 0 }
        switch (left, right) {
        case (.literal(let l), .literal(let r)):
            if !LiteralValue.isKnownDatatype(l) || !LiteralValue.isKnownDatatype(r) { return nil }
            if case .opaque = leftValue { return nil }
            if case .opaque = rightValue { return nil }
            return false
        default:
            return false
        }
    }

    /// The effective boolean value of a term.
    static func truth(_ term: Term?) -> Bool? {
        guard let term, case .literal(let literal) = term else { return nil }
        switch LiteralValue(term) {
        case .boolean(let value): return value
        case .string(let text): return !text.isEmpty
        case .numeric(let number): return number.double != 0 && !number.double.isNaN
        case .languageString: return nil
        default:
            if literal.datatype == XSD.boolean || NumericValue.isNumeric(literal.datatype) { return false }
            return nil
        }
    }

    /// The order of `ORDER BY`: unbound first, then blank nodes, IRIs and literals; literals by value where
    /// their kinds compare, else by datatype, language and lexical form.
    static func order(_ left: Term?, _ right: Term?) -> Int {
        func rank(_ term: Term?) -> Int {
            switch term {
            case nil: 0
            case .blank: 1
            case .iri: 2
            case .literal: 3
            }
        }
        let ranks = (rank(left), rank(right))
        if ranks.0 != ranks.1 { return ranks.0 < ranks.1 ? -1 : 1 }
        switch (left, right) {
        case (.blank(let l)?, .blank(let r)?): return LiteralValue.codePointOrder(l.id, r.id)
        case (.iri(let l)?, .iri(let r)?): return LiteralValue.codePointOrder(l.value, r.value)
        case (.literal(let l)?, .literal(let r)?):
            if let order = LiteralValue(.literal(l)).compare(LiteralValue(.literal(r))), order != 0 { return order }
            let byKind = kindRank(l) - kindRank(r)
            if byKind != 0 { return byKind < 0 ? -1 : 1 }
            let byType = LiteralValue.codePointOrder(l.datatype.value, r.datatype.value)
            if byType != 0 { return byType }
            let byLanguage = LiteralValue.codePointOrder(l.language ?? "", r.language ?? "")
            if byLanguage != 0 { return byLanguage }
            return LiteralValue.codePointOrder(l.lexicalForm, r.lexicalForm)
        default:
            return 0
        }
    }

    /// Groups literals of different kinds in a fixed order: numbers, booleans, strings, dates, others.
    private static func kindRank(_ literal: Literal) -> Int {
        switch LiteralValue(.literal(literal)) {
        case .numeric: 0
        case .boolean: 1
        case .string: 2
        case .languageString: 3
        case .instant: 4
        case .opaque: 5
        }
    }
}
