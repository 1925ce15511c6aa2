public import ArgumentParser
public import GeoKG

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `geokg export`: writes the store as N-Triples, N-Quads or Turtle.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store as N-Triples, N-Quads or Turtle.",
        discussion: """
            N-Triples writes every distinct triple of all graphs once; N-Quads keeps each statement's
            graph; Turtle writes the triples of N-Triples grouped by subject, with geokg's prefixes. The
            order is fixed, so the same store always gives the same bytes. Output goes to standard output
            unless -o names a file (written whole, then moved into place).

            Example:
              geokg export -o Output/graph.nt
              geokg export --format turtle -o Output/graph.ttl
              geokg export --format nquads | gzip > graph.nq.gz
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "ntriples, nquads or turtle.")
    var format: ExportFormat = .ntriples

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let store = try storeOptions.open()
        guard let output, output != "-" else {
            try RDFExport.run(from: store, format: format, to: 1)
            return
        }
        let partial = output + ".partial"
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            printError("\(output): cannot create: \(String(cString: strerror(errno)))")
            throw CommandFailure()
        }
        let lines: Int
        do {
            lines = try RDFExport.run(from: store, format: format, to: descriptor)
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(partial)
            throw error
        }
        guard rename(partial, output) == 0 else {
            printError("\(output): cannot move the export into place: \(String(cString: strerror(errno)))")
            throw CommandFailure()
        }
        printMessage("wrote \(grouped(lines)) \(format == .nquads ? "quads" : "triples") to \(output)")
    }
}

extension ExportFormat: ExpressibleByArgument {}
