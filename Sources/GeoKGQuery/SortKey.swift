import GeoKGRDF

/// Text whose byte order is the order of ORDER BY (`TermSemantics.order`), computed once per solution so
/// that SQLite sorts with plain comparisons.
///
/// The key is the term's rank (blank node, IRI, literal), then for literals the kind (number, boolean,
/// string, tagged string, date, other), the value in an order-preserving form, and what breaks ties.
enum SortKey {
    private static let separator = "\u{1}"

    static func of(_ term: Term) -> String {
        switch term {
        case .blank(let node): return "1" + node.id
        case .iri(let iri): return "2" + iri.value
        case .literal(let literal): return "3" + literalKey(literal, value: LiteralValue(term))
        }
    }

    private static func literalKey(_ literal: Literal, value: LiteralValue) -> String {
        let tie =
            separator + literal.datatype.value + separator + (literal.language ?? "") + separator
            + literal.lexicalForm
        switch value {
        case .numeric(let number): return "0" + ordered(number.double) + tie
        case .boolean(let truth): return "1" + (truth ? "1" : "0") + tie
        case .string(let text): return "2" + text + tie
        case .languageString(let text, let language): return "3" + language + separator + text
        case .instant(let seconds, let datatype): return "4" + datatype.value + separator + ordered(seconds) + tie
        case .opaque: return "5" + tie
        }
    }

    /// A double as 16 hex digits that sort as the numbers do (NaN last).
    private static func ordered(_ value: Double) -> String {
        let bits = value.bitPattern
        let flipped = value.sign == .minus ? ~bits : bits | (1 << 63)
        let hex = String(flipped, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
