#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams the statements of an N-Triples or N-Quads file, one line at a time.
///
/// ```swift
/// let reader = try QuadReader(path: "events.nt", format: .ntriples)
/// while let quad = try reader.next() { print(quad) }
/// ```
/// - Important: Single pass; memory stays flat whatever the file's size.
public final class QuadReader {
    /// The name used in error messages.
    public let name: String
    private let format: RDFFormat
    private let lines: ByteLineReader
    private var checkedEncoding = false

    /// Opens the file at `path`.
    /// - Throws: `RDFInputError` when the file cannot be opened.
    public init(path: String, format: RDFFormat, name: String? = nil) throws(RDFInputError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw RDFInputError(file: name ?? path, reason: "cannot open: \(String(cString: strerror(errno)))")
        }
        self.name = name ?? path
        self.format = format
        self.lines = ByteLineReader(fileDescriptor: descriptor, closesDescriptor: true)
    }

    /// Reads from an open descriptor, such as standard input (`0`), which stays open.
    public init(fileDescriptor: Int32, format: RDFFormat, name: String) {
        self.name = name
        self.format = format
        self.lines = ByteLineReader(fileDescriptor: fileDescriptor, closesDescriptor: false)
    }

    /// The next statement, or `nil` at the end of the input. N-Triples statements come back in the default graph.
    /// - Throws: `RDFSyntaxError` with file, line and column for a line that breaks the grammar;
    ///   `RDFInputError` when the input cannot be read or is not UTF-8.
    public func next() throws -> Quad? {
        try nextStatement { bytes, allowsGraphName throws(LineSyntaxFailure) in
            try LineParser.parse(bytes, allowsGraphName: allowsGraphName)
        }
    }

    /// The next statement as numbers of the terms in `table`, which decodes each distinct term once:
    /// the fast path for bulk loads, where most terms repeat.
    /// - Throws: as `next()`.
    public func next(numberingTermsIn table: TermTable) throws -> NumberedQuad? {
        try nextStatement { bytes, allowsGraphName throws(LineSyntaxFailure) in
            guard let tokens = try LineParser.scan(bytes, allowsGraphName: allowsGraphName) else { return nil }
            table.makeRoom(terms: 4, bytes: bytes.count)
            func number(_ token: TermToken) throws(LineSyntaxFailure) -> Int {
                try table.number(of: UnsafeBufferPointer(rebasing: bytes[token.range])) {
                    () throws(LineSyntaxFailure) in
                    try LineParser.decode(token, in: bytes)
                }
            }
            return NumberedQuad(
                subject: try number(tokens.subject), predicate: try number(tokens.predicate),
                object: try number(tokens.object),
                graph: try tokens.graph.map { token throws(LineSyntaxFailure) in try number(token) })
        }
    }

    /// Reads lines until `parse` makes a statement of one; turns failures into errors naming file, line and column.
    private func nextStatement<Statement>(
        _ parse: (UnsafeBufferPointer<UInt8>, Bool) throws(LineSyntaxFailure) -> Statement?
    ) throws -> Statement? {
        if !checkedEncoding { try checkEncoding() }
        let allowsGraphName = format.allowsGraphName
        while true {
            let outcome: Result<Statement?, LineSyntaxFailure>?
            do {
                outcome = try lines.withNextLine { bytes in
                    Result { () throws(LineSyntaxFailure) in try parse(bytes, allowsGraphName) }
                        .mapError { failure in
                            LineSyntaxFailure(offset: characterColumn(bytes, failure.offset), message: failure.message)
                        }
                }
            } catch let failure as ReadFailure {
                throw RDFInputError(file: name, reason: failure.reason)
            }
            switch outcome {
            case nil: return nil
            case .success(let statement?): return statement
            case .success(nil): continue
            case .failure(let failure):
                throw RDFSyntaxError(
                    file: name, line: lines.lineNumber, column: failure.offset, message: failure.message)
            }
        }
    }

    /// Rejects UTF-16 and UTF-32 input up front with a message that says so, and skips a UTF-8 byte-order mark.
    private func checkEncoding() throws {
        checkedEncoding = true
        let head: [UInt8]
        do { head = try lines.peek(4) } catch { throw RDFInputError(file: name, reason: error.reason) }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw RDFInputError(
                file: name,
                reason: "the file is UTF-16 (it starts with a byte-order mark); N-Triples and N-Quads must be UTF-8")
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { lines.discard(3) }
    }
}

/// The 1-based character column of a byte offset in a line.
private func characterColumn(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] where byte & 0xC0 != 0x80 { column += 1 }
    return column
}
