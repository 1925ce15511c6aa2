import Foundation
import GeoKGTestSupport

/// What one run of the `geokg` binary printed and returned.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the `geokg` executable built beside the tests.
enum GeoKG {
    /// The binary: `$GEOKG_BIN`, else `geokg` in the folder the test bundle was built in.
    static let binary: URL = {
        if let override = ProcessInfo.processInfo.environment["GEOKG_BIN"] {
            return URL(fileURLWithPath: override)
        }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("geokg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return RepositoryPaths.root.appendingPathComponent(".build/debug/geokg")
    }()

    /// Runs `geokg arguments...` with `stdin` as input and `environment` added to the inherited one.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws
        -> CommandResult
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GEOKG_DB")
        env.merge(environment) { $1 }
        process.environment = env
        let folder = try TemporaryFolder()
        let outPath = folder.path("out"), errPath = folder.path("err")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        if let stdin {
            let inPath = try folder.write(stdin, to: "in")
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            stdout: try String(contentsOfFile: outPath, encoding: .utf8),
            stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }
}

extension GeoKG {
    /// Runs `geokg arguments...` with its standard output on a terminal (a pseudo-terminal from `script`), as a
    /// person at a shell runs it; what it printed there, with the terminal's `\r\n` as `\n`.
    static func runOnTerminal(_ arguments: [String]) throws -> CommandResult {
        let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["--quiet", "--return", "--command", quoted.joined(separator: " "), "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return CommandResult(status: process.terminationStatus, stdout: text, stderr: "")
    }
}
