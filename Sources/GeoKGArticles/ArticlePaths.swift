import Foundation

/// Turns the paths given on a command line into the article files to read.
public enum ArticlePaths {
    /// The extensions of the files that a directory contributes (compared without case).
    static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson"]

    /// The files to read for `paths`, in their order: a file as it is, whatever its extension;
    /// `-` (standard input) as it is; a directory replaced by the article files it holds.
    ///
    /// A directory is searched through its subfolders, skipping hidden files and folders (names
    /// that start with `.`) and symbolic links to folders, and gives only files ending in
    /// ``articleExtensions``, sorted by path: `.json` files, such as `NAME.gold.json`, are no
    /// articles. A path that does not exist, or a folder that cannot be listed, is an error in
    /// the list, which goes on with the other paths.
    ///
    /// ```swift
    /// ArticlePaths.expand(["corpus/dev", "extra.dat", "-"])
    /// // [.success("corpus/dev/a.txt"), .success("corpus/dev/sub/b.html"), .success("extra.dat"), .success("-")]
    /// ```
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
