import Foundation

/// Turns the paths given on a command line into the article files to read.
public enum ArticlePaths {
    /// The extensions of the files that a directory contributes (compared without case).
    static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson"]

    /// Expands paths: a directory becomes its article files (recursively, sorted by path, hidden files/folders skipped, only extensions .txt .text .html .htm .xhtml .jsonl .ndjson; `.gold.json` and other .json are NOT articles); a file is kept whatever its extension; "-" is kept. A missing path is an ArticleError.
    ///
    /// Symbolic links to directories are not followed inside a directory. The results keep the
    /// order of `paths`; a directory's files take its place.
    public static func expand(_ paths: [String]) -> [Result<String, ArticleError>] {
        paths.flatMap { path -> [Result<String, ArticleError>] in
            var isDirectory: ObjCBool = false
            if path == "-" { return [.success(path)] }
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return [.failure(ArticleError(file: path, message: "no such file or directory"))]
            }
            return isDirectory.boolValue ? articleFiles(in: path) : [.success(path)]
        }
    }

    /// The article files under `directory`, sorted by path, or the error of a folder that cannot be listed.
    private static func articleFiles(in directory: String) -> [Result<String, ArticleError>] {
        let manager = FileManager.default
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var folders = [root]
        var files: [String] = []
        var errors: [Result<String, ArticleError>] = []
        while let folder = folders.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: folder) else {
                errors.append(.failure(ArticleError(file: folder, message: "cannot list the directory")))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = folder + "/" + name
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if !isDirectory.boolValue {
                    if articleExtensions.contains((name as NSString).pathExtension.lowercased()) { files.append(path) }
                } else if (try? manager.destinationOfSymbolicLink(atPath: path)) == nil {
                    folders.append(path)
                }
            }
        }
        return errors + files.sorted().map { .success($0) }
    }
}
