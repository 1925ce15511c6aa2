#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A 128-bit hash of a file's bytes, as 32 hex digits: the identity of a source in the store.
///
/// Two independent 64-bit multiply-xorshift lanes over 8-byte words; fast (a pass over the file
/// costs a fraction of parsing it) and stable across runs, which is what scoping blank nodes needs.
/// Not a cryptographic hash.
enum ContentHash {
    /// Hashes the UTF-8 bytes of `text`.
    static func ofText(_ text: String) -> String {
        var state = State()
        var text = text
        text.withUTF8 { state.absorb(UnsafeRawBufferPointer($0)) }
        return state.finish()
    }

    /// Hashes `lines` joined by newlines, as `ofText` hashes the joined text, without joining them.
    static func ofLines(_ lines: String...) -> String {
        var state = State()
        for (index, line) in lines.enumerated() {
            if index > 0 { withUnsafeBytes(of: UInt8(ascii: "\n")) { state.absorb($0) } }
            var line = line
            line.withUTF8 { state.absorb(UnsafeRawBufferPointer($0)) }
        }
        return state.finish()
    }

    /// Hashes the file at `path`.
    /// - Throws: `ContentHashError` when the file cannot be read.
    static func ofFile(at path: String) throws(ContentHashError) -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ContentHashError(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var state = State()
        let capacity = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, capacity)
            if count < 0 {
                if errno == EINTR { continue }
                throw ContentHashError(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            state.absorb(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
        return state.finish()
    }

    /// The running hash; feed it bytes in any chunking, the result is the same.
    struct State {
        private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
        private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        private var pending: UInt64 = 0
        private var pendingBytes = 0
        private var length: UInt64 = 0

        mutating func absorb(_ bytes: UnsafeRawBufferPointer) {
            length &+= UInt64(bytes.count)
            var offset = 0
            while pendingBytes == 0, offset + 8 <= bytes.count {
                pending = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                mixWord()
                offset += 8
            }
            for byte in bytes[offset...] {
                pending |= UInt64(byte) << (8 * UInt64(pendingBytes))
                pendingBytes += 1
                if pendingBytes == 8 { mixWord() }
            }
        }

        private mutating func mixWord() {
            a = (a ^ pending) &* 0xFF51_AFD7_ED55_8CCD
            a ^= a >> 33
            b = ((b ^ pending) &+ 0x1234_5678_9ABC_DEF1) &* 0xC4CE_B9FE_1A85_EC53
            b ^= b >> 29
            pending = 0
            pendingBytes = 0
        }

        /// The hash of everything absorbed, as 32 lower-case hex digits.
        mutating func finish() -> String {
            if pendingBytes > 0 { mixWord() }
            pending = length
            mixWord()
            let digits = Array("0123456789abcdef".utf8)
            var hex: [UInt8] = []
            hex.reserveCapacity(32)
            for word in [a, b] {
                for shift in stride(from: 60, through: 0, by: -4) { hex.append(digits[Int((word >> UInt64(shift)) & 0xF)]) }
            }
            return String(decoding: hex, as: UTF8.self)
        }
    }
}

/// A file that could not be read for hashing.
struct ContentHashError: Error {
    let reason: String
}
