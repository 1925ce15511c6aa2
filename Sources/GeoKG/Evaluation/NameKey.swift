import Foundation

/// The form in which a name is compared with the gold's aliases: compatibility-normalised (NFKC), lower-cased,
/// curly apostrophes made straight, every character that is neither a word character nor a space made a space,
/// spaces collapsed and trimmed, and a leading "the " dropped. `score.py` compares names the same way.
enum NameKey {
    /// The key of `name`.
    static func of(_ name: String) -> String {
        var text = ""
        var pendingSpace = false
        for scalar in name.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            let kept: Unicode.Scalar = scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar
            if isWordCharacter(kept) {
                if pendingSpace, !text.isEmpty { text.append(" ") }
                pendingSpace = false
                text.unicodeScalars.append(kept)
            } else {
                pendingSpace = true
            }
        }
        return text.hasPrefix("the ") ? String(text.dropFirst(4)) : text
    }

    /// A letter, a number or `_`: what a regular expression's `\w` matches.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar == "_"
        }
    }
}
