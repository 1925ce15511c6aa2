/// Reads a publication date written in one of the usual ways and gives it as `YYYY-MM-DD`.
///
/// Understood: ISO 8601 (`2025-06-09`, `2025-06-09T08:27+0000`, `2025/06/09`), month names in either
/// order (`June 9, 2025`, `09 Jun 2025`, `Monday, 9th June 2025 08:27 GMT`), RFC 822
/// (`Mon, 09 Jun 2025 08:27:00 +0000`), and a leading label such as `Published:` or `Updated on`.
/// The calendar date is taken as written; time zones are not converted. All-number dates that
/// do not start with the year (`06/09/2025`) are ambiguous and give `nil`.
enum DateNormalizer {
    /// The date in `text` as `YYYY-MM-DD`, or `nil` when `text` is not just a date.
    ///
    /// The whole text must be a date: every word must be a month, a weekday, a time word (AM, UTC,
    /// GMT...) or a label, so a sentence that mentions a date is not taken for one.
    static func isoDate(from text: String) -> String? {
        if let (year, month, day) = plainISODate(text) { return iso(year: year, month: month, day: day) }
        let tokens = Token.split(text)
        var months: [(index: Int, month: Int)] = []
        for (index, token) in tokens.enumerated() {
            guard case .word(let word) = token else { continue }
            if let month = month(named: word) {
                months.append((index, month))
            } else if !allowedWords.contains(word) {
                return nil
            }
        }
        let numbers = tokens.compactMap(\.number)
        switch months.count {
        case 0:
            guard numbers.count >= 3, numbers[0].digits == 4 else { return nil }
            return iso(year: numbers[0].value, month: numbers[1].value, day: numbers[2].value)
        case 1:
            let (index, month) = (months[0].index, months[0].month)
            guard let year = numbers.first(where: { $0.digits == 4 })?.value else { return nil }
            let after = tokens.dropFirst(index + 1).first?.number
            let before = index > 0 ? tokens[index - 1].number : nil
            guard let day = [after, before].compactMap({ $0 }).first(where: { $0.digits <= 2 }) else {
                return nil
            }
            return iso(year: year, month: month, day: day.value)
        default:
            return nil
        }
    }

    /// The year, month and day of a date written exactly `YYYY-MM-DD`, the common case, read without
    /// splitting the text into words.
    private static func plainISODate(_ text: String) -> (Int, Int, Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    /// `YYYY-MM-DD` for a real calendar day between 1800 and 2199, else `nil`.
    private static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1800...2199).contains(year), (1...12).contains(month),
            (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The month (1...12) that a lower-case word names in full or abbreviated (`sep`, `sept`).
    private static func month(named word: String) -> Int? {
        if word == "sept" { return 9 }
        guard word.count >= 3 else { return nil }
        return monthNames.firstIndex { $0 == word || $0.prefix(3) == word }.map { $0 + 1 }
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// Words that may stand beside a date: weekdays, ordinal suffixes, time words, time zones, labels.
    private static let allowedWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "st", "nd", "rd", "th", "t", "z", "am", "pm", "a", "p", "m",
        "utc", "gmt", "ut", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet",
        "cest", "eet", "eest", "msk", "ist", "jst", "kst", "aest",
        "published", "updated", "posted", "last", "modified", "date", "on", "at", "of", "the",
    ]

    /// A run of letters (lower-cased) or of digits.
    private enum Token {
        case word(String)
        case number(value: Int, digits: Int)

        var number: (value: Int, digits: Int)? {
            if case .number(let value, let digits) = self { (value, digits) } else { nil }
        }

        static func split(_ text: String) -> [Token] {
            var tokens: [Token] = []
            var current = ""
            func flush() {
                guard let first = current.first else { return }
                if first.isNumber {
                    tokens.append(.number(value: Int(current.suffix(9)) ?? 0, digits: current.count))
                } else {
                    tokens.append(.word(current.lowercased()))
                }
                current = ""
            }
            for character in text {
                let isDigit = character.isASCII && character.isNumber
                if !(isDigit || character.isLetter) {
                    flush()
                } else if let last = current.last, last.isNumber != isDigit {
                    flush()
                    current.append(character)
                } else {
                    current.append(character)
                }
            }
            flush()
            return tokens
        }
    }
}
