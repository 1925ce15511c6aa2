import ArgumentParser
import Foundation
import GeoKG
import GeoKGGraph

/// `geokg`: builds a knowledge graph of geopolitical actors and answers questions about it.
@main
struct GeoKGCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geokg",
        abstract: "Build a knowledge graph of geopolitical actors from news and work with it.",
        discussion: """
            The graph lives in one SQLite file: --db PATH, else $GEOKG_DB, else Output/geokg.sqlite.
            Data goes to standard output, messages to standard error. Exit codes: 0 success,
            1 bad input or failure, 64 wrong usage.

            Example:
              geokg import events.nt && geokg export --format nquads -o Output/graph.nq
            """,
        version: GeoKGVersion.current,
        subcommands: [
            IngestCommand.self, ExtractCommand.self, ImportCommand.self, ConsolidateCommand.self, RemoveCommand.self,
            ExportCommand.self,
            StatsCommand.self, ReadCommand.self,
            OntologyCommand.self, QueryCommand.self, EntitiesCommand.self, ShowCommand.self, NeighborsCommand.self,
            PathCommand.self, TimelineCommand.self, DiffCommand.self, RenderCommand.self, EvalCommand.self,
            ServeCommand.self, VersionCommand.self,
        ])

    /// Runs the command line; the one place where errors become messages and exit codes.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CommandFailure {
            Foundation.exit(error.exitCode)
        } catch let error as UnknownNameError {
            // Wrong usage, found once the store is open: the exit code argument-parser gives a failed validate().
            printError(error.description)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        } catch let error as any GeoKGError {
            printError(error.description)
            Foundation.exit(1)
        } catch {
            Self.exit(withError: error)
        }
    }
}

/// A failure whose messages were already printed; only the exit code is left to give.
struct CommandFailure: Error {
    var exitCode: Int32 = 1
}

/// Prints `geokg: error: message` on standard error.
func printError(_ message: String) {
    printMessage("error: \(message)")
}

/// Prints `geokg: message` on standard error, the channel for everything that is not data.
func printMessage(_ message: String) {
    FileHandle.standardError.write(Data("geokg: \(message)\n".utf8))
}
