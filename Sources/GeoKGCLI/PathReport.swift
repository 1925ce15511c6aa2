import GeoKG
import GeoKGGraph

/// `geokg path` for people: each chain as numbered steps, each step with its date, then its sentence and its
/// source in full, on lines of their own.
///
/// ```
/// path 1
///   1. Scott Bessent — meets with — Chinese delegation (2025-06-09)
///      Earlier, US President Donald Trump said that Treasury Secretary Scott Bessent, ...
///      https://sputnikglobe.com/20250609/us-to-ask-china-to-boost-rare-earths-exports-...
/// ```
enum PathReport {
    /// The text of `table`, a `PathFinder` table made readable (its cells plain text).
    static func text(_ table: ResultTable) -> String {
        let column = Dictionary(uniqueKeysWithValues: table.variables.enumerated().map { ($0.element, $0.offset) })
        var text = ""
        for row in table.rows {
            func cell(_ name: String) -> String {
                guard let index = column[name], let term = row[index] else { return "" }
                return TermDisplay.short(term)
            }
            if cell("step") == "1" { text += (text.isEmpty ? "" : "\n") + "path \(cell("path"))\n" }
            let date = cell("date").isEmpty ? "" : " (\(cell("date")))"
            text += "  \(cell("step")). \(cell("subject")) — \(cell("relation")) — \(cell("object"))\(date)\n"
            for detail in [cell("evidence"), cell("source")] where !detail.isEmpty {
                text += "     \(detail)\n"
            }
        }
        return text
    }
}
