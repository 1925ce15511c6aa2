import Foundation

#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// Decodes the bytes of an HTML page in the character encoding it declares.
///
/// Encodings are Foundation's, found by their IANA names (`windows-1252`, `ISO-8859-15`,
/// `windows-1251`, `koi8-r`, `Shift_JIS`...): no table is kept here.
enum HTMLCharset {
    /// The text of an HTML page that is not valid UTF-8 (nor UTF-16 with a byte order mark).
    ///
    /// In order: a UTF-8 byte order mark (invalid sequences become U+FFFD); the encoding named by
    /// the XML declaration, `<meta charset>` or `<meta http-equiv="Content-Type">` in the first
    /// ``TextDecoder/sniffLength`` bytes, when it decodes the bytes; UTF-8 with U+FFFD when the
    /// bytes hold more valid multi-byte UTF-8 sequences than invalid ones (a UTF-8 page with a few
    /// stray bytes); else windows-1252, what browsers assume, and ISO-8859-1 for the bytes that
    /// windows-1252 leaves undefined. Bytes that are valid UTF-8 are not passed here: they are
    /// UTF-8 whatever the page declares (a UTF-8 page declaring a legacy encoding is common; legacy
    /// text that happens to be valid UTF-8 is not).
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        if let declared = declaredEncoding(bytes), declared != .utf8,
            let text = String(bytes: bytes, encoding: declared)
        {
            return text
        }
        if isMostlyUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
        return String(bytes: bytes, encoding: .windowsCP1252) ?? latin1(bytes[...])
    }

    /// Whether the bytes open as an HTML page, read as ISO-8859-1 (every byte a character).
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        FormatSniffer.format(of: latin1(bytes.prefix(TextDecoder.sniffLength))) == .html
    }

    /// The encoding that the page's head declares, when Foundation knows it.
    ///
    /// The XML declaration comes first, then the first `<meta>` that names a charset. As in
    /// browsers, ISO-8859-1 and US-ASCII stand for windows-1252, their superset, and a declared
    /// UTF-16 (impossible for a page read as bytes) for UTF-8.
    static func declaredEncoding(_ bytes: [UInt8]) -> String.Encoding? {
        let head = latin1(bytes.prefix(TextDecoder.sniffLength))
        let name = xmlDeclaredName(head) ?? metaDeclaredName(head)
        guard let encoding = name.flatMap(encoding(named:)) else { return nil }
        switch encoding {
        case .isoLatin1, .ascii: return .windowsCP1252
        case .utf16, .utf16BigEndian, .utf16LittleEndian: return .utf8
        default: return encoding
        }
    }

    /// Foundation's encoding for an IANA charset name (any case), or `nil` when it knows none.
    static func encoding(named name: String) -> String.Encoding? {
        #if canImport(CoreFoundation)
            guard let cfName = CFStringCreateWithCString(nil, name, CFStringBuiltInEncodings.UTF8.rawValue) else {
                return nil
            }
            let encoding = CFStringConvertIANACharSetNameToEncoding(cfName)
            guard encoding != kCFStringEncodingInvalidId else { return nil }
            return String.Encoding(rawValue: UInt(CFStringConvertEncodingToNSStringEncoding(encoding)))
        #else
            return String.Encoding(ianaName: name)
        #endif
    }

    /// The `encoding` of an XML declaration at the start of `head`.
    private static func xmlDeclaredName(_ head: String) -> String? {
        head.prefixMatch(of: xmlDeclaration).map { String($0.1) }
    }

    /// The charset of the first `<meta charset>` or `<meta http-equiv="Content-Type" content>` in `head`.
    private static func metaDeclaredName(_ head: String) -> String? {
        for case .startTag("meta", let attributes, _) in HTMLTokenizer(head) {
            if let charset = attributes["charset"]?.trimmingCharacters(in: .whitespaces), !charset.isEmpty {
                return charset
            }
            if attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"],
                let match = content.firstMatch(of: contentCharset)
            {
                return String(match.1)
            }
        }
        return nil
    }

    /// Whether valid multi-byte UTF-8 sequences outnumber invalid ones.
    private static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var parser = UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var (valid, invalid) = (0, 0)
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let units): if units.count > 1 { valid += 1 }
            case .error: invalid += 1
            case .emptyInput: return valid > invalid
            }
        }
    }

    /// The bytes read as ISO-8859-1: each byte the character of the same number.
    private static func latin1(_ bytes: ArraySlice<UInt8>) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// `<?xml ... encoding="NAME"`, whitespace allowed before it.
    nonisolated(unsafe) private static let xmlDeclaration = /\s*<\?xml[^>]*?encoding\s*=\s*["']?([A-Za-z0-9._:-]+)/
    /// `charset=NAME` in a Content-Type value, any case.
    nonisolated(unsafe) private static let contentCharset = /(?i)charset\s*=\s*["']?([A-Za-z0-9._:-]+)/
}
