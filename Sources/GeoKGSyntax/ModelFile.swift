import Foundation

/// The container of a model file: a 32-byte header, then the payload.
///
/// ```
/// bytes 0-7    magic: "GKGTAGGR" (tagger) or "GKGPARSR" (parser)
/// bytes 8-11   format version, UInt32 little-endian
/// bytes 12-15  feature-set version, UInt32: which feature templates the weights are for
/// bytes 16-23  payload length in bytes, UInt64
/// bytes 24-31  checksum of the payload, UInt64 (`ModelFile.checksum`)
/// bytes 32-    payload: sections of little-endian integers, arrays and length-prefixed UTF-8 strings
/// ```
enum ModelFile {
    /// The version of the container and section layout this code reads and writes.
    static let formatVersion: UInt32 = 1
    /// The header's length in bytes.
    static let headerLength = 32

    /// A kind of model file.
    enum Kind: String, Sendable {
        case tagger = "GKGTAGGR"
        case parser = "GKGPARSR"

        /// What the file holds, for error messages.
        var noun: String { self == .tagger ? "part-of-speech tagger" : "dependency parser" }
    }

    /// A checksum of `bytes` that any changed, missing or extra byte changes (with near certainty).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = StableHash.start ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = StableHash.combine(
                hash, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        return StableHash.combine(hash, tail)
    }

    /// The payload checksum a checked file's header holds (`bytes` at least a header long).
    static func storedChecksum(_ bytes: [UInt8]) -> UInt64 {
        (24..<32).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[$1]) }
    }

    /// The file's bytes with the header in front of `payload`.
    static func assemble(kind: Kind, featureSet: UInt32, payload: [UInt8]) -> [UInt8] {
        var writer = ModelWriter()
        writer.bytes.append(contentsOf: Array(kind.rawValue.utf8))
        writer.append(formatVersion)
        writer.append(featureSet)
        writer.append(UInt64(payload.count))
        writer.append(payload.withUnsafeBytes { checksum($0) })
        writer.bytes.append(contentsOf: payload)
        return writer.bytes
    }

    /// The bytes of the model file at `path`.
    /// - Throws: `SyntaxModelError` when the file is missing, a folder, or unreadable.
    static func contents(of path: String, kind: Kind) throws(SyntaxModelError) -> [UInt8] {
        if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let reason =
            !exists
            ? "no such file; expected the \(kind.noun) model (`make train` builds it)"
            : isDirectory.boolValue ? "is a folder, not a model file" : "cannot be read"
        throw SyntaxModelError(file: path, message: reason)
    }

    /// Checks the header and checksum of a file's `bytes`; `file` names it in errors.
    static func open(bytes: [UInt8], file: String, kind: Kind, featureSet: UInt32) throws(SyntaxModelError)
        -> ModelReader
    {
        var reader = ModelReader(file: file, bytes: bytes)
        guard bytes.count >= headerLength else {
            throw SyntaxModelError(
                file: file,
                message:
                    "is \(bytes.count) bytes long, shorter than a model file's \(headerLength)-byte header (truncated?)"
            )
        }
        let magic = String(decoding: bytes[0..<8], as: UTF8.self)
        guard magic == kind.rawValue else {
            let other: Kind? = Kind(rawValue: magic)
            let found = other.map { "a \($0.noun) model" } ?? "not a geokg model file"
            throw SyntaxModelError(
                file: file, offset: 0, message: "expected a \(kind.noun) model (magic \(kind.rawValue)); found \(found)"
            )
        }
        reader.offset = 8
        let version = try reader.uint32("the format version")
        guard version == formatVersion else {
            throw SyntaxModelError(
                file: file, offset: 8,
                message:
                    "format version \(version), but this geokg reads version \(formatVersion); rebuild it with `make train`"
            )
        }
        let features = try reader.uint32("the feature-set version")
        guard features == featureSet else {
            throw SyntaxModelError(
                file: file, offset: 12,
                message:
                    "feature-set version \(features), but this geokg computes version \(featureSet); rebuild it with `make train`"
            )
        }
        let length = try reader.uint64("the payload length")
        let expected = try reader.uint64("the checksum")
        let available = bytes.count - headerLength
        guard length == UInt64(available) else {
            let problem = length > UInt64(available) ? "truncated" : "with extra bytes at the end"
            throw SyntaxModelError(
                file: file, offset: 16,
                message: "the header gives a payload of \(length) bytes, but \(available) follow (\(problem))")
        }
        let actual = bytes.withUnsafeBytes { checksum(UnsafeRawBufferPointer(rebasing: $0[headerLength...])) }
        guard actual == expected else {
            throw SyntaxModelError(
                file: file, offset: 24, message: "the payload does not match its checksum: the file is corrupt")
        }
        return reader
    }
}

