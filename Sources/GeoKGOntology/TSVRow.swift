/// One data line of a TSV file of the ontology folder, with the helpers that read its cells.
///
/// An empty cell means "none"; a cell with several values separates them with `|`.
struct TSVRow {
    /// The file's path relative to the ontology folder.
    let file: String
    /// The line number, from 1 (the header is line 1).
    let line: Int
    /// The header's column names.
    let columns: [String]
    /// The cells' bytes (valid UTF-8), as many as `columns`.
    let cells: [ArraySlice<UInt8>]

    /// An error about this line.
    func error(_ message: String) -> OntologyError {
        OntologyError(file: file, line: line, message: message)
    }

    /// The cell of column `index`, which may be empty.
    subscript(index: Int) -> String { String(decoding: cells[index], as: UTF8.self) }

    /// The cell of column `index`, or `nil` when it is empty.
    func optional(_ index: Int) -> String? {
        cells[index].isEmpty ? nil : self[index]
    }

    /// The cell of column `index`.
    /// - Throws: `OntologyError` when the cell is empty.
    func required(_ index: Int) throws(OntologyError) -> String {
        guard !cells[index].isEmpty else { throw error("empty \(columns[index]); it is required") }
        return self[index]
    }

    /// The `|`-separated values of column `index`; empty when the cell is.
    /// - Throws: `OntologyError` when a value is empty (`a||b`, `a|`).
    func list(_ index: Int) throws(OntologyError) -> [String] {
        let cell = cells[index]
        if cell.isEmpty { return [] }
        var values: [String] = []
        var start = cell.startIndex
        while true {
            let end = cell[start...].firstIndex(of: UInt8(ascii: "|")) ?? cell.endIndex
            guard start < end else { throw error("empty value in the \(columns[index]) list '\(self[index])'") }
            values.append(String(decoding: cell[start..<end], as: UTF8.self))
            guard end < cell.endIndex else { return values }
            start = end + 1
        }
    }

    /// The `|`-separated values of column `index`, at least one.
    /// - Throws: `OntologyError` when the cell or one of its values is empty.
    func requiredList(_ index: Int) throws(OntologyError) -> [String] {
        _ = try required(index)
        return try list(index)
    }

    /// The cell of column `index`, checked to be an id: ASCII letters and digits only.
    /// - Throws: `OntologyError` when it is empty or has another character.
    func id(_ index: Int) throws(OntologyError) -> String {
        let value = try required(index)
        guard value.utf8.allSatisfy({ isASCIIAlphanumeric($0) }) else {
            throw error("\(columns[index]) '\(value)' is not a slug of ASCII letters and digits")
        }
        return value
    }

    /// The cell of column `index` if it is one of `choices`.
    /// - Throws: `OntologyError` listing the choices otherwise.
    func choice(_ index: Int, of choices: [String]) throws(OntologyError) -> String {
        let value = self[index]
        guard choices.contains(value) else {
            throw error("\(columns[index]) '\(value)' is not one of \(choices.joined(separator: ", "))")
        }
        return value
    }

    /// The case of `choices` whose raw value is the cell of column `index`.
    /// - Throws: `OntologyError` listing the choices otherwise.
    func choice<Value: RawRepresentable>(_ index: Int, of choices: [Value]) throws(OntologyError) -> Value
    where Value.RawValue == String {
        let cell = self[index]
        guard let value = choices.first(where: { $0.rawValue == cell }) else {
            let names = choices.map(\.rawValue).joined(separator: ", ")
            throw error("\(columns[index]) '\(cell)' is not one of \(names)")
        }
        return value
    }

    /// The cell of column `index` as a Wikidata Q-id, or `nil` when empty.
    /// - Throws: `OntologyError` when it is not `Q` followed by digits.
    func wikidata(_ index: Int) throws(OntologyError) -> String? {
        guard let value = optional(index) else { return nil }
        let digits = value.utf8.dropFirst()
        guard value.utf8.first == UInt8(ascii: "Q"), !digits.isEmpty, digits.allSatisfy(isASCIIDigit) else {
            throw error("\(columns[index]) '\(value)' is not a Wikidata Q-id such as Q148")
        }
        return value
    }

    /// The cell of column `index` as an ISO 8601 date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `nil` when empty.
    /// - Throws: `OntologyError` when it has another shape.
    func date(_ index: Int) throws(OntologyError) -> String? {
        let bytes = cells[index]
        guard !bytes.isEmpty else { return nil }
        var offset = 0
        var shapeIsValid = bytes.count == 4 || bytes.count == 7 || bytes.count == 10
        for byte in bytes where shapeIsValid {
            shapeIsValid = offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : isASCIIDigit(byte)
            offset += 1
        }
        guard shapeIsValid else {
            throw error("\(columns[index]) '\(self[index])' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return self[index]
    }

    /// The cell of column `index` if it is `count` upper-case ASCII letters, or `nil` when empty.
    /// - Throws: `OntologyError` otherwise.
    func code(_ index: Int, letters count: Int) throws(OntologyError) -> String? {
        guard let value = optional(index) else { return nil }
        guard value.utf8.count == count,
            value.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        else {
            throw error("\(columns[index]) '\(value)' is not \(count) upper-case letters")
        }
        return value
    }
}

/// Whether `byte` is an ASCII digit.
func isASCIIDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}

/// Whether `byte` is an ASCII letter or digit.
func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    isASCIIDigit(byte) || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
}
