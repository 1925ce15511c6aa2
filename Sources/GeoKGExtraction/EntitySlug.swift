import Foundation

/// Makes IRI-safe local names from entity names: `Chinese delegation` → `ChineseDelegation`.
enum EntitySlug {
    /// The name's words, capitalised and joined, keeping letters and digits of any script and
    /// dropping accents (`Côte d'Ivoire` → `CoteDIvoire`, `王毅` → `王毅`).
    static func make(_ name: String) -> String {
        var slug = ""
        var startsWord = true
        for character in name.folding(options: [.diacriticInsensitive], locale: nil) {
            if character.isLetter || character.isNumber {
                slug.append(startsWord ? String(character).uppercased() : String(character))
                startsWord = false
            } else {
                startsWord = true
            }
        }
        return slug.isEmpty ? "Unnamed" : slug
    }
}
