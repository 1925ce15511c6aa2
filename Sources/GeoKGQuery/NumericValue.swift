import GeoKGRDF

/// A number read from a numeric literal, in the XSD type tower integer < decimal < float < double.
enum NumericValue: Sendable {
    case integer(Int64)
    case decimal(DecimalValue)
    case float(Double)
    case double(Double)

    /// The XSD datatypes derived from `xsd:integer`.
    private static let integerTypes: Set<String> = [
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
        "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    ].reduce(into: []) { $0.insert(Namespaces.xsd.iri + $1) }

    /// Whether `datatype` is one of XSD's numeric types.
    static func isNumeric(_ datatype: IRI) -> Bool {
        integerTypes.contains(datatype.value) || datatype == XSD.decimal || datatype == XSD.double
            || datatype.value == Namespaces.xsd.iri + "float"
    }

    /// The number a literal stands for; `nil` when it is not numeric or its lexical form is invalid.
    init?(_ literal: Literal) {
        let text = literal.lexicalForm.trimmingSpaces
        let datatype = literal.datatype.value
        if NumericValue.integerTypes.contains(datatype) {
            guard let value = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) else { return nil }
            self = .integer(value)
        } else if literal.datatype == XSD.decimal {
            guard let value = DecimalValue(text) else { return nil }
            self = .decimal(value)
        } else if literal.datatype == XSD.double || datatype == Namespaces.xsd.iri + "float" {
            guard let value = NumericValue.floatingPoint(text) else { return nil }
            self = literal.datatype == XSD.double ? .double(value) : .float(value)
        } else {
            return nil
        }
    }

    private static func floatingPoint(_ text: String) -> Double? {
        switch text {
        case "INF", "+INF": .infinity
        case "-INF": -.infinity
        case "NaN": .nan
        default: text.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" }) ? nil : Double(text)
        }
    }

    /// The value as a double.
    var double: Double {
        switch self {
        case .integer(let value): Double(value)
        case .decimal(let value): value.double
        case .float(let value), .double(let value): value
        }
    }

    /// The rank of the type in the promotion tower.
    private var rank: Int {
        switch self {
        case .integer: 0
        case .decimal: 1
        case .float: 2
        case .double: 3
        }
    }

    /// `self` and `other` compared by value; `nil` when either is NaN.
    func compare(_ other: NumericValue) -> Int? {
        if case .integer(let left) = self, case .integer(let right) = other {
            return left < right ? -1 : (left > right ? 1 : 0)
        }
        if let left = decimal, let right = other.decimal {
            return left < right ? -1 : (left > right ? 1 : 0)
        }
        let left = double
        let right = other.double
        if left.isNaN || right.isNaN { return nil }
        return left < right ? -1 : (left > right ? 1 : 0)
    }

    /// The result of an arithmetic operation, typed by the wider operand; `nil` for a division by zero of
    /// integers or decimals, or an overflow.
    func apply(_ operation: Expression.Arithmetic, _ other: NumericValue) -> NumericValue? {
        let rank = max(self.rank, other.rank, operation == .divide ? 1 : 0)
        if rank == 0, case .integer(let left) = self, case .integer(let right) = other {
            let (value, overflow) =
                switch operation {
                case .add: left.addingReportingOverflow(right)
                case .subtract: left.subtractingReportingOverflow(right)
                case .multiply: left.multipliedReportingOverflow(by: right)
                case .divide: (0, true)
                }
            return overflow ? nil : .integer(value)
        }
        if rank == 1, let left = decimal, let right = other.decimal {
            let result: DecimalValue? =
                switch operation {
                case .add: left.adding(right)
                case .subtract: left.subtracting(right)
                case .multiply: left.multiplying(right)
                case .divide: left.dividing(by: right)
                }
            return result.map { .decimal($0) }
        }
        let left = double
        let right = other.double
        let value =
            switch operation {
            case .add: left + right
            case .subtract: left - right
            case .multiply: left * right
            case .divide: left / right
            }
        return rank == 2 ? .float(value) : .double(value)
    }

    /// The value as a decimal, when it is an integer or a decimal.
    private var decimal: DecimalValue? {
        switch self {
        case .integer(let value): DecimalValue(value)
        case .decimal(let value): value
        default: nil
        }
    }

    /// The number negated.
    var negated: NumericValue {
        switch self {
        case .integer(let value):
            value == .min ? .decimal(DecimalValue(scaled: -DecimalValue(value).scaled)) : .integer(-value)
        case .decimal(let value): .decimal(DecimalValue(scaled: -value.scaled))
        case .float(let value): .float(-value)
        case .double(let value): .double(-value)
        }
    }

    /// The number as a literal in its type's canonical form.
    var literal: Literal {
        switch self {
        case .integer(let value):
            return Literal(String(value), datatype: XSD.integer)
        case .decimal(let value):
            return Literal(value.text, datatype: XSD.decimal)
        case .float(let value):
            return Literal(NumericValue.floatingText(value), datatype: Namespaces.xsd("float"))
        case .double(let value):
            return Literal(NumericValue.floatingText(value), datatype: XSD.double)
        }
    }

    /// A floating-point number written out without exponent, as Oxigraph and Rust do: `1500`, `0.000001`,
    /// `-0`, `INF`, `NaN`.
    static func floatingText(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "INF" : "-INF" }
        // Swift's shortest round-trip digits, then the exponent spelled out.
        let shortest = "\(value.magnitude)"
        var mantissa = shortest
        var exponent = 0
        if let mark = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(shortest[..<mark])
            exponent = Int(shortest[shortest.index(after: mark)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        var point = parts[0].count + exponent
        while digits.count > 1, digits.hasPrefix("0"), point > 1 {
            digits.removeFirst()
            point -= 1
        }
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var whole = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while whole.count > 1, whole.hasPrefix("0") { whole.removeFirst() }
        let sign = value.sign == .minus ? "-" : ""
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
