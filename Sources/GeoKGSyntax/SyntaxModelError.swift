public import GeoKGErrors

/// A model file that is missing, unreadable, truncated, corrupt, of another kind or of another version.
///
/// Its description names the file and, when one place is at fault, the byte offset:
/// `Ontology/models/tagger.model: at byte 1032: the file ends before the feature keys (8000 bytes needed, 12 left)`.
public struct SyntaxModelError: GeoKGError, Sendable {
    /// The model file's path as given to `load(from:)`.
    public let file: String
    /// The byte offset at fault, from 0, or `nil` when the whole file is.
    public let offset: Int?
    /// What is wrong or what was expected.
    public let message: String

    /// Makes the error for `file` and, optionally, a byte offset.
    public init(file: String, offset: Int? = nil, message: String) {
        self.file = file
        self.offset = offset
        self.message = message
    }

    /// `FILE: at byte N: message`, or `FILE: message` when no single place is at fault.
    public var description: String {
        if let offset { return "\(file): at byte \(offset): \(message)" }
        return "\(file): \(message)"
    }
}
