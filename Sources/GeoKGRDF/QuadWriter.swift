public import GeoKGErrors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams statements to a file descriptor in N-Triples or N-Quads, through a buffer.
///
/// ```swift
/// let writer = QuadWriter(fileDescriptor: 1, format: .ntriples)
/// try writer.write(quad)
/// try writer.finish()
/// ```
public final class QuadWriter {
    private let fileDescriptor: Int32
    private let format: RDFFormat
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 20

    /// Writes to `fileDescriptor`, which the caller keeps open and closes.
    public init(fileDescriptor: Int32, format: RDFFormat) {
        self.fileDescriptor = fileDescriptor
        self.format = format
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    /// Writes one statement (its graph only in N-Quads).
    /// - Throws: `RDFOutputError` when the descriptor refuses the bytes.
    public func write(_ quad: Quad) throws(RDFOutputError) {
        NTriplesSerializer.append(quad, format: format, to: &buffer)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Writes statements already serialized by `NTriplesSerializer` in this writer's format (say, on
    /// worker threads).
    /// - Throws: `RDFOutputError` when the descriptor refuses the bytes.
    public func write(serialized bytes: [UInt8]) throws(RDFOutputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Writes out what is buffered; call once at the end.
    /// - Throws: `RDFOutputError` when the descriptor refuses the bytes.
    public func finish() throws(RDFOutputError) {
        try flush()
    }

    private func flush() throws(RDFOutputError) {
        var written = 0
        let failure: Int32? = buffer.withUnsafeBytes { raw in
            while written < raw.count {
                let count = systemWrite(fileDescriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure {
            throw RDFOutputError(reason: String(cString: strerror(failure)))
        }
    }
}

/// `write(2)`, under a name the writer's own `write` does not shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// Output that could not be written (disk full, closed pipe).
public struct RDFOutputError: GeoKGError, Sendable {
    /// Why the write failed.
    public let reason: String

    public var description: String { "cannot write the output: \(reason)" }
}
