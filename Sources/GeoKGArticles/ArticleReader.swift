/// Reads article files in any of the ``ArticleFormat`` layouts.
///
/// ```swift
/// ArticleReader.read(path: "corpus/dev/seed.txt") { result in
///     switch result {
///     case .success(let article): print(article.title ?? article.url)
///     case .failure(let error): print(error)  // corpus/dev/seed.txt: binary file
///     }
/// }
/// ```
public enum ArticleReader {
    /// The largest file read whole: every format but JSON Lines, which streams.
    static let sizeLimit = 64 << 20

    /// Reads the file at `path` (`-` for standard input) and hands `body` each article it holds,
    /// or each error, in the file's order.
    ///
    /// The layout is `format`, or told from the content when `.auto`. JSON Lines is read a line
    /// at a time, so the file is never held in memory whole, and a line that is no article is an
    /// error for that line alone; any other layout is one article, read whole, up to 64 MiB.
    /// An HTML page is decoded in the encoding it declares (see ``HTMLCharset``). A file that is
    /// missing, binary, empty, without article text, or not UTF-8 (nor UTF-16 with a byte order
    /// mark) when it is no HTML page, gives one error that names it.
    ///
    /// - Throws: Only what `body` throws; reading problems are passed to `body` as errors.
    public static func read(
        path: String, format: ArticleFormat = .auto, _ body: (Result<Article, ArticleError>) throws -> Void
    ) rethrows {
        try read(path: path, format: format, limit: sizeLimit, body)
    }

    /// Reads articles from `text`, as ``read(path:format:_:)`` reads a file; `name` stands for the
    /// file in errors, in each article's `source` and, made absolute, in the `file://` URL of an
    /// article that has none.
    ///
    /// - Throws: Only what `body` throws.
    public static func read(
        text: String, name: String, format: ArticleFormat = .auto,
        _ body: (Result<Article, ArticleError>) throws -> Void
    ) rethrows {
        try read(text: text, origin: ArticleOrigin(path: name), format: format, body)
    }

    /// ``read(path:format:_:)`` with the size limit given: `limit` bytes for a whole file or a line.
    static func read(
        path: String, format: ArticleFormat, limit: Int, _ body: (Result<Article, ArticleError>) throws -> Void
    ) rethrows {
        var file: InputFile
        switch InputFile.open(path) {
        case .success(let opened): file = opened
        case .failure(let error): return try body(.failure(error))
        }
        let origin = file.origin
        let head: [UInt8]
        switch file.head(TextDecoder.sniffLength) {
        case .success(let bytes): head = bytes
        case .failure(let error): return try body(.failure(error))
        }
        if streamsLines(head, format: format) {
            return try file.forEachLine(limit: limit) { number, line in
                switch line.map({ TextDecoder.utf8($0) }) {
                case .failure(let error):
                    try body(.failure(error))
                case .success(nil):
                    try body(.failure(origin.error("not valid UTF-8 text", line: number)))
                case .success(let text?):
                    if let result = JSONLinesReader.article(fromLine: text, number: number, origin: origin) {
                        try body(result)
                    }
                }
            }
        }
        switch file.readAll(limit: limit).flatMap({ TextDecoder.decode($0, format: format, origin: origin) }) {
        case .success(let text): try read(text: text, origin: origin, format: format, body)
        case .failure(let error): try body(.failure(error))
        }
    }

    /// Whether a file that starts with `head` is read line by line: JSON Lines in UTF-8, with text.
    private static func streamsLines(_ head: [UInt8], format: ArticleFormat) -> Bool {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let text = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        guard !TextDecoder.isBinary(head), !TextDecoder.hasUTF16Mark(head),
            let first = text.first(where: { !isSpace($0) })
        else { return false }
        return format == .jsonl || (format == .auto && first == UInt8(ascii: "{"))
    }

    private static func read(
        text: String, origin: ArticleOrigin, format: ArticleFormat,
        _ body: (Result<Article, ArticleError>) throws -> Void
    ) rethrows {
        let text = text.first == "\u{FEFF}" ? String(text.dropFirst()) : text
        guard !TextDecoder.isBinary(text.utf8) else { return try body(.failure(origin.error("binary file"))) }
        guard text.contains(where: { !$0.isWhitespace }) else { return try body(.failure(origin.error("empty file"))) }
        switch format == .auto ? FormatSniffer.format(of: text) : format {
        case .jsonl:
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if let result = JSONLinesReader.article(
                    fromLine: String(Substring(line)), number: index + 1, origin: origin)
                {
                    try body(result)
                }
            }
        case .html: try body(HTMLReader.article(from: text, origin: origin))
        case .page: try body(ScrapedPageReader.article(from: text, origin: origin))
        case .text, .auto: try body(TextLayoutReader.article(from: text, origin: origin))
        }
    }
}
