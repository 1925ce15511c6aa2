/// Decodes the bytes of an article file into text, or says why they are not text.
///
/// UTF-8 is read with or without a byte order mark; UTF-16 needs its byte order mark. An HTML page
/// may be in any encoding: ``HTMLCharset`` decodes one that is not UTF-8.
enum TextDecoder {
    /// How many leading bytes are searched for NUL, the sign of a binary file.
    static let sniffLength = 8192

    /// The text of `bytes` read as `format` (an HTML page when `.auto` and it looks like one),
    /// or the error to report for `origin`.
    static func decode(_ bytes: [UInt8], format: ArticleFormat, origin: ArticleOrigin) -> Result<String, ArticleError> {
        if hasUTF16Mark(bytes) {
            let text = utf16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
            return text.map(Result.success) ?? .failure(origin.error("not valid UTF-16 text"))
        }
        if isBinary(bytes) { return .failure(origin.error("binary file")) }
        if let text = utf8(bytes[...]) { return .success(text) }
        if format == .html || (format == .auto && HTMLCharset.looksLikeHTML(bytes)) {
            return .success(HTMLCharset.decode(bytes))
        }
        return .failure(origin.error("not valid UTF-8 text"))
    }

    /// The text of UTF-8 bytes without their byte order mark, or `nil` when they are not UTF-8.
    static func utf8(_ bytes: ArraySlice<UInt8>) -> String? {
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        return string(hasMark ? bytes.dropFirst(3) : bytes, as: UTF8.self)
    }

    /// Whether the first ``sniffLength`` bytes hold a NUL byte.
    static func isBinary(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.prefix(sniffLength).contains(0)
    }

    /// Whether `bytes` open with a UTF-16 byte order mark, in either byte order.
    static func hasUTF16Mark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String? {
        guard bytes.count.isMultiple(of: 2) else { return nil }
        let units = stride(from: bytes.startIndex, to: bytes.endIndex, by: 2).map { index in
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        return string(units, as: UTF16.self)
    }

    /// The text of `units`, or `nil` when they are not valid in `encoding`. (Portable to platforms
    /// whose standard library lacks `String(validating:as:)`.)
    private static func string<Encoding: Unicode.Encoding>(
        _ units: some Collection<Encoding.CodeUnit>, as encoding: Encoding.Type
    ) -> String? {
        var parser = Encoding.ForwardParser()
        var iterator = units.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return String(decoding: units, as: encoding)
            case .error: return nil
            }
        }
    }
}
