import Foundation

/// A TSV file of the ontology folder, read whole and split into checked rows.
///
/// Lines end at `\n`; a trailing `\r` is dropped. Cells are not trimmed.
struct TSVFile {
    /// The file's path relative to the ontology folder (`gazetteer/countries.tsv`).
    let path: String
    /// The data lines, after the header.
    let rows: [TSVRow]

    /// Reads `path` in `folder`, checks that its header is `columns` and that every line has as many fields.
    /// - Throws: `OntologyError` naming the file, and the line when one is at fault.
    init(_ path: String, in folder: String, columns: [String]) throws(OntologyError) {
        let bytes = try TSVFile.read(path, in: folder)
        var rows: [TSVRow] = []
        var header: [String]?
        var problem: OntologyError?
        TSVFile.forEachLine(of: bytes) { number, line in
            if header == nil {
                header = TSVFile.fields(of: line).map { String(decoding: $0, as: UTF8.self) }
                if header != columns {
                    let (expected, found) = (columns.joined(separator: ", "), (header ?? []).joined(separator: ", "))
                    problem = OntologyError(
                        file: path, line: number, message: "expected the header columns \(expected), found \(found)")
                    return false
                }
                rows.reserveCapacity(bytes.count / 64)
                return true
            }
            let cells = TSVFile.fields(of: line, expecting: columns.count)
            guard cells.count == columns.count else {
                problem = OntologyError(
                    file: path, line: number,
                    message: "expected \(columns.count) tab-separated fields, found \(cells.count)")
                return false
            }
            rows.append(TSVRow(file: path, line: number, columns: columns, cells: cells))
            return true
        }
        if let problem { throw problem }
        guard header != nil else {
            throw OntologyError(
                file: path, message: "the file is empty; expected a header line: \(columns.joined(separator: ", "))")
        }
        self.path = path
        self.rows = rows
    }

    /// Calls `body` with each line of `bytes` and its number from 1, without `\n` or a trailing `\r`, until it
    /// returns `false`; the empty piece after a final newline is not a line.
    private static func forEachLine(of bytes: [UInt8], _ body: (Int, ArraySlice<UInt8>) -> Bool) {
        var start = bytes.startIndex
        var number = 0
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var line = bytes[start..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            number += 1
            guard body(number, line) else { return }
            start = end + 1
        }
    }

    /// The lines of `path` in `folder` with their numbers from 1, without `\n` or a trailing `\r`;
    /// the empty piece after a final newline is not a line.
    /// - Throws: `OntologyError` when the file is missing, unreadable or not UTF-8.
    static func lines(of path: String, in folder: String) throws(OntologyError) -> [(
        number: Int, text: ArraySlice<UInt8>
    )] {
        let bytes = try read(path, in: folder)
        var lines: [(number: Int, text: ArraySlice<UInt8>)] = []
        forEachLine(of: bytes) { number, line in
            lines.append((number, line))
            return true
        }
        return lines
    }

    /// The tab-separated fields of `line`; `expecting` is how many there usually are.
    static func fields(of line: ArraySlice<UInt8>, expecting count: Int = 0) -> [ArraySlice<UInt8>] {
        var fields: [ArraySlice<UInt8>] = []
        fields.reserveCapacity(count)
        var start = line.startIndex
        while true {
            let end = line[start...].firstIndex(of: UInt8(ascii: "\t")) ?? line.endIndex
            fields.append(line[start..<end])
            guard end < line.endIndex else { return fields }
            start = end + 1
        }
    }

    /// The bytes of `path` in `folder`, checked to be UTF-8.
    /// - Throws: `OntologyError` when the file is missing, unreadable or not UTF-8 (naming the first bad line).
    static func read(_ path: String, in folder: String) throws(OntologyError) -> [UInt8] {
        let fullPath = folder.hasSuffix("/") ? folder + path : folder + "/" + path
        let files = FileManager.default
        guard let data = files.contents(atPath: fullPath) else {
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: fullPath, isDirectory: &isDirectory) else {
                throw OntologyError(file: path, message: "no such file in the ontology folder \(folder)")
            }
            throw OntologyError(
                file: path, message: isDirectory.boolValue ? "is a folder, expected a file" : "the file cannot be read")
        }
        let bytes = [UInt8](data)
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else {
            throw OntologyError(file: path, line: 1, message: "the file starts with a byte order mark; save it without")
        }
        guard isUTF8(bytes[...]) else {
            var number = 1
            var start = bytes.startIndex
            while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")), isUTF8(bytes[start..<end]) {
                number += 1
                start = end + 1
            }
            throw OntologyError(file: path, line: number, message: "the line is not valid UTF-8")
        }
        return bytes
    }

    /// Whether `bytes` is valid UTF-8.
    private static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }
}
