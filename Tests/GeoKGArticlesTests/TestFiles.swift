import Foundation
import GeoKGArticles

/// Fixture files and scratch folders for the article reader tests.
enum TestFiles {
    /// The folder of this target's fixtures (excluded from resources, so found from this file).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The path of the fixture `name`.
    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }

    /// Everything `ArticleReader` reports for the file at `path`.
    static func results(path: String, format: ArticleFormat = .auto) -> [Result<Article, ArticleError>] {
        var results: [Result<Article, ArticleError>] = []
        ArticleReader.read(path: path, format: format) { results.append($0) }
        return results
    }

    /// Everything `ArticleReader` reports for `text`.
    static func results(text: String, name: String = "test.txt", format: ArticleFormat = .auto)
        -> [Result<Article, ArticleError>]
    {
        var results: [Result<Article, ArticleError>] = []
        ArticleReader.read(text: text, name: name, format: format) { results.append($0) }
        return results
    }

    /// The one article read from `text`, or `nil` when the reader reported anything else.
    static func article(text: String, name: String = "test.txt", format: ArticleFormat = .auto) -> Article? {
        let all = results(text: text, name: name, format: format)
        guard all.count == 1, case .success(let article) = all[0] else { return nil }
        return article
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class ScratchFolder {
    /// The folder's path.
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("geokg-articles-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `bytes` to `name` (creating folders on the way) and returns the file's path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let target = path + "/" + name
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes `text` as UTF-8 to `name` and returns the file's path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }
}

extension Result {
    /// The success value, or `nil`.
    var value: Success? {
        if case .success(let value) = self { value } else { nil }
    }

    /// The failure, or `nil`.
    var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
