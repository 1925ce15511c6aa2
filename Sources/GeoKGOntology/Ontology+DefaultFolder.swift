import Foundation

extension Ontology {
    /// The environment variable that names the ontology folder, overriding the search.
    public static let folderEnvironmentVariable = "GEOKG_ONTOLOGY"

    /// How many folders above the executable's own the search looks in.
    static let folderSearchDepth = 6

    /// The ontology folder to load, or `nil` if none is found.
    ///
    /// The folder is $GEOKG_ONTOLOGY if set; else `Ontology` next to the running executable's package
    /// (walk up from the executable's directory — e.g. /repo/.build/release/geokg → /repo/Ontology — looking for
    /// a folder named Ontology that contains relations.tsv, up to 6 levels); else ./Ontology in the current
    /// directory.
    ///
    /// A non-empty `$GEOKG_ONTOLOGY` is returned as given, even when it does not exist, so that `load(from:)`
    /// reports what is missing. The executable is looked for as invoked (`argv[0]`, when it holds a `/`) and
    /// as the system reports it, with symbolic links resolved.
    ///
    /// - Returns: the folder's path, or `nil` when no folder is set or found.
    public static func defaultFolder() -> String? {
        let process = ProcessInfo.processInfo
        var executables: [String] = []
        if let invoked = process.arguments.first, invoked.contains("/") { executables.append(invoked) }
        if let running = Bundle.main.executableURL {
            executables.append(running.path)
            executables.append(running.resolvingSymlinksInPath().path)
        }
        return defaultFolder(
            environment: process.environment, executables: executables,
            currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The search of `defaultFolder()`, with its inputs given: the environment, the executable's paths
    /// (absolute, or relative to `currentDirectory`) in the order to try them, and the current directory.
    static func defaultFolder(environment: [String: String], executables: [String], currentDirectory: String)
        -> String?
    {
        if let folder = environment[folderEnvironmentVariable], !folder.isEmpty { return folder }
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        for executable in executables {
            var directory = URL(fileURLWithPath: executable, relativeTo: base).standardizedFileURL
                .deletingLastPathComponent()
            for _ in 0...folderSearchDepth {
                let candidate = directory.appendingPathComponent("Ontology").path
                if isOntologyFolder(candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        let local = base.appendingPathComponent("Ontology").standardizedFileURL.path
        return isOntologyFolder(local) ? local : nil
    }

    /// Whether `path` is a folder holding the file `relations.tsv`.
    static func isOntologyFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/" + relationsFile, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }
}
