import Foundation

/// Makes IRI-safe local names from entity names: `Chinese delegation` → `ChineseDelegation`.
enum EntitySlug {
    /// The name's words, capitalised and joined, keeping letters and digits of any script and
    /// dropping accents (`Côte d'Ivoire` → `CoteDIvoire`, `王毅` → `王毅`).
    static func make(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(name) }
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

    /// `make` for ASCII names, which have no accents to fold: the same slug, byte by byte.
    private static func asciiSlug(_ name: String) -> String {
        var slug: [UInt8] = []
        var startsWord = true
        for byte in name.utf8 {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if isLetter || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                slug.append(startsWord && isLetter ? byte & ~0x20 : byte)
                startsWord = false
            } else {
                startsWord = true
            }
        }
        return slug.isEmpty ? "Unnamed" : String(decoding: slug, as: UTF8.self)
    }
}
