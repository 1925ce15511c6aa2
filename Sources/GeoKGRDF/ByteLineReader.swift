#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor a line at a time into a reusable buffer, never the whole file.
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (the N-Triples `EOL`). Line numbers count from 1.
final class ByteLineReader {
    /// The longest line accepted, so that a file without newlines cannot exhaust memory.
    static let maximumLineLength = 64 << 20

    private let fileDescriptor: Int32
    private let closesDescriptor: Bool
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var reachedEnd = false
    /// Set when a line ended in `\r` at the end of the buffer, so that a `\n` read next belongs to it.
    private var skipsLeadingNewline = false
    /// The number of the line last handed out.
    private(set) var lineNumber = 0

    /// Reads from `fileDescriptor`; closes it on `deinit` when `closesDescriptor` is true.
    init(fileDescriptor: Int32, closesDescriptor: Bool, chunkSize: Int = 1 << 20) {
        self.fileDescriptor = fileDescriptor
        self.closesDescriptor = closesDescriptor
        self.capacity = chunkSize
        self.storage = .allocate(capacity: chunkSize)
    }

    deinit {
        storage.deallocate()
        if closesDescriptor { close(fileDescriptor) }
    }

    /// The first bytes of the input, read without consuming them (for sniffing encodings).
    func peek(_ count: Int) throws(ReadFailure) -> [UInt8] {
        while end - start < count, !reachedEnd { try fill() }
        return Array(UnsafeBufferPointer(start: storage + start, count: min(end - start, count)))
    }

    /// Drops the next `count` bytes, which `peek` has already brought in.
    func discard(_ count: Int) {
        start = min(end, start + count)
    }

    /// Calls `body` with the next line (without its end-of-line bytes); returns `nil` at the end of input.
    func withNextLine<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R? {
        while true {
            if let lineEnd = findEndOfLine() {
                let line = UnsafeBufferPointer(start: storage + start, count: lineEnd - start)
                start = lineEnd + 1
                if storage[lineEnd] == 0x0D {
                    if start < end {
                        if storage[start] == 0x0A { start += 1 }
                    } else {
                        skipsLeadingNewline = true
                    }
                }
                lineNumber += 1
                return try body(line)
            }
            if reachedEnd {
                guard start < end else { return nil }
                let line = UnsafeBufferPointer(start: storage + start, count: end - start)
                start = end
                lineNumber += 1
                return try body(line)
            }
            try fill()
        }
    }

    private func findEndOfLine() -> Int? {
        if skipsLeadingNewline, start < end {
            skipsLeadingNewline = false
            if storage[start] == 0x0A { start += 1 }
        }
        var index = start
        while index < end {
            let byte = storage[index]
            if byte == 0x0A || byte == 0x0D { return index }
            index += 1
        }
        return nil
    }

    /// Moves the unread bytes to the front, grows the buffer when one line fills it, and reads more.
    private func fill() throws(ReadFailure) {
        if start > 0 {
            let pending = end - start
            if pending > 0 { storage.update(from: storage + start, count: pending) }
            start = 0
            end = pending
        }
        if end == capacity {
            guard capacity < ByteLineReader.maximumLineLength else {
                throw ReadFailure(
                    reason: "line \(lineNumber + 1) is longer than \(ByteLineReader.maximumLineLength >> 20) MiB")
            }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.initialize(from: storage, count: end)
            storage.deallocate()
            storage = larger
            capacity *= 2
        }
        while true {
            let count = read(fileDescriptor, storage + end, capacity - end)
            if count > 0 {
                end += count
                return
            }
            if count == 0 {
                reachedEnd = true
                return
            }
            if errno == EINTR { continue }
            throw ReadFailure(reason: "cannot read: \(String(cString: strerror(errno)))")
        }
    }
}

/// An I/O failure inside the line reader, before the file's name is attached.
struct ReadFailure: Error {
    let reason: String
}
