import GeoKGRDF
import GeoKGStore

/// SUM and AVG over a group: numbers added in the type tower; a non-number makes the result an error.
final class NumericAggregate: SQLAggregate {
    private let averages: Bool
    private var total: NumericValue? = .integer(0)
    private var count = 0

    init(averages: Bool) {
        self.averages = averages
    }

    func step(_ arguments: [SQLValue]) {
        guard let text = arguments.first?.text else { return }
        guard let term = TermCodec.decode(text), case .numeric(let number) = LiteralValue(term) else {
            total = nil
            return
        }
        total = total?.apply(.add, number)
        count += 1
    }

    func finish() -> SQLValue {
        guard var result = total else { return .null }
        if averages, count > 0 {
            guard let average = result.apply(.divide, .integer(Int64(count))) else { return .null }
            result = average
        }
        return .text(TermCodec.encode(.literal(result.literal)))
    }
}

/// MIN, MAX and SAMPLE over a group, by the order of ORDER BY.
final class ExtremeAggregate: SQLAggregate {
    /// What the aggregate keeps.
    enum Choice { case minimum, maximum, sample }
    private let choice: Choice
    private var best: Term?

    init(_ choice: Choice) {
        self.choice = choice
    }

    func step(_ arguments: [SQLValue]) {
        guard let text = arguments.first?.text, let term = TermCodec.decode(text) else { return }
        guard let current = best else {
            best = term
            return
        }
        let order = TermSemantics.order(term, current)
        if (choice == .minimum && order < 0) || (choice == .maximum && order > 0) { best = term }
    }

    func finish() -> SQLValue {
        best.map { .text(TermCodec.encode($0)) } ?? .null
    }
}

/// GROUP_CONCAT: the group's strings joined by the separator that precedes each value after U+001E.
final class ConcatAggregate: SQLAggregate {
    private var parts: [String] = []
    private var separator = " "
    private var failed = false

    func step(_ arguments: [SQLValue]) {
        guard let text = arguments.first?.text, let mark = text.firstIndex(of: "\u{1E}") else { return }
        separator = String(text[..<mark])
        guard let term = TermCodec.decode(String(text[text.index(after: mark)...])), case .literal(let literal) = term,
            literal.language != nil || literal.datatype == XSD.string
        else {
            failed = true
            return
        }
        parts.append(literal.lexicalForm)
    }

    func finish() -> SQLValue {
        failed ? .null : .text(TermCodec.encode(.literal(Literal(parts.joined(separator: separator)))))
    }
}
