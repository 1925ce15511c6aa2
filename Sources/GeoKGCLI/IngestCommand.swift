import ArgumentParser
import Foundation
import GeoKG

/// `geokg ingest`: extracts the facts of articles into the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract the facts of news articles and store them, one named graph per article.",
        discussion: """
            PATH may be a file (plain text, a scraped page, HTML or JSON Lines; detected from the content
            unless --format says), a folder (read recursively) or '-' for standard input. A file that cannot
            be read is reported by name and the others are still stored (the exit code is then 1).
            Ingesting an article again changes nothing; an article whose text changed has its facts replaced.
            The consolidated facts (graph https://w3id.org/geokg/facts) that the articles touch are updated in
            the same transaction: reports of one subject, relation and object whose event dates lie at most
            --window days apart are one fact.

            Example:
              geokg ingest --jobs 2 articles/
              geokg ingest --format jsonl dump.jsonl
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var ontologyOptions: OntologyOptions

    @Option(help: "Threads that extract in parallel.")
    var jobs: Int = 1

    @Option(help: "The articles' format: auto, text, page, html or jsonl.")
    var format: ArticleFormat = .auto

    @OptionGroup var windowOption: WindowOption

    @Argument(help: ArgumentHelp("Article files or folders ('-' for standard input).", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Name at least one article file or folder.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let ontology = try ontologyOptions.load()
        let store = try storeOptions.open(for: .writes)
        let progress = ProgressLine()
        let start = Date()
        let summary = try ArticleIngest(
            store: store, ontology: ontology, tagger: try ontologyOptions.loadTagger(), jobs: jobs,
            window: windowOption.window
        ).run(
            paths: paths, format: format,
            onProgress: { progress.show($0, since: start) },
            onError: { error in
                progress.clear()
                printError(String(describing: error))
            })
        progress.clear()
        try store.checkpoint()
        let seconds = Date().timeIntervalSince(start)
        printMessage(
            "\(grouped(summary.articles)) articles (\(grouped(summary.added)) new, \(grouped(summary.replaced)) replaced, "
                + "\(grouped(summary.unchanged)) unchanged), \(grouped(summary.facts)) facts, in \(formatSeconds(seconds))"
                + (summary.failures > 0 ? "; \(summary.failures) could not be read" : ""))
        if summary.failures > 0 { throw CommandFailure() }
    }
}

/// A progress line on standard error, shown only when it is a terminal.
final class ProgressLine {
    private let enabled = isatty(2) != 0
    private var lastShown = Date.distantPast

    /// Redraws the line at most ten times a second.
    func show(_ progress: ReadingProgress, since start: Date) {
        guard enabled, Date().timeIntervalSince(lastShown) > 0.1 else { return }
        lastShown = Date()
        let elapsed = max(0.001, Date().timeIntervalSince(start))
        let rate = Double(progress.articles) / elapsed
        let remaining =
            progress.files > 0 ? elapsed * Double(progress.totalFiles - progress.files) / Double(progress.files) : 0
        FileHandle.standardError.write(
            Data(
                ("\r\u{1B}[Kingest: \(progress.files)/\(progress.totalFiles) files, \(grouped(progress.articles)) articles, "
                    + "\(grouped(Int(rate))) articles/s, ETA \(formatSeconds(remaining))").utf8))
    }

    /// Removes the line, before a message or at the end.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
