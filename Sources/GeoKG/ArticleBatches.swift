public import GeoKGArticles

/// The one reading loop of `ingest` and `extract`: the articles under some paths, in input order, handed on in
/// batches. A file or line that cannot be read is reported and reading goes on with the next.
public enum ArticleBatches {
    /// Articles handed on together: enough to keep several extraction threads busy.
    public static let size = 64

    /// Reads every article under `paths` and calls `body` with each batch of up to `size` of them; reports each
    /// file or line that cannot be read through `onError`, and how far the reading has got through `onProgress`.
    /// Returns how many files or lines could not be read.
    /// - Throws: what `body` throws, which ends the reading.
    public static func read(
        paths: [String], format: ArticleFormat, onError: (any Error) -> Void,
        onProgress: (ReadingProgress) -> Void = { _ in }, _ body: ([Article]) throws -> Void
    ) throws -> Int {
        var failures = 0
        var articles = 0
        var batch: [Article] = []
        let files = ArticlePaths.expand(paths)
        for (fileIndex, file) in files.enumerated() {
            switch file {
            case .failure(let error):
                onError(error)
                failures += 1
            case .success(let path):
                try ArticleReader.read(path: path, format: format) { result in
                    switch result {
                    case .failure(let error):
                        onError(error)
                        failures += 1
                    case .success(let article):
                        batch.append(article)
                        articles += 1
                        if batch.count >= size {
                            try body(batch)
                            batch.removeAll()
                            onProgress(ReadingProgress(files: fileIndex, totalFiles: files.count, articles: articles))
                        }
                    }
                }
            }
            onProgress(ReadingProgress(files: fileIndex + 1, totalFiles: files.count, articles: articles))
        }
        if !batch.isEmpty { try body(batch) }
        return failures
    }
}

/// How far reading articles has got.
public struct ReadingProgress: Sendable {
    /// Files read to the end.
    public let files: Int
    /// Files to read.
    public let totalFiles: Int
    /// Articles read.
    public let articles: Int
}
