import GeoKGRDF

/// The one-text form in which SQL carries an RDF term between geokg's SQL functions: kind, datatype, language
/// and value separated by U+001F, as `terms` columns give them (datatype empty for plain and tagged strings).
enum TermCodec {
    static let separator: Character = "\u{1F}"

    /// SQL giving the encoded form of the term whose id is `id` (`NULL` when `id` is), blank nodes named after
    /// their ids; negative ids are the query's own terms, encoded by `geokg_local_term`.
    static func sql(forID id: String) -> String {
        """
        (CASE WHEN \(id) < 0 THEN geokg_local_term(\(id)) ELSE (SELECT kind || char(31) || datatype || char(31) || \
        lang || char(31) || CASE kind WHEN 1 THEN 'b' || id ELSE value END FROM terms WHERE id = \(id)) END)
        """
    }

    /// SQL wrapping an SQL integer expression as an `xsd:integer` literal.
    static func sql(forInteger integer: String) -> String {
        "('2' || char(31) || '\(XSD.integer.value)' || char(31) || char(31) || \(integer))"
    }

    /// The encoded form of `term`.
    static func encode(_ term: Term) -> String {
        let s = String(separator)
        switch term {
        case .iri(let iri):
            return "0" + s + s + s + iri.value
        case .blank(let node):
            return "1" + s + s + s + node.id
        case .literal(let literal):
            let datatype = literal.language != nil || literal.datatype == XSD.string ? "" : literal.datatype.value
            return "2" + s + datatype + s + (literal.language ?? "") + s + literal.lexicalForm
        }
    }

    /// The term an encoded form stands for, or `nil` for text that is not one.
    static func decode(_ text: String) -> Term? {
        let parts = text.split(separator: separator, maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let value = String(parts[3])
        switch parts[0] {
        case "0": return .iri(IRI(unchecked: value))
        case "1": return .blank(BlankNode(unchecked: value))
        case "2":
            if !parts[2].isEmpty { return .literal(Literal(value, uncheckedLanguage: String(parts[2]))) }
            return .literal(parts[1].isEmpty ? Literal(value) : Literal(value, datatype: IRI(unchecked: String(parts[1]))))
        default: return nil
        }
    }
}
