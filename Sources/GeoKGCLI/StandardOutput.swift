import GeoKG

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output through a 64 KiB buffer, for commands that write many small pieces.
final class StandardOutput {
    private var buffer: [UInt8] = []

    init() {
        buffer.reserveCapacity(1 << 16)
    }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(1) != 0 }

    /// The format asked for, else a table on a terminal and TSV elsewhere.
    static func resultFormat(_ chosen: ResultFormat?) -> ResultFormat {
        chosen ?? (isTerminal ? .table : .tsv)
    }

    /// Appends `text`, writing the buffer out when it is full.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends `bytes`, writing the buffer out when it is full.
    func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out what is buffered.
    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { writeToStandardOutput($0) }
            guard written > 0 else {
                throw OutputFailure(reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The system's `write(2)` to descriptor 1, named apart from `StandardOutput.write(_:)` (and from the C library
/// module, Glibc or Darwin, that declares it).
private func writeToStandardOutput(_ bytes: UnsafeRawBufferPointer) -> Int {
    write(1, bytes.baseAddress, bytes.count)
}

/// Standard output could not be written (say, a closed pipe).
struct OutputFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { "cannot write to standard output: \(reason)" }
}
