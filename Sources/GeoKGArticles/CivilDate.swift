/// A day of the proleptic Gregorian calendar, counted in days from 1970-01-01.
package struct CivilDate: Sendable, Hashable {
    package let year: Int
    package let month: Int
    package let day: Int

    /// The date `YYYY-MM-DD`, or `nil` when it is not one.
    package init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// The day number (see `dayNumber`) of the first day of `text`, a date of any precision: `YYYY-MM-DD`,
    /// `YYYY-MM` or `YYYY`; `nil` when it is none of these. Reads bytes, for the millions of dates of event data.
    package static func firstDayNumber(of text: String) -> Int? {
        var fields: [Int] = []
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else if byte == 0x2D, digits > 0, fields.count < 2 {
                fields.append(value)
                (value, digits) = (0, 0)
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        fields.append(value)
        let widths = [4, 2, 2]
        guard fields.count <= 3, text.utf8.count == widths.prefix(fields.count).reduce(fields.count - 1, +)
        else { return nil }
        return CivilDate(
            year: fields[0], month: fields.count > 1 ? fields[1] : 1, day: fields.count > 2 ? fields[2] : 1)?
            .dayNumber
    }

    /// The date, or `nil` when the month has no such day.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The date `dayNumber` days after 1970-01-01 (Howard Hinnant's civil-from-days).
    package init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shifted + 2) / 5 + 1
        month = shifted < 10 ? shifted + 3 : shifted - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days after 1970-01-01 (days-from-civil).
    package var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday).
    package var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    package var iso: String { "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))" }
    package var monthISO: String { "\(Self.padded(year, 4))-\(Self.padded(month, 2))" }
    package var previousMonthISO: String {
        month == 1 ? "\(Self.padded(year - 1, 4))-12" : "\(Self.padded(year, 4))-\(Self.padded(month - 1, 2))"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
    }
}
