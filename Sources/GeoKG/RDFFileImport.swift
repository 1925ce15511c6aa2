public import GeoKGRDF
public import GeoKGStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Imports N-Triples and N-Quads files into a store, one file one transaction.
///
/// ```swift
/// let outcome = try RDFFileImport.run(path: "events.nt", format: nil, into: store)
/// ```
public enum RDFFileImport {
    /// The name standard input goes by in messages.
    public static let standardInputName = "<stdin>"

    /// Imports the file at `path` (`-` for standard input) in `format`, or in the format its extension names.
    ///
    /// The file is taken whole or not at all. Its blank nodes are scoped by a hash of its bytes, so two files'
    /// `_:b1` stay apart, while importing the same bytes again changes nothing.
    /// - Throws: `RDFSyntaxError` (file, line, column) for a line that breaks the grammar, `RDFInputError` for a
    ///   file that cannot be read or whose format is unknown, `StoreError` when the store fails.
    public static func run(path: String, format: RDFFormat?, into store: TripleStore) throws -> ImportOutcome {
        let start = monotonicSeconds()
        if path == "-" {
            let spool = try spoolStandardInput()
            defer { unlink(spool) }
            return try importFile(
                at: spool, name: standardInputName, format: format ?? .nquads, into: store, startedAt: start)
        }
        guard let format = format ?? RDFFormat(path: path) else {
            throw RDFInputError(
                file: path, reason: "cannot tell the format from the name; use --format ntriples or --format nquads")
        }
        return try importFile(at: path, name: path, format: format, into: store, startedAt: start)
    }

    private static func importFile(
        at path: String, name: String, format: RDFFormat, into store: TripleStore, startedAt start: Double
    ) throws -> ImportOutcome {
        let hash: String
        do { hash = try ContentHash.ofFile(at: path) } catch {
            throw RDFInputError(file: name, reason: "cannot open: \(error.reason)")
        }
        if try store.hasLoaded(contentHash: hash) {
            return ImportOutcome(
                name: name, statements: 0, added: 0, leftOut: 0, alreadyLoaded: true,
                seconds: monotonicSeconds() - start)
        }
        let reader = try QuadReader(path: path, format: format, name: name)
        let summary = try store.load(
            LoadSource(name: name, format: format.rawValue, contentHash: hash),
            expectedStatements: fileSize(path) / 100
        ) { loader in
            let table = TermTable()
            while let quad = try reader.next(numberingTermsIn: table) { try loader.add(quad, from: table) }
        }
        return ImportOutcome(
            name: name, statements: summary.statements, added: summary.added, leftOut: summary.leftOut,
            alreadyLoaded: false, seconds: monotonicSeconds() - start)
    }

    /// Copies standard input to a temporary file, so that it can be hashed and then parsed.
    private static func spoolStandardInput() throws(RDFInputError) -> String {
        var template = Array("\(temporaryFolder())/geokg-stdin-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw RDFInputError(
                file: standardInputName, reason: "cannot make a temporary file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(0, buffer.baseAddress, buffer.count)
            if count == 0 { return path }
            if count < 0 {
                if errno == EINTR { continue }
                unlink(path)
                throw RDFInputError(file: standardInputName, reason: "cannot read: \(String(cString: strerror(errno)))")
            }
            var written = 0
            while written < count {
                let step = write(descriptor, buffer.baseAddress.map { $0 + written }, count - written)
                guard step > 0 else {
                    unlink(path)
                    throw RDFInputError(
                        file: standardInputName, reason: "cannot spool: \(String(cString: strerror(errno)))")
                }
                written += step
            }
        }
    }
}

/// What importing one file did.
public struct ImportOutcome: Sendable {
    /// The file's name as the user gave it.
    public let name: String
    /// Statements read.
    public let statements: Int
    /// Statements new to the store.
    public let added: Int
    /// Statements of the facts graph left out: geokg computes it from the reports.
    public let leftOut: Int
    /// Whether the store already held this exact file, so nothing was read.
    public let alreadyLoaded: Bool
    /// Wall-clock time taken.
    public let seconds: Double
}

func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
}

func temporaryFolder() -> String {
    guard let folder = getenv("TMPDIR") else { return "/tmp" }
    return String(cString: folder)
}
