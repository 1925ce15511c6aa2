/// Zero-width and format characters that carry no text: zero-width space and joiners, byte order
/// mark, soft hyphen.
private let invisibleScalars: Set<Unicode.Scalar> = [
    "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}",
]

extension StringProtocol {
    /// The text with every run of whitespace (tabs, newlines, no-break spaces) made one space,
    /// invisible format characters removed, and no space at either end.
    var normalizedWhitespace: String {
        utf8.withContiguousStorageIfAvailable(normalizingWhitespace)
            ?? Array(utf8).withUnsafeBufferPointer(normalizingWhitespace)
    }
}

/// `StringProtocol.normalizedWhitespace` of UTF-8 bytes, written straight into the new string (it is
/// never longer than `source`: each space it writes stands for at least one whitespace byte).
private func normalizingWhitespace(_ source: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: source.count) { bytes in
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < source.count {
            let lead = source[index]
            if lead < 0x80 {
                // ASCII, the common case, without decoding.
                if lead == 0x20 || (0x09...0x0D).contains(lead) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        bytes[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    bytes[count] = lead
                    count += 1
                }
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            let end = Swift.min(source.count, index + length)
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for offset in (index + 1)..<end { value = value << 6 | UInt32(source[offset] & 0x3F) }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if scalar.properties.isWhitespace {
                pendingSpace = count > 0
            } else if !invisibleScalars.contains(scalar) {
                if pendingSpace {
                    bytes[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                for offset in index..<end {
                    bytes[count] = source[offset]
                    count += 1
                }
            }
            index = end
        }
        return count
    }
}

extension String {
    /// The text, or `nil` when it is empty or only whitespace.
    var nonBlank: String? {
        isBlank ? nil : self
    }

    /// The lines of the text, split at `\n`, without the `\r` of a `\r\n`.
    var lines: [Substring] {
        // Split on UTF-8 bytes: '\n' and '\r' never occur inside a multi-byte sequence.
        var text = self
        let ranges = text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
                ranges.append(start..<end)
                start = index + 1
            }
            return ranges
        }
        return ranges.map { range in
            self[
                utf8.index(
                    utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                        utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// The blocks of the text that blank lines separate, each with its lines joined by a space.
    var blankLineBlocks: [String] { Self.blankLineBlocks(of: lines) }

    /// The blocks of `lines` that blank lines separate, each with its lines joined by a space.
    static func blankLineBlocks(of lines: some Collection<Substring>) -> [String] {
        var blocks: [String] = []
        var block: [Substring] = []
        for line in lines + [""] {
            if line.isBlank {
                if !block.isEmpty { blocks.append(block.joined(separator: " ")) }
                block = []
            } else {
                block.append(line)
            }
        }
        return blocks
    }

}

extension StringProtocol {
    /// Whether the text is empty or only whitespace; decided on its bytes unless it has only whitespace
    /// and non-ASCII characters.
    var isBlank: Bool {
        // An ASCII byte other than whitespace is, or ends, a character that is not whitespace.
        var isASCII = true
        for byte in utf8 {
            if byte >= 0x80 {
                isASCII = false
            } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
                return false
            }
        }
        return isASCII || allSatisfy(\.isWhitespace)
    }

    /// Whether the text's UTF-8 holds `byte`, scanned as one buffer where the text allows.
    func containsUTF8(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// The text without whitespace at either end.
    var trimmingWhitespace: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = self[start...].lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
