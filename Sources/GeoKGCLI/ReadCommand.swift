import ArgumentParser
import Foundation
import GeoKG

/// `geokg read`: prints each article as geokg reads it, to see what ingest would get from a file.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print each article as geokg reads it: URL, title, date and body text.",
        discussion: """
            The same reading as ingest and extract: PATH may be a file (plain text, a scraped page, HTML in
            any declared encoding, or JSON Lines), a folder (read recursively) or '-' for standard input.
            In jsonl, each article is an object with source (the file as given, plus :LINE for a line of
            JSON Lines), url, title, date and body; a file that gives no article is an object with source
            and error, the error is also written to standard error, and the exit code is 1.

            Example:
              geokg read page.html
              geokg read --format jsonl saved-pages/ > articles.jsonl
            """)

    @Option(help: "Output format: text or jsonl.")
    var format: ReadFormat = .text

    @Option(name: .customLong("input-format"), help: "The articles' format: auto, text, page, html or jsonl.")
    var inputFormat: ArticleFormat = .auto

    @Argument(help: ArgumentHelp("Article files or folders ('-' for standard input).", valueName: "path"))
    var paths: [String]

    enum ReadFormat: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Name at least one article file or folder.") }
    }

    func run() throws {
        let output = StandardOutput()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        func report(_ error: ArticleError) throws {
            printError(String(describing: error))
            failures += 1
            guard format == .jsonl else { return }
            let source = error.line.map { "\(error.file):\($0)" } ?? error.file
            try output.write(
                String(decoding: try encoder.encode(ReadError(source: source, error: error.message)), as: UTF8.self)
                    + "\n")
        }
        for path in ArticlePaths.expand(paths) {
            switch path {
            case .failure(let error): try report(error)
            case .success(let file):
                try ArticleReader.read(path: file, format: inputFormat) { result in
                    switch result {
                    case .failure(let error): try report(error)
                    case .success(let article):
                        switch format {
                        case .jsonl:
                            try output.write(
                                String(decoding: try encoder.encode(ReadArticle(article)), as: UTF8.self) + "\n")
                        case .text:
                            try output.write(Self.text(of: article))
                        }
                    }
                }
            }
        }
        try output.flush()
        if failures > 0 { throw CommandFailure() }
    }

    /// An article as text: its source, URL, title and date, a blank line, its body and a blank line.
    private static func text(of article: Article) -> String {
        "source: \(article.source)\nurl: \(article.url)\ntitle: \(article.title ?? "")\ndate: \(article.date ?? "")\n\n"
            + article.body + "\n\n"
    }
}

/// An article, one line of `geokg read --format jsonl`; a missing title or date is `null`.
private struct ReadArticle: Encodable {
    let article: Article

    init(_ article: Article) {
        self.article = article
    }

    enum CodingKeys: String, CodingKey {
        case source, url, title, date, body
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article.source, forKey: .source)
        try container.encode(article.url, forKey: .url)
        try container.encode(article.title, forKey: .title)
        try container.encode(article.date, forKey: .date)
        try container.encode(article.body, forKey: .body)
    }
}

/// A file that gave no article, one line of `geokg read --format jsonl`.
private struct ReadError: Encodable {
    let source: String
    let error: String
}
