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

    /// The first `digits` hex digits of the hash of `lines` joined by newlines, as `ofText` hashes the joined
    /// text, without joining them.
    static func ofLines(_ lines: String..., digits: Int = 32) -> String {
        var state = State()
        for (index, line) in lines.enumerated() {
            if index > 0 { withUnsafeBytes(of: UInt8(ascii: "\n")) { state.absorb($0) } }
            var line = line
            line.withUTF8 { state.absorb(UnsafeRawBufferPointer($0)) }
        }
        return state.finish(digits: digits)
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
            // The bytes that complete a pending word, then whole words, then a new pending tail.
            while pendingBytes > 0, offset < bytes.count {
                add(bytes[offset])
                offset += 1
            }
            while offset + 8 <= bytes.count {
                pending = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                mixWord()
                offset += 8
            }
            for byte in bytes[offset...] { add(byte) }
        }

        /// Adds one byte to the pending word, mixing it in once it has eight.
        private mutating func add(_ byte: UInt8) {
            pending |= UInt64(byte) << (8 * UInt64(pendingBytes))
            pendingBytes += 1
            if pendingBytes == 8 { mixWord() }
        }

        private mutating func mixWord() {
            a = (a ^ pending) &* 0xFF51_AFD7_ED55_8CCD
            a ^= a >> 33
            b = ((b ^ pending) &+ 0x1234_5678_9ABC_DEF1) &* 0xC4CE_B9FE_1A85_EC53
            b ^= b >> 29
            pending = 0
            pendingBytes = 0
        }

        /// The hash of everything absorbed, as 32 lower-case hex digits, or the first `digits` of them.
        mutating func finish(digits: Int = 32) -> String {
            if pendingBytes > 0 { mixWord() }
            pending = length
            mixWord()
            return String(unsafeUninitializedCapacity: digits) { hex in
                for index in 0..<digits {
                    let word = index < 16 ? a : b
                    let digit = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * (index % 16))) & 0xF
                    hex[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                }
                return digits
            }
        }
    }
}

/// A file that could not be read for hashing.
struct ContentHashError: Error {
    let reason: String
}
