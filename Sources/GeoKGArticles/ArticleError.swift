public import GeoKGErrors

/// A file or line that could not be read as an article; its description names the file (and line).
///
/// ```text
/// feed.jsonl:2: not valid JSON
/// photo.txt: binary file
/// ```
public struct ArticleError: GeoKGError, Sendable, Equatable {
    /// The file as it was given (`<stdin>` for standard input).
    public let file: String
    /// The 1-based line, for an error that concerns one line of a JSON Lines file.
    public let line: Int?
    /// What went wrong, in lower case and without the location.
    public let message: String

    /// Creates an error about `file`, and `line` when the error concerns one line.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`, or `FILE: message` when the error concerns the whole file.
    public var description: String {
        if let line { "\(file):\(line): \(message)" } else { "\(file): \(message)" }
    }
}
