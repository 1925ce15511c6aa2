import ArgumentParser
import GeoKG

/// `geokg remove`: takes articles out of the store.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take articles out of the store, with their facts.",
        discussion: """
            Each URL names an article stored by ingest (its named graph). Its statements go, and the
            consolidated facts it reported are updated in the same transaction: a fact it alone reported
            goes, one that others report too loses a source. A URL the store does not hold is reported,
            the others are still removed (the exit code is then 1).

            Example:
              geokg remove https://example.org/news/2025/03/10/talks
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var ontologyOptions: OntologyOptions
    @OptionGroup var windowOption: WindowOption

    @Argument(help: ArgumentHelp("The URLs of the articles to remove.", valueName: "url"))
    var urls: [String]

    func validate() throws {
        guard !urls.isEmpty else { throw ValidationError("Name at least one article URL.") }
    }

    func run() throws {
        let ontology = try ontologyOptions.load()
        let store = try storeOptions.open(for: .writes)
        let held = try ArticleRemoval.remove(urls: urls, from: store, ontology: ontology, window: windowOption.window)
        try store.checkpoint()
        let missing = zip(urls, held).filter { !$0.1 }.map(\.0)
        for url in missing { printError("\(url): no such article in the store") }
        printMessage("\(grouped(held.filter { $0 }.count)) of \(grouped(urls.count)) articles removed")
        if !missing.isEmpty { throw CommandFailure() }
    }
}
