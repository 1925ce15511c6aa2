import GeoKGRDF

/// Writes a query's results in one of the `ResultFormat`s, as they arrive; `emit` receives the text, or
/// `emitBytes` its UTF-8 bytes.
///
/// CONSTRUCT results are always written as N-Triples. Tables are aligned, so they are written at the end.
public final class ResultWriter {
    private let format: ResultFormat
    private let emit: (String) throws -> Void
    /// Where TSV rows go as bytes, when the receiver takes bytes: spares making a string of each row.
    private let emitBytes: (([UInt8]) throws -> Void)?
    private var variables: [String] = []
    private var tableRows: [[String]] = []
    private var firstSolution = true
    /// A TSV row's bytes, kept to spare an allocation per row.
    private var line: [UInt8] = []
    private var form: Form = .none

    private enum Form { case none, solutions, boolean, triples }

    public init(format: ResultFormat, emit: @escaping (String) throws -> Void) {
        self.format = format
        self.emit = emit
        emitBytes = nil
    }

    /// A writer handing its output to `emitBytes` as UTF-8 bytes.
    public init(format: ResultFormat, emitBytes: @escaping ([UInt8]) throws -> Void) {
        self.format = format
        self.emit = { try emitBytes(Array($0.utf8)) }
        self.emitBytes = emitBytes
    }

    /// Takes the next piece of output.
    /// - Throws: `QueryError` when the format cannot hold this kind of result; what `emit` throws.
    public func write(_ output: QueryOutput) throws {
        switch output {
        case .variables(let names):
            form = .solutions
            variables = names
            try beginSolutions()
        case .solution(let row):
            try writeSolution(row)
        case .boolean(let value):
            form = .boolean
            try writeBoolean(value)
        case .triple(let triple):
            form = .triples
            try emit(triple.description + "\n")
        }
    }

    /// Ends the output: closes JSON, prints the table.
    public func finish() throws {
        guard form == .solutions else { return }
        switch format {
        case .json:
            try emit("\n]}}\n")
        case .xml:
            try emit("</results>\n</sparql>\n")
        case .table:
            try emit(TextTable(header: variables, rows: tableRows).rendered)
            try emit("\(tableRows.count) solution\(tableRows.count == 1 ? "" : "s")\n")
        default:
            break
        }
    }

    private func beginSolutions() throws {
        switch format {
        case .tsv: try emit(variables.map { "?" + $0 }.joined(separator: "\t") + "\n")
        case .csv: try emit(variables.map(CSVField.escape).joined(separator: ",") + "\r\n")
        case .json:
            try emit(
                "{\"head\":{\"vars\":[" + variables.map(JSONText.quoted).joined(separator: ",")
                    + "]},\"results\":{\"bindings\":[")
        case .xml:
            try emit(
                XMLResults.opening + "<head>"
                    + variables.map { "<variable name=\"\(XMLText.escaped($0))\"/>" }.joined() + "</head>\n<results>\n")
        case .table: break
        case .ntriples: throw QueryError("--format ntriples is for CONSTRUCT queries; use table, tsv, csv or json")
        }
    }

    private func writeSolution(_ row: [Term?]) throws {
        switch format {
        case .tsv:
            // Taken out of the writer while it is filled, so that each append is not an access to the object.
            var line: [UInt8] = []
            swap(&line, &self.line)
            defer { swap(&line, &self.line) }
            line.removeAll(keepingCapacity: true)
            for (index, term) in row.enumerated() {
                if index > 0 { line.append(UInt8(ascii: "\t")) }
                if let term { NTriplesSerializer.append(term, to: &line) }
            }
            line.append(UInt8(ascii: "\n"))
            if let emitBytes { try emitBytes(line) } else { try emit(String(decoding: line, as: UTF8.self)) }
        case .csv:
            try emit(row.map { CSVField.escape($0.map(CSVField.plain) ?? "") }.joined(separator: ",") + "\r\n")
        case .json:
            let bindings = zip(variables, row).compactMap { name, term in
                term.map { JSONText.quoted(name) + ":" + JSONText.term($0) }
            }
            try emit((firstSolution ? "\n" : ",\n") + "{" + bindings.joined(separator: ",") + "}")
            firstSolution = false
        case .xml:
            try emit(XMLResults.result(variables, row))
        case .table:
            tableRows.append(row.map { $0.map(TermDisplay.short) ?? "" })
        case .ntriples:
            break
        }
    }

    private func writeBoolean(_ value: Bool) throws {
        switch format {
        case .json: try emit("{\"head\":{},\"boolean\":\(value)}\n")
        case .xml: try emit(XMLResults.opening + "<head/>\n<boolean>\(value)</boolean>\n</sparql>\n")
        default: try emit("\(value)\n")
        }
    }
}
