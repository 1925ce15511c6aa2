/// An `xsd:decimal`: a fixed-point number with 18 fractional digits, exact for sums and products.
struct DecimalValue: Sendable, Comparable {
    /// The value times 10^18.
    let scaled: Int128
    static let scale: Int128 = 1_000_000_000_000_000_000

    init(scaled: Int128) {
        self.scaled = scaled
    }

    init(_ integer: Int64) {
        scaled = Int128(integer) * DecimalValue.scale
    }

    /// Reads `[+-]digits[.digits]`; `nil` for anything else or a value too large.
    init?(_ text: String) {
        var rest = Substring(text)
        var negative = false
        if let sign = rest.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), whole.allSatisfy(\.isASCIIDigitCharacter),
            fraction.allSatisfy(\.isASCIIDigitCharacter)
        else { return nil }
        var value: Int128 = 0
        for digit in whole + fraction.prefix(18).padding(to: 18) {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = shifted + Int128(digit.wholeNumberValue ?? 0)  // every character is an ASCII digit
        }
        scaled = negative ? -value : value
    }

    var double: Double { Double(scaled) / 1e18 }

    static func < (left: DecimalValue, right: DecimalValue) -> Bool { left.scaled < right.scaled }

    func adding(_ other: DecimalValue) -> DecimalValue? {
        let (sum, overflow) = scaled.addingReportingOverflow(other.scaled)
        return overflow ? nil : DecimalValue(scaled: sum)
    }

    func subtracting(_ other: DecimalValue) -> DecimalValue? {
        let (difference, overflow) = scaled.subtractingReportingOverflow(other.scaled)
        return overflow ? nil : DecimalValue(scaled: difference)
    }

    /// The product, its fraction cut to 18 digits.
    func multiplying(_ other: DecimalValue) -> DecimalValue? {
        let whole = scaled / DecimalValue.scale
        let fraction = scaled % DecimalValue.scale
        let (high, overflowHigh) = whole.multipliedReportingOverflow(by: other.scaled)
        let (low, overflowLow) = fraction.multipliedReportingOverflow(by: other.scaled)
        guard !overflowHigh, !overflowLow else { return nil }
        return DecimalValue(scaled: high).adding(DecimalValue(scaled: low / DecimalValue.scale))
    }

    /// The quotient, its fraction cut to 18 digits; `nil` when dividing by zero.
    func dividing(by other: DecimalValue) -> DecimalValue? {
        guard other.scaled != 0 else { return nil }
        // Long division, one decimal digit of the fraction at a time, so that nothing overflows.
        let divisor = other.scaled.magnitude
        let dividend = scaled.magnitude
        var quotient = dividend / divisor
        var remainder = dividend % divisor
        for _ in 0..<18 {
            let (shifted, overflow) = quotient.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            remainder *= 10
            quotient = shifted + remainder / divisor
            remainder %= divisor
        }
        guard quotient <= UInt128(Int128.max) else { return nil }
        let negative = (scaled < 0) != (other.scaled < 0)
        return DecimalValue(scaled: negative ? -Int128(quotient) : Int128(quotient))
    }

    /// The shortest form: `2`, `0.5`, `-12.25`.
    var text: String {
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt128(DecimalValue.scale)
        var fraction = String(magnitude % UInt128(DecimalValue.scale))
        fraction = String(repeating: "0", count: 18 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (scaled < 0 ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isWholeNumber }
}

extension Substring {
    fileprivate func padding(to length: Int) -> String {
        String(self) + String(repeating: "0", count: Swift.max(0, length - count))
    }
}
