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
        let lines = try TSVFile.lines(of: path, in: folder)
        guard let header = lines.first else {
            throw OntologyError(
                file: path, message: "the file is empty; expected a header line: \(columns.joined(separator: ", "))")
        }
        let headerFields = TSVFile.fields(of: header.text).map { String(decoding: $0, as: UTF8.self) }
        guard headerFields == columns else {
            let (expected, found) = (columns.joined(separator: ", "), headerFields.joined(separator: ", "))
            throw OntologyError(
                file: path, line: header.number, message: "expected the header columns \(expected), found \(found)")
        }
        var rows: [TSVRow] = []
        rows.reserveCapacity(lines.count - 1)
        for line in lines.dropFirst() {
            let cells = TSVFile.fields(of: line.text)
            guard cells.count == columns.count else {
                throw OntologyError(
                    file: path, line: line.number,
                    message: "expected \(columns.count) tab-separated fields, found \(cells.count)")
            }
            rows.append(TSVRow(file: path, line: line.number, columns: columns, cells: cells))
        }
        self.path = path
        self.rows = rows
    }

    /// The lines of `path` in `folder` with their numbers from 1, without `\n` or a trailing `\r`;
    /// the empty piece after a final newline is not a line.
    /// - Throws: `OntologyError` when the file is missing, unreadable or not UTF-8.
    static func lines(of path: String, in folder: String) throws(OntologyError) -> [(
        number: Int, text: ArraySlice<UInt8>
    )] {
        let bytes = try read(path, in: folder)
        var lines: [(number: Int, text: ArraySlice<UInt8>)] = []
        var start = bytes.startIndex
        var number = 0
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var line = bytes[start..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            number += 1
            lines.append((number, line))
            start = end + 1
        }
        return lines
    }

    /// The tab-separated fields of `line`.
    static func fields(of line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var fields: [ArraySlice<UInt8>] = []
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

    /// Whether `bytes` is valid UTF-8: decoding it changes nothing.
    private static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var text = String(decoding: bytes, as: UTF8.self)
        return text.withUTF8 { decoded in bytes.withUnsafeBufferPointer { decoded.elementsEqual($0) } }
    }
}
