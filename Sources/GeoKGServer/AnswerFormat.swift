import Foundation

/// The formats the server writes answers in, each under its media type.
enum AnswerFormat: String, CaseIterable, Sendable {
    case json = "application/sparql-results+json"
    case xml = "application/sparql-results+xml"
    case csv = "text/csv"
    case tsv = "text/tab-separated-values"
    case ntriples = "application/n-triples"
    case turtle = "text/turtle"
    case nquads = "application/n-quads"

    /// The formats of SELECT and ASK answers, the default first.
    static let solutions: [AnswerFormat] = [.json, .xml, .csv, .tsv]
    /// The formats of triples (CONSTRUCT answers, a graph's statements), the default first.
    static let triples: [AnswerFormat] = [.ntriples, .turtle]

    /// Other names clients ask for these formats by.
    private static let aliases: [String: AnswerFormat] = [
        "application/json": .json, "application/xml": .xml, "text/xml": .xml, "text/plain": .ntriples,
        "application/x-turtle": .turtle,
    ]

    /// The `Content-Type` header's value.
    var contentType: String { rawValue + "; charset=utf-8" }

    /// The format of `offered` that the `Accept` header `accept` likes best (the first offered when there is no
    /// header), or `nil` when it accepts none of them.
    static func negotiate(_ accept: String?, offered: [AnswerFormat]) -> AnswerFormat? {
        guard let accept, !accept.trimmingCharacters(in: .whitespaces).isEmpty else { return offered.first }
        let ranges = MediaRange.parse(accept)
        var best: (format: AnswerFormat, quality: Double)?
        for format in offered {
            // An alias counts only when named: `text/*` asks for CSV and TSV, not for XML as `text/xml`.
            let named = aliases.filter { $0.value == format }.keys.compactMap { alias in
                ranges.filter { "\($0.type)/\($0.subtype)" == alias }.map(\.quality).max()
            }
            let quality = ([MediaRange.quality(of: format.rawValue, in: ranges)].compactMap { $0 } + named).max() ?? 0
            if quality > 0, quality > (best?.quality ?? 0) { best = (format, quality) }
        }
        return best?.format
    }
}

/// One entry of an `Accept` header: a media type, `type/*` or `*/*`, with its quality.
struct MediaRange: Equatable {
    let type: String
    let subtype: String
    let quality: Double

    /// The entries of an `Accept` header; malformed ones are skipped.
    static func parse(_ header: String) -> [MediaRange] {
        header.split(separator: ",").compactMap { entry in
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let name = parts.first?.lowercased().split(separator: "/") ?? []
            guard name.count == 2 else { return nil }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            return MediaRange(type: String(name[0]), subtype: String(name[1]), quality: min(max(quality, 0), 1))
        }
    }

    /// The quality `ranges` give the media type `name`: that of the most specific range that matches it, `nil`
    /// when none does.
    static func quality(of name: String, in ranges: [MediaRange]) -> Double? {
        let parts = name.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return nil }
        let exact = ranges.filter { $0.type == parts[0] && $0.subtype == parts[1] }
        let family = ranges.filter { $0.type == parts[0] && $0.subtype == "*" }
        let any = ranges.filter { $0.type == "*" && $0.subtype == "*" }
        return [exact, family, any].first { !$0.isEmpty }?.map(\.quality).max()
    }
}
