import GeoKGRDF

/// Results show typed values in their canonical form, as Oxigraph and other engines that store values do:
/// `"030"^^xsd:integer` as `30`, `"4.1E1"^^xsd:double` as `41`, `"1"^^xsd:boolean` as `true`; language
/// tags in lower case.
enum CanonicalForm {
    static func of(_ term: Term) -> Term {
        guard case .literal(let literal) = term else { return term }
        if let language = literal.language {
            let lower = language.lowercased()
            return lower == language ? term : .literal(Literal(literal.lexicalForm, uncheckedLanguage: lower))
        }
        if literal.datatype == XSD.string { return term }
        if let number = NumericValue(literal) {
            let lexical = number.literal.lexicalForm
            return lexical == literal.lexicalForm ? term : .literal(Literal(lexical, datatype: literal.datatype))
        }
        if literal.datatype == XSD.boolean, case .boolean(let value) = LiteralValue(term) {
            return .literal(Literal(value ? "true" : "false", datatype: XSD.boolean))
        }
        return term
    }
}
