import GeoKGArticles

/// When a sentence dates the event it states, relative to the article's date.
///
/// A sentence dates its event with, in this order of preference:
/// - a calendar date: a month name beside a day number, with or without a year ("on March 3", "3 March 2024",
///   "March 3, 2024"); without a year it is the article's year, or the year before when that would put a past
///   event after the article;
/// - a weekday ("on Tuesday", "last Tuesday"): the latest such day on or before the article's date, or for a
///   planned event the first on or after it ("will meet on Friday");
/// - "yesterday", "today", "tonight", "this morning" (afternoon, evening);
/// - "earlier this month", "this month", "last month": a month (`YYYY-MM`); "last year", "earlier this year":
///   a year (`YYYY`).
/// The first expression of the best kind wins. Without an article date only a calendar date with its year
/// dates the event. The date of a dateline that opens the sentence ("OSLO, March 6 (Reuters) - ...") dates
/// the report, not the event, and is passed over.
struct EventDate {
    /// The kinds of date expression, best first.
    private enum Expression {
        case calendar(month: Int, day: Int, year: Int?)
        case weekday(Int)
        case dayOffset(Int)
        case month(offset: Int)
        case year(offset: Int)

        var rank: Int {
            switch self {
            case .calendar: 0
            case .weekday: 1
            case .dayOffset: 2
            case .month: 3
            case .year: 4
            }
        }
    }

    /// The sentence's best date expression, if any.
    private let expression: Expression?

    /// Reads the date expressions of a sentence's tokens, once for all the events it states.
    init(_ tokens: [Token]) {
        var best: Expression?
        func offer(_ candidate: Expression) {
            if best.map({ candidate.rank < $0.rank }) ?? true { best = candidate }
        }
        for index in Self.datelineLength(tokens)..<tokens.count {
            let token = tokens[index]
            guard token.isWord else { continue }
            if token.isCapitalized, let name = Self.names[token.text] {
                switch name {
                case .month(let month):
                    if let calendar = Self.calendar(month: month, at: index, in: tokens) { offer(calendar) }
                case .weekday(let weekday):
                    offer(.weekday(weekday))
                }
                continue
            }
            // Only short words can be relative ones: most tokens are passed over without hashing.
            guard (4...9).contains(token.lower.utf8.count), let word = Self.relativeWords[token.lower] else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            switch word {
            case .dayOffset(let days): offer(.dayOffset(days))
            case .this where Self.dayParts.contains(next): offer(.dayOffset(0))
            case .this where next == "month": offer(.month(offset: 0))
            case .this where next == "year": offer(.year(offset: 0))
            case .last where next == "month": offer(.month(offset: -1))
            case .last where next == "year": offer(.year(offset: -1))
            default: continue
            }
        }
        expression = best
    }

    /// The date the sentence gives an event, as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, relative to the article's
    /// date `articleDate`; `nil` when it gives none.
    func date(articleDate: String?, isPlanned: Bool) -> String? {
        guard let expression else { return nil }
        let reference = articleDate.flatMap(CivilDate.init(iso:))
        if case .calendar(let month, let day, let written) = expression {
            guard let year = written ?? reference?.year, var date = CivilDate(year: year, month: month, day: day)
            else { return nil }
            if written == nil, !isPlanned, let reference, date.dayNumber > reference.dayNumber,
                let earlier = CivilDate(year: year - 1, month: month, day: day)
            {
                date = earlier
            }
            return date.iso
        }
        guard let reference else { return nil }
        switch expression {
        case .weekday(let weekday):
            let gap = (reference.weekday - weekday + 7) % 7
            return CivilDate(dayNumber: reference.dayNumber + (isPlanned ? (7 - gap) % 7 : -gap)).iso
        case .dayOffset(let days): return CivilDate(dayNumber: reference.dayNumber + days).iso
        case .month(offset: 0): return reference.monthISO
        case .month: return reference.previousMonthISO
        case .year(let offset): return String(reference.year + offset)
        case .calendar: return nil
        }
    }

    /// The calendar date a month name at `index` makes with a day number beside it ("March 3", "3 March") and
    /// the year after both, when written.
    private static func calendar(month: Int, at index: Int, in tokens: [Token]) -> Expression? {
        var yearIndex = index + 1
        let day: Int
        if index + 1 < tokens.count, let number = dayNumber(tokens[index + 1].text) {
            day = number
            yearIndex = index + 2
            if yearIndex < tokens.count, tokens[yearIndex].text == "," { yearIndex += 1 }
        } else if index > 0, let number = dayNumber(tokens[index - 1].text) {
            day = number
        } else {
            return nil
        }
        return .calendar(month: month, day: day, year: yearIndex < tokens.count ? year(tokens[yearIndex].text) : nil)
    }

    /// How many tokens a dateline opening `tokens` takes: a place in capitals, then within twelve tokens a dash
    /// (through the dash); 0 when there is none.
    private static func datelineLength(_ tokens: [Token]) -> Int {
        guard let first = tokens.first, first.text.count >= 3, first.text.allSatisfy({ $0.isUppercase || $0 == "." })
        else { return 0 }
        let dash = tokens.prefix(12).firstIndex { ["-", "--", "–", "—"].contains($0.text) }
        return dash.map { $0 + 1 } ?? 0
    }

    /// A day of the month written as a number (`3`, `03`, `3rd`).
    private static func dayNumber(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let suffix = text.dropFirst(digits.count)
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix), let day = Int(digits),
            (1...31).contains(day)
        else { return nil }
        return day
    }

    /// A year written as four digits, from 1900 to 2199.
    private static func year(_ text: String) -> Int? {
        guard text.count == 4, let year = Int(text), (1900...2199).contains(year) else { return nil }
        return year
    }

    /// A capitalised name of a month (1–12) or a weekday (0 for Monday, as `CivilDate.weekday` numbers them).
    private enum Name {
        case month(Int)
        case weekday(Int)
    }

    private static let names: [String: Name] = {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var names: [String: Name] = [:]
        for (index, month) in months.enumerated() { names[month] = .month(index + 1) }
        for (index, weekday) in weekdays.enumerated() { names[weekday] = .weekday(index) }
        return names
    }()

    /// A lower-case word that dates relative to the article: a day offset, or `this` or `last` before a unit.
    private enum RelativeWord {
        case dayOffset(Int)
        case this
        case last
    }

    private static let relativeWords: [String: RelativeWord] = [
        "yesterday": .dayOffset(-1), "today": .dayOffset(0), "tonight": .dayOffset(0), "this": .this, "last": .last,
    ]
    private static let dayParts: Set<String> = ["morning", "afternoon", "evening"]
}
