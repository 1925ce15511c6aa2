/// Decodes HTML character references: numeric (`&#8217;`, `&#x2019;`) and the common named ones.
enum HTMLEntities {
    /// `text` with its character references replaced by the characters they stand for.
    ///
    /// A named reference needs its `;`; a numeric one may omit it. Unknown names are left as
    /// written; numbers that are no character become U+FFFD, and 128...159 are read as
    /// Windows-1252, as browsers do.
    static func decode(_ text: some StringProtocol) -> String {
        guard text.containsUTF8(UInt8(ascii: "&")) else { return String(text) }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[rest.index(after: ampersand)...]
            if let (character, after) = reference(at: rest) {
                result.append(character)
                rest = after
            } else {
                result.append("&")
            }
        }
        return result + rest
    }

    /// The character that the reference at the start of `text` (just after `&`) stands for, and
    /// the text after the reference.
    private static func reference(at text: Substring) -> (Character, Substring)? {
        if text.first == "#" {
            let isHex = text.dropFirst().first.map { $0 == "x" || $0 == "X" } ?? false
            let digits = text.dropFirst(isHex ? 2 : 1).prefix { $0.isASCII && (isHex ? $0.isHexDigit : $0.isNumber) }
            guard !digits.isEmpty else { return nil }
            let value = UInt32(digits.prefix(8), radix: isHex ? 16 : 10) ?? 0
            let after = text[digits.endIndex...]
            return (numericCharacter(value), after.first == ";" ? after.dropFirst() : after)
        }
        let name = text.prefix(32).prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let after = text[name.endIndex...]
        guard after.first == ";", let character = named[String(name)] else { return nil }
        return (character, after.dropFirst())
    }

    private static func numericCharacter(_ value: UInt32) -> Character {
        if let windows = windows1252[value] { return windows }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }

    /// Windows-1252 characters that numeric references 128...159 mean in practice.
    private static let windows1252: [UInt32: Character] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ",
        0x89: "‰", 0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“",
        0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›",
        0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]

    /// Named references: markup, spaces, punctuation, symbols, and the Latin-1 letters in both cases.
    private static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{AD}",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹",
        "rsaquo": "›", "bull": "•", "middot": "·", "prime": "′", "Prime": "″", "dagger": "†",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "sect": "§", "para": "¶",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "times": "×", "divide": "÷",
        "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾", "iexcl": "¡", "iquest": "¿",
        "ordf": "ª", "ordm": "º", "sup2": "²", "sup3": "³", "micro": "µ", "szlig": "ß",
        "AElig": "Æ", "aelig": "æ", "OElig": "Œ", "oelig": "œ", "ETH": "Ð", "eth": "ð",
        "THORN": "Þ", "thorn": "þ",
        "agrave": "à", "Agrave": "À", "aacute": "á", "Aacute": "Á", "acirc": "â", "Acirc": "Â",
        "atilde": "ã", "Atilde": "Ã", "auml": "ä", "Auml": "Ä", "egrave": "è", "Egrave": "È",
        "eacute": "é", "Eacute": "É", "ecirc": "ê", "Ecirc": "Ê", "euml": "ë", "Euml": "Ë",
        "igrave": "ì", "Igrave": "Ì", "iacute": "í", "Iacute": "Í", "icirc": "î", "Icirc": "Î",
        "iuml": "ï", "Iuml": "Ï", "ograve": "ò", "Ograve": "Ò", "oacute": "ó", "Oacute": "Ó",
        "ocirc": "ô", "Ocirc": "Ô", "otilde": "õ", "Otilde": "Õ", "ouml": "ö", "Ouml": "Ö",
        "ugrave": "ù", "Ugrave": "Ù", "uacute": "ú", "Uacute": "Ú", "ucirc": "û", "Ucirc": "Û",
        "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "Yacute": "Ý", "yuml": "ÿ", "Yuml": "Ÿ",
        "ntilde": "ñ", "Ntilde": "Ñ", "aring": "å", "Aring": "Å", "ccedil": "ç", "Ccedil": "Ç",
        "oslash": "ø", "Oslash": "Ø", "scaron": "š", "Scaron": "Š",
    ]
}
