import Foundation

/// An article file or standard input, read in chunks so that a JSON Lines file never has to be
/// held in memory whole.
struct InputFile {
    /// The file, for messages.
    let origin: ArticleOrigin
    private let handle: FileHandle
    /// Bytes read but not yet handed out.
    private var buffer: [UInt8] = []
    private var atEnd = false

    private static let chunkSize = 1 << 16

    /// Opens the file at `path` (`-` is standard input).
    static func open(_ path: String) -> Result<InputFile, ArticleError> {
        let origin = ArticleOrigin(path: path)
        if path == "-" { return .success(InputFile(origin: origin, handle: .standardInput)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(origin.error("no such file"))
        }
        guard !isDirectory.boolValue else { return .failure(origin.error("is a directory")) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(origin.error("cannot be opened for reading"))
        }
        return .success(InputFile(origin: origin, handle: handle))
    }

    private init(origin: ArticleOrigin, handle: FileHandle) {
        self.origin = origin
        self.handle = handle
    }

    /// The first `count` bytes (fewer when the file is shorter); they are read again by the calls
    /// that follow.
    mutating func head(_ count: Int) -> Result<[UInt8], ArticleError> {
        while buffer.count < count, !atEnd {
            if let error = readChunk() { return .failure(error) }
        }
        return .success(Array(buffer.prefix(count)))
    }

    /// All the bytes, or an error when there are more than `limit`.
    mutating func readAll(limit: Int) -> Result<[UInt8], ArticleError> {
        while !atEnd {
            if buffer.count > limit { break }
            if let error = readChunk() { return .failure(error) }
        }
        guard buffer.count <= limit else {
            return .failure(origin.error("larger than \(limit / (1 << 20)) MiB, the limit for one article file"))
        }
        return .success(buffer)
    }

    /// Calls `body` with each line's number (from 1) and bytes (without `\n`), in order, holding
    /// only one line in memory. A line longer than `limit` bytes is an error for that line; a read
    /// failure is an error without a line, and ends the reading.
    mutating func forEachLine(
        limit: Int, _ body: (Int, Result<ArraySlice<UInt8>, ArticleError>) throws -> Void
    ) rethrows {
        var number = 0
        var start = 0
        var scanned = 0
        var skippingLongLine = false
        let origin = origin
        let tooLong = { (line: Int) in origin.error("line longer than \(limit / (1 << 20)) MiB", line: line) }
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                number += 1
                if !skippingLongLine {
                    try body(
                        number, newline - start > limit ? .failure(tooLong(number)) : .success(buffer[start..<newline]))
                }
                skippingLongLine = false
                start = newline + 1
                scanned = start
                continue
            }
            if !skippingLongLine, buffer.count - start > limit {
                skippingLongLine = true
                try body(number + 1, .failure(tooLong(number + 1)))
            }
            buffer.removeSubrange(..<(skippingLongLine ? buffer.count : start))
            (start, scanned) = (0, buffer.count)
            if atEnd {
                if !buffer.isEmpty { try body(number + 1, .success(buffer[...])) }
                return
            }
            if let error = readChunk() { return try body(number + 1, .failure(error)) }
        }
    }

    /// Reads the next chunk into the buffer; the error to report when reading fails.
    private mutating func readChunk() -> ArticleError? {
        do {
            if let data = try handle.read(upToCount: Self.chunkSize), !data.isEmpty {
                buffer.append(contentsOf: data)
            } else {
                atEnd = true
            }
            return nil
        } catch {
            atEnd = true
            return origin.error("cannot be read (\(error.localizedDescription))")
        }
    }
}
