/// Zero-width and format characters that carry no text: zero-width space and joiners, byte order
/// mark, soft hyphen.
private let invisibleScalars: Set<Unicode.Scalar> = [
    "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}",
]

extension StringProtocol {
    /// The text with every run of whitespace (tabs, newlines, no-break spaces) made one space,
    /// invisible format characters removed, and no space at either end.
    var normalizedWhitespace: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace {
                pendingSpace = !bytes.isEmpty
            } else if scalar.isASCII || !invisibleScalars.contains(scalar) {
                if pendingSpace { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The text, or `nil` when it is empty or only whitespace.
    var nonBlank: String? {
        allSatisfy(\.isWhitespace) ? nil : self
    }

    /// The lines of the text, split at `\n`, without the `\r` of a `\r\n`.
    var lines: [Substring] {
        unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Substring(line.last == "\r" ? line.dropLast() : line)
        }
    }

    /// The blocks of the text that blank lines separate, each with its lines joined by a space.
    var blankLineBlocks: [String] {
        var blocks: [String] = []
        var block: [Substring] = []
        for line in lines + [""] {
            if line.allSatisfy(\.isWhitespace) {
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
    /// The text without whitespace at either end.
    var trimmingWhitespace: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = self[start...].lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
