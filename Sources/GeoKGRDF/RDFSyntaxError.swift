public import GeoKGErrors

/// A line of N-Triples or N-Quads that breaks the grammar, with where and what was expected.
///
/// Its description reads `FILE:LINE:COLUMN: message`, the form editors and compilers use.
public struct RDFSyntaxError: GeoKGError, Sendable {
    /// The file's name as the user gave it (`-` for standard input).
    public let file: String
    /// The line, from 1.
    public let line: Int
    /// The column in characters, from 1.
    public let column: Int
    /// What was expected, or what is wrong.
    public let message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A file that could not be read at all (missing, unreadable, not UTF-8).
public struct RDFInputError: GeoKGError, Sendable {
    /// The file's name as the user gave it.
    public let file: String
    /// What went wrong.
    public let reason: String

    /// Makes the error for `file`.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
