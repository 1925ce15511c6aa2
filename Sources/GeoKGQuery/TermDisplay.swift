import Foundation
public import GeoKGRDF

/// Terms as people read them in tables: IRIs shortened by known prefixes, strings without quotes.
public enum TermDisplay {
    /// `entity:china`, `"2025-06-09"^^xsd:date`, `Scott Bessent`, `Pékin@fr`, `42`.
    public static func short(_ term: Term) -> String {
        switch term {
        case .iri(let iri):
            return prefixed(iri) ?? "<\(iri.value)>"
        case .blank(let node):
            return "_:\(node.id)"
        case .literal(let literal):
            if let language = literal.language { return "\(literal.lexicalForm)@\(language)" }
            if literal.datatype == XSD.string || NumericValue(literal) != nil || literal.datatype == XSD.boolean {
                return literal.lexicalForm
            }
            return "\"\(literal.lexicalForm)\"^^" + (prefixed(literal.datatype) ?? "<\(literal.datatype.value)>")
        }
    }

    /// `prefix:local` when a known namespace holds the IRI and the rest is a plain name.
    public static func prefixed(_ iri: IRI) -> String? {
        for namespace in Namespaces.all where iri.value.hasPrefix(namespace.iri) {
            let local = iri.value.dropFirst(namespace.iri.count)
            if local.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                return namespace.prefix + ":" + local
            }
        }
        return nil
    }
}

/// Rows of text in aligned columns.
struct TextTable {
    let header: [String]
    let rows: [[String]]

    /// The widest a cell is shown; longer text is cut with an ellipsis (other formats keep it whole).
    static let cellLimit = 100

    /// The table with a header rule, each column as wide as its widest cell; line breaks shown as `\n`.
    var rendered: String {
        let cleaned = rows.map { row in
            row.map { cell in
                let flat = cell.replacingLineBreaks
                return flat.count > TextTable.cellLimit ? flat.prefix(TextTable.cellLimit - 1) + "…" : flat
            }
        }
        var widths = header.map(\.count)
        for row in cleaned {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .trailingSpacesRemoved + "\n"
        }
        var text = line(header)
        text += line(widths.map { String(repeating: "-", count: $0) })
        for row in cleaned { text += line(row) }
        return text
    }
}

/// SPARQL CSV fields.
enum CSVField {
    /// A term's plain value: an IRI's text, a literal's lexical form, a blank node's label.
    static func plain(_ term: Term) -> String {
        switch term {
        case .iri(let iri): iri.value
        case .blank(let node): "_:\(node.id)"
        case .literal(let literal): literal.lexicalForm
        }
    }

    /// The field quoted when it holds a comma, quote or line break.
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// JSON text for SPARQL JSON results.
enum JSONText {
    /// `text` as a JSON string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A term as a SPARQL JSON binding object.
    static func term(_ term: Term) -> String {
        switch term {
        case .iri(let iri):
            return "{\"type\":\"uri\",\"value\":\(quoted(iri.value))}"
        case .blank(let node):
            return "{\"type\":\"bnode\",\"value\":\(quoted(node.id))}"
        case .literal(let literal):
            var object = "{\"type\":\"literal\",\"value\":\(quoted(literal.lexicalForm))"
            if let language = literal.language {
                object += ",\"xml:lang\":\(quoted(language))"
            } else if literal.datatype != XSD.string {
                object += ",\"datatype\":\(quoted(literal.datatype.value))"
            }
            return object + "}"
        }
    }
}

extension String {
    fileprivate var replacingLineBreaks: String {
        replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    fileprivate var trailingSpacesRemoved: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
