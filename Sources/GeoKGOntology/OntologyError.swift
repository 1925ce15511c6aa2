public import GeoKGErrors

/// A file of the ontology folder that is missing, unreadable or wrong.
///
/// Its description names the file relative to the ontology folder and, when one line is at fault,
/// the line, from 1: `gazetteer/countries.tsv:41: expected 9 tab-separated fields, found 8`.
public struct OntologyError: GeoKGError, Sendable {
    /// The file's path relative to the ontology folder (`gazetteer/countries.tsv`).
    public let file: String
    /// The line at fault, from 1 (the header is line 1), or `nil` when the whole file is.
    public let line: Int?
    /// What is wrong or what was expected.
    public let message: String

    /// Makes the error for `file` and, optionally, `line`.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`, or `FILE: message` when no line is at fault.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
