/// The string members of one JSON object (RFC 8259), read straight from its UTF-8 bytes.
///
/// An article line holds a few long strings; a general JSON parser builds every value as an object of its own,
/// and this reader only the strings it returns. Values of the other kinds are checked and passed over, so a line
/// is accepted exactly when it is valid JSON, or JSON with trailing commas, which Foundation's reader accepts too.
enum JSONStringMembers {
    /// What a line holds.
    enum Outcome: Equatable {
        /// An object: its members whose values are strings, the last one winning when a name repeats.
        case object([String: String])
        /// Valid JSON that is not an object.
        case notObject
        /// Not valid JSON.
        case invalid
    }

    /// Arrays and objects nested deeper than this are refused, as other JSON readers do.
    static let maximumDepth = 512

    /// Reads `text`, one JSON value with whitespace around it.
    static func read(_ text: String) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            reader.skipSpace()
            let outcome: Outcome
            if reader.peek == UInt8(ascii: "{") {
                guard let members = reader.object() else { return .invalid }
                outcome = .object(members)
            } else {
                guard reader.skipValue(depth: 0) else { return .invalid }
                outcome = .notObject
            }
            reader.skipSpace()
            return reader.isAtEnd ? outcome : .invalid
        }
    }
}

/// A cursor over the bytes of a JSON text.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var isAtEnd: Bool { index >= bytes.count }

    /// The byte at the cursor, or 0 at the end (never valid where JSON needs a byte).
    var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Reads `{ ... }` at the cursor, keeping its string members; `nil` when it is not valid.
    mutating func object() -> [String: String]? {
        var members: [String: String] = [:]
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return members
        }
        while true {
            guard let name = memberName() else { return nil }
            if peek == UInt8(ascii: "\"") {
                guard let value = string() else { return nil }
                members[name] = value
            } else {
                guard skipValue(depth: 1) else { return nil }
                members[name] = nil
            }
            switch separator(closing: UInt8(ascii: "}")) {
            case .comma: continue
            case .closing: return members
            case .neither: return nil
            }
        }
    }

    /// Reads a member's name and the colon after it, leaving the cursor on its value; `nil` when they are not
    /// valid.
    private mutating func memberName() -> String? {
        guard peek == UInt8(ascii: "\""), let name = string() else { return nil }
        skipSpace()
        guard peek == UInt8(ascii: ":") else { return nil }
        index += 1
        skipSpace()
        return name
    }

    /// What follows a member or an element.
    private enum Separator {
        case comma, closing, neither
    }

    /// Passes over the `,` (and the space after it) or the closing bracket after a member or element. A comma
    /// just before the closing bracket is let through, as Foundation's reader does.
    private mutating func separator(closing: UInt8) -> Separator {
        skipSpace()
        switch peek {
        case UInt8(ascii: ","):
            index += 1
            skipSpace()
            guard peek == closing else { return .comma }
            index += 1
            return .closing
        case closing:
            index += 1
            return .closing
        default:
            return .neither
        }
    }

    /// Passes over the value at the cursor, inside `depth` arrays or objects; false when it is not valid.
    mutating func skipValue(depth: Int) -> Bool {
        switch peek {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return skipContainer(depth: depth + 1)
        case UInt8(ascii: "t"):
            return literal("true")
        case UInt8(ascii: "f"):
            return literal("false")
        case UInt8(ascii: "n"):
            return literal("null")
        default:
            return number()
        }
    }

    /// Passes over the array or object at the cursor, at nesting depth `depth`.
    private mutating func skipContainer(depth: Int) -> Bool {
        guard depth <= JSONStringMembers.maximumDepth else { return false }
        let isObject = bytes[index] == UInt8(ascii: "{")
        let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        index += 1
        skipSpace()
        if peek == closing {
            index += 1
            return true
        }
        while true {
            if isObject, memberName() == nil { return false }
            guard skipValue(depth: depth) else { return false }
            switch separator(closing: closing) {
            case .comma: continue
            case .closing: return true
            case .neither: return false
            }
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// Passes over a number: `-`, an integer without leading zeros, a fraction and an exponent.
    private mutating func number() -> Bool {
        if peek == UInt8(ascii: "-") { index += 1 }
        if peek == UInt8(ascii: "0") {
            index += 1
        } else {
            guard digits() else { return false }
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard digits() else { return false }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard digits() else { return false }
        }
        return true
    }

    /// Passes over one or more digits.
    private mutating func digits() -> Bool {
        let start = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        return index > start
    }

    /// Reads the string at the cursor (at its `"`); `nil` when it is not valid.
    mutating func string() -> String? {
        index += 1
        let start = index
        // Most strings hold no escape: they are their bytes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            index += 1
        }
        var decoded = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard escape(into: &decoded) else { return nil }
            case 0..<0x20:
                return nil
            default:
                decoded.append(byte)
            }
        }
        return nil
    }

    /// Decodes the escape after a `\` into `decoded`; false when it is not valid.
    private mutating func escape(into decoded: inout [UInt8]) -> Bool {
        let byte = peek
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = hexUnit() else { return false }
            var value = UInt32(unit)
            if (0xD800..<0xDC00).contains(unit) {
                // A high surrogate: its low half must follow as `\uDCxx`.
                guard peek == UInt8(ascii: "\\") else { return false }
                index += 1
                guard peek == UInt8(ascii: "u") else { return false }
                index += 1
                guard let low = hexUnit(), (0xDC00..<0xE000).contains(low) else { return false }
                value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00..<0xE000).contains(unit) {
                return false
            }
            guard let scalar = Unicode.Scalar(value) else { return false }
            decoded.append(contentsOf: String(scalar).utf8)
        default:
            return false
        }
        return true
    }

    /// Reads the four hex digits of a `\u` escape.
    private mutating func hexUnit() -> UInt16? {
        guard bytes.count - index >= 4 else { return nil }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
            index += 1
        }
        return unit
    }
}
