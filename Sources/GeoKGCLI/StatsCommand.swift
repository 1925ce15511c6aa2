import ArgumentParser
import Foundation
import GeoKG

/// `geokg stats`: what the store holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the store holds: triples, subjects, predicates, objects, graphs, size.",
        discussion: """
            Example:
              geokg stats --db Output/events.sqlite
              geokg stats --format json | jq .triples
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "table or json.")
    var format: StatsFormat = .table

    enum StatsFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func run() throws {
        let stats = try storeOptions.open().statistics()
        let rows: [(String, Int)] = [
            ("triples", stats.triples), ("quads", stats.quads), ("subjects", stats.subjects),
            ("predicates", stats.predicates), ("objects", stats.objects), ("named_graphs", stats.namedGraphs),
            ("terms", stats.terms), ("sources", stats.sources), ("file_bytes", stats.fileBytes),
            ("schema_version", stats.schemaVersion),
        ]
        switch format {
        case .json:
            print("{" + rows.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
        case .table:
            print("store           \(storeOptions.path)")
            for (name, value) in rows {
                let label = name.split(separator: "_").joined(separator: " ")
                let shown = name == "file_bytes" ? formatBytes(value) : grouped(value)
                print(label.padding(toLength: 16, withPad: " ", startingAt: 0) + shown)
            }
        }
    }
}
