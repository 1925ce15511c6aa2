public import GeoKGErrors

/// A relation, class or entity named on the command line that the store does not know: wrong usage, reported
/// with the known names nearest to it (`unknown relation "restrict"; did you mean restricts?`).
public struct UnknownNameError: GeoKGError, Sendable {
    /// What kind of thing the name was meant to name.
    public enum Kind: String, Sendable {
        case relation, `class`, entity
    }

    /// What kind of thing the name was meant to name.
    public let kind: Kind
    /// The name as given.
    public let name: String
    /// Known names near it, nearest first; empty when none is close.
    public let suggestions: [String]
    /// Where the known names can be found, said when none is close.
    let hint: String

    /// The error for `name`, suggesting the names of `known` nearest to it.
    init(_ kind: Kind, _ name: String, known: some Sequence<String>, hint: String) {
        self.kind = kind
        self.name = name
        suggestions = NameSuggestions.nearest(to: name, among: known)
        self.hint = hint
    }

    /// `unknown relation "restrict"; did you mean restricts?`, or the hint when no known name is near; names
    /// with spaces or punctuation are quoted, as a shell needs them.
    public var description: String {
        let start = "unknown \(kind.rawValue) \"\(name)\"; "
        let quoted = suggestions.map(Self.quotedIfNeeded)
        switch quoted.count {
        case 0: return start + hint
        case 1: return start + "did you mean \(quoted[0])?"
        default:
            return start + "did you mean \(quoted.dropLast().joined(separator: ", ")) or \(quoted[quoted.count - 1])?"
        }
    }

    /// `name` in double quotes unless it is all letters, digits, `:`, `_` and `-`.
    private static func quotedIfNeeded(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "_" || $0 == "-" } ? name : "\"\(name)\""
    }
}
