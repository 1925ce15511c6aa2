import ArgumentParser
import Foundation
import GeoKG

/// `geokg consolidate`: computes the consolidated facts afresh from every report in the store.
struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Gather the reports of each fact in the store into one consolidated fact.",
        discussion: """
            Reports (event nodes, from ingested articles or imported event data) of one subject, relation
            and object whose event dates lie at most --window days apart become one geo:Fact in the graph
            https://w3id.org/geokg/facts, with its mentions, source count, first and last report dates,
            event date and confidence; standing relations (leads, member of) make one fact whatever their
            dates. Ingest keeps the facts of the articles it stores up to date; run this after importing
            event data, or to apply another window. It replaces the whole facts graph in one transaction.

            Example:
              geokg import --db Output/events.sqlite events.nt
              geokg consolidate --db Output/events.sqlite --window 1
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var ontologyOptions: OntologyOptions
    @OptionGroup var windowOption: WindowOption

    func run() throws {
        let consolidator = FactConsolidator(relations: try ontologyOptions.loadRelations(), window: windowOption.window)
        let store = try storeOptions.open(for: .writes)
        let start = Date()
        let summary = try store.rebuild { try consolidator.rebuild(in: $0) }
        try store.checkpoint()
        printMessage(
            "\(grouped(summary.reports)) reports gathered into \(grouped(summary.facts)) facts, "
                + "in \(formatSeconds(Date().timeIntervalSince(start)))")
    }
}

/// `--window DAYS`: the greatest gap between the event dates of two reports of one fact.
struct WindowOption: ParsableArguments {
    @Option(help: ArgumentHelp("Days between the event dates of two reports of one fact.", valueName: "days"))
    var window: Int = FactConsolidator.defaultWindow

    func validate() throws {
        guard window >= 0 else { throw ValidationError("--window must be 0 or more days.") }
    }
}
