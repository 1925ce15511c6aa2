import GeoKGRDF
import GeoKGStore

/// The one-text form in which SQL carries an RDF term between geokg's SQL functions: kind, datatype, language
/// and value separated by U+001F, as `terms` columns give them (datatype empty for plain and tagged strings).
enum TermCodec {
    static let separator: Character = "\u{1F}"

    /// SQL giving the encoded form of the term whose id is `id` (`NULL` when `id` is), blank nodes named after
    /// their ids; negative ids are the query's own terms, encoded by `geokg_local_term`.
    static func sql(forID id: String) -> String {
        "(CASE WHEN \(id) < 0 THEN geokg_local_term(\(id)) ELSE \(StoreSchema.termPartsSQL(id: id, separator: "char(31)")) END)"
    }

    /// SQL wrapping an SQL integer expression as an `xsd:integer` literal.
    static func sql(forInteger integer: String) -> String {
        "('\(StoreSchema.TermKind.literal.rawValue)' || char(31) || '\(XSD.integer.value)' || char(31) || char(31) || \(integer))"
    }

    /// The encoded form of `term`.
    static func encode(_ term: Term) -> String {
        let s = String(separator)
        func kind(_ kind: StoreSchema.TermKind) -> String { String(kind.rawValue) }
        switch term {
        case .iri(let iri):
            return kind(.iri) + s + s + s + iri.value
        case .blank(let node):
            return kind(.blank) + s + s + s + node.id
        case .literal(let literal):
            let datatype = literal.language != nil || literal.datatype == XSD.string ? "" : literal.datatype.value
            return kind(.literal) + s + datatype + s + (literal.language ?? "") + s + literal.lexicalForm
        }
    }

    /// The term an encoded form stands for, or `nil` for text that is not one.
    static func decode(_ text: String) -> Term? {
        // Split at the first three separators, scanning bytes (the value may hold anything).
        let bytes = text.utf8
        var bounds: [String.Index] = []
        var index = bytes.startIndex
        while bounds.count < 3, index < bytes.endIndex {
            if bytes[index] == 0x1F { bounds.append(index) }
            index = bytes.index(after: index)
        }
        guard bounds.count == 3, bounds[0] == bytes.index(after: bytes.startIndex),
            let kind = bytes.first.flatMap({ StoreSchema.TermKind(rawValue: Int64($0) - 0x30) })
        else { return nil }
        func part(_ start: String.Index, _ end: String.Index) -> Substring { text[bytes.index(after: start)..<end] }
        let datatype = part(bounds[0], bounds[1])
        let language = part(bounds[1], bounds[2])
        let value = String(text[bytes.index(after: bounds[2])...])
        switch kind {
        case .iri: return .iri(IRI(unchecked: value))
        case .blank: return .blank(BlankNode(unchecked: value))
        case .literal:
            if !language.isEmpty { return .literal(Literal(value, uncheckedLanguage: String(language))) }
            return .literal(
                datatype.isEmpty ? Literal(value) : Literal(value, datatype: IRI(unchecked: String(datatype))))
        }
    }
}
