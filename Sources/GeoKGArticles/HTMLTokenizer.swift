/// Splits HTML into tags and text, one token at a time, whatever the nesting and however broken
/// the markup.
///
/// Comments, CDATA sections, doctypes and processing instructions are skipped. The content of
/// `<script>`, `<style>` and the other raw-text elements is one text token, up to the element's
/// closing tag; `<title>` and `<textarea>` content has its references decoded.
///
/// - Complexity: O(n) in the length of the document; no recursion.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    private let bytes: [UInt8]
    private var position = 0
    /// The element whose raw content comes next, after its start tag.
    private var rawTextElement: String?

    /// Elements whose content is text up to their closing tag, with references left as written.
    private static let rawTextElements: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript",
    ]
    /// Elements whose content is text up to their closing tag, with references decoded.
    private static let escapableTextElements: Set<String> = ["title", "textarea"]

    /// A tokenizer over `html`.
    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// The next token, or `nil` at the end of the document.
    mutating func next() -> HTMLToken? {
        if let element = rawTextElement {
            rawTextElement = nil
            let end = find(closingTagOf: element)
            let text = string(position..<end)
            position = end
            if !text.isEmpty {
                return .text(Self.escapableTextElements.contains(element) ? HTMLEntities.decode(text) : text)
            }
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let end = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                let text = string(position..<end)
                position = end
                return .text(HTMLEntities.decode(text))
            }
            if let token = markup() { return token }
        }
        return nil
    }

    /// Reads the markup at `position` (a `<`): a tag, or something skipped (then `nil`). A `<`
    /// that starts no markup is text.
    private mutating func markup() -> HTMLToken? {
        let next = byte(at: position + 1)
        if starts(with: "<!--") {
            skip(past: "-->", from: position + 4)
        } else if starts(with: "<![CDATA[") {
            skip(past: "]]>", from: position + 9)
        } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            skip(past: ">", from: position + 2)
        } else if next == UInt8(ascii: "/"), byte(at: position + 2).map(isLetter) == true {
            position += 2
            let name = readName()
            skip(past: ">", from: position)
            return .endTag(name: name)
        } else if next.map(isLetter) == true {
            position += 1
            return startTag()
        } else {
            position += 1
            return .text("<")
        }
        return nil
    }

    /// Reads a start tag's name and attributes, `position` just after its `<`.
    private mutating func startTag() -> HTMLToken {
        let name = readName()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while let current = byte(at: position) {
            if current == UInt8(ascii: ">") {
                position += 1
                break
            }
            if isSpace(current) || current == UInt8(ascii: "/") {
                selfClosing = current == UInt8(ascii: "/")
                position += 1
                continue
            }
            selfClosing = false
            let attribute = readName()
            let value = readAttributeValue()
            if attributes[attribute] == nil { attributes[attribute] = value }
        }
        if !selfClosing, Self.rawTextElements.contains(name) || Self.escapableTextElements.contains(name) {
            rawTextElement = name
        }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// Reads `= value` (quoted or not) after an attribute name; `""` when there is none.
    private mutating func readAttributeValue() -> String {
        var index = position
        while let current = byte(at: index), isSpace(current) { index += 1 }
        guard byte(at: index) == UInt8(ascii: "=") else { return "" }
        index += 1
        while let current = byte(at: index), isSpace(current) { index += 1 }
        let quote = byte(at: index)
        let start: Int
        let end: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            start = index + 1
            end = bytes[start...].firstIndex { $0 == quote } ?? bytes.count
            position = Swift.min(end + 1, bytes.count)
        } else {
            start = index
            end = bytes[start...].firstIndex { isSpace($0) || $0 == UInt8(ascii: ">") } ?? bytes.count
            position = end
        }
        return HTMLEntities.decode(string(start..<end))
    }

    /// Reads a tag or attribute name, lower-cased: up to a space, `/`, `>` or `=`.
    private mutating func readName() -> String {
        let start = position
        while let current = byte(at: position), !isSpace(current),
            current != UInt8(ascii: "/"), current != UInt8(ascii: ">"), current != UInt8(ascii: "=")
        {
            position += 1
        }
        if position == start { position += 1 }
        return string(start..<position).lowercased()
    }

    /// The index of `</element` (any case) from `position`, or the end of the document.
    private func find(closingTagOf element: String) -> Int {
        let closing = Array("</\(element)".utf8)
        var index = position
        while let start = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let candidate = bytes[start..<Swift.min(start + closing.count, bytes.count)]
            if candidate.count == closing.count, zip(candidate, closing).allSatisfy({ lowercased($0) == $1 }) {
                return start
            }
            index = start + 1
        }
        return bytes.count
    }

    /// Moves `position` past the first `terminator` from `index`, or to the end of the document.
    private mutating func skip(past terminator: String, from index: Int) {
        let pattern = Array(terminator.utf8)
        var index = Swift.min(index, bytes.count)
        while index + pattern.count <= bytes.count {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) {
                position = index + pattern.count
                return
            }
            index += 1
        }
        position = bytes.count
    }

    private func starts(with prefix: String) -> Bool {
        bytes[position...].starts(with: prefix.utf8)
    }

    private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
