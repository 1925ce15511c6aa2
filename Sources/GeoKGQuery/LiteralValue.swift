import GeoKGRDF

/// What a term means to SPARQL's operators: a number, a string, a boolean, a date, or only itself.
enum LiteralValue {
    case numeric(NumericValue)
    /// A plain or `xsd:string` literal.
    case string(String)
    case languageString(String, language: String)
    case boolean(Bool)
    /// Seconds since 1970 in UTC, and the datatype (`xsd:dateTime` or `xsd:date`).
    case instant(Double, datatype: IRI)
    /// An IRI, a blank node, or a literal of a type SPARQL does not compare (or with an invalid form).
    case opaque

    init(_ term: Term) {
        guard case .literal(let literal) = term else {
            self = .opaque
            return
        }
        if let language = literal.language {
            self = .languageString(literal.lexicalForm, language: language)
        } else if literal.datatype == XSD.string {
            self = .string(literal.lexicalForm)
        } else if let number = NumericValue(literal) {
            self = .numeric(number)
        } else if literal.datatype == XSD.boolean {
            switch literal.lexicalForm {
            case "true", "1": self = .boolean(true)
            case "false", "0": self = .boolean(false)
            default: self = .opaque
            }
        } else if literal.datatype == XSD.dateTime || literal.datatype == XSD.date,
            let seconds = LiteralValue.seconds(literal.lexicalForm, hasTime: literal.datatype == XSD.dateTime)
        {
            self = .instant(seconds, datatype: literal.datatype)
        } else {
            self = .opaque
        }
    }

    /// Whether a literal's datatype is one SPARQL's operators know, valid or not.
    static func isKnownDatatype(_ literal: Literal) -> Bool {
        literal.language != nil || literal.datatype == XSD.string || literal.datatype == XSD.boolean
            || literal.datatype == XSD.dateTime || literal.datatype == XSD.date
            || NumericValue.isNumeric(literal.datatype)
    }

    /// Orders two values of comparable kinds; `nil` when they cannot be compared with `<`.
    func compare(_ other: LiteralValue) -> Int? {
        switch (self, other) {
        case (.numeric(let left), .numeric(let right)): return left.compare(right)
        case (.string(let left), .string(let right)): return LiteralValue.codePointOrder(left, right)
        case (.boolean(let left), .boolean(let right)): return left == right ? 0 : (left ? 1 : -1)
        case (.instant(let left, let leftType), .instant(let right, let rightType)) where leftType == rightType:
            return left < right ? -1 : (left > right ? 1 : 0)
        default: return nil
        }
    }

    /// Compares strings by Unicode code points, as SPARQL does.
    static func codePointOrder(_ left: String, _ right: String) -> Int {
        var leftScalars = left.unicodeScalars.makeIterator()
        var rightScalars = right.unicodeScalars.makeIterator()
        while true {
            switch (leftScalars.next(), rightScalars.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let l?, let r?) where l != r: return l.value < r.value ? -1 : 1
            default: continue
            }
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z of an `xsd:dateTime` or `xsd:date` form; no timezone reads as UTC.
    static func seconds(_ text: String, hasTime: Bool) -> Double? {
        var rest = Substring(text.trimmingSpaces)
        var negativeYear = false
        if rest.hasPrefix("-") {
            negativeYear = true
            rest = rest.dropFirst()
        }
        // Year (4+ digits), month, day.
        let fields = rest.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let yearValue = Int(fields[0]), fields[0].count >= 4, fields[1].count == 2,
            let month = Int(fields[1]), (1...12).contains(month)
        else { return nil }
        let year = negativeYear ? -yearValue : yearValue
        let dayAndRest = fields[2]
        guard dayAndRest.count >= 2, let day = Int(dayAndRest.prefix(2)), (1...31).contains(day) else { return nil }
        var tail = dayAndRest.dropFirst(2)
        var seconds = Double(LiteralValue.daysFromCivil(year: year, month: month, day: day)) * 86_400
        if hasTime {
            guard tail.hasPrefix("T") else { return nil }
            tail = tail.dropFirst()
            let time = tail.prefix(while: { $0.isNumber || $0 == ":" || $0 == "." })
            tail = tail.dropFirst(time.count)
            let parts = time.split(separator: ":")
            guard parts.count == 3, let hours = Double(parts[0]), let minutes = Double(parts[1]),
                let secs = Double(parts[2])
            else { return nil }
            seconds += hours * 3600 + minutes * 60 + secs
        }
        if tail.isEmpty || tail == "Z" { return seconds }
        guard let sign = tail.first, sign == "+" || sign == "-" else { return nil }
        let zone = tail.dropFirst().split(separator: ":")
        guard zone.count == 2, let hours = Double(zone[0]), let minutes = Double(zone[1]) else { return nil }
        let offset = (hours * 3600 + minutes * 60) * (sign == "+" ? 1 : -1)
        return seconds - offset
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