/// Builds a payload: little-endian integers, arrays of them, and strings.
struct ModelWriter {
    /// The bytes so far.
    var bytes: [UInt8] = []

    mutating func append(_ value: UInt8) { bytes.append(value) }
    mutating func append(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func append(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

    /// A UInt32 byte count, then the string's UTF-8 bytes.
    mutating func append(_ value: String) {
        append(UInt32(value.utf8.count))
        bytes.append(contentsOf: Array(value.utf8))
    }

    /// The values, without a count (write it first).
    mutating func append(contentsOf values: [UInt64]) { for value in values { append(value) } }
    mutating func append(contentsOf values: [UInt32]) { for value in values { append(value) } }
    mutating func append(contentsOf values: [UInt16]) { for value in values { append(value) } }
    mutating func append(contentsOf values: [UInt8]) { bytes.append(contentsOf: values) }
}

/// Reads a payload, naming what it was reading and where when the bytes run out.
struct ModelReader {
    /// The file's path, for errors.
    let file: String
    /// The whole file.
    let bytes: [UInt8]
    /// Where the next read starts.
    var offset = 0

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// An error at the current offset.
    func error(_ message: String, at place: Int? = nil) -> SyntaxModelError {
        SyntaxModelError(file: file, offset: place ?? offset, message: message)
    }

    /// Checks that `count` bytes remain for `what`.
    private func need(_ count: Int, _ what: String) throws(SyntaxModelError) {
        guard count >= 0, count <= bytes.count - offset else {
            throw error("the file ends before \(what) (\(count) bytes needed, \(bytes.count - offset) left)")
        }
    }

    /// Reads a little-endian fixed-width integer.
    private mutating func integer<T: FixedWidthInteger>(_ type: T.Type, _ what: String) throws(SyntaxModelError) -> T {
        try need(MemoryLayout<T>.size, what)
        let value = bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
        offset += MemoryLayout<T>.size
        return value
    }

    mutating func uint8(_ what: String) throws(SyntaxModelError) -> UInt8 { try integer(UInt8.self, what) }
    mutating func uint16(_ what: String) throws(SyntaxModelError) -> UInt16 { try integer(UInt16.self, what) }
    mutating func uint32(_ what: String) throws(SyntaxModelError) -> UInt32 { try integer(UInt32.self, what) }
    mutating func uint64(_ what: String) throws(SyntaxModelError) -> UInt64 { try integer(UInt64.self, what) }

    /// Reads a count and checks it against `limit`.
    mutating func count(_ what: String, limit: Int) throws(SyntaxModelError) -> Int {
        let start = offset
        let value = Int(try uint32("the number of \(what)"))
        guard value <= limit else {
            throw error("\(value) \(what), more than the \(limit) allowed", at: start)
        }
        return value
    }

    /// Reads a string written by `ModelWriter.append(_: String)`.
    mutating func string(_ what: String) throws(SyntaxModelError) -> String {
        let length = Int(try uint32("the length of \(what)"))
        try need(length, what)
        let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        offset += length
        return text
    }

    /// Reads `count` little-endian integers.
    mutating func array<T: FixedWidthInteger>(of type: T.Type, count: Int, _ what: String) throws(SyntaxModelError)
        -> [T]
    {
        let size = MemoryLayout<T>.size
        guard count <= (bytes.count - offset) / size else {
            throw error("the file ends before \(what) (\(count * size) bytes needed, \(bytes.count - offset) left)")
        }
        let start = offset
        let values = bytes.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    buffer[index] = T(littleEndian: raw.loadUnaligned(fromByteOffset: start + index * size, as: T.self))
                }
                initialized = count
            }
        }
        offset += count * size
        return values
    }
}
