import Foundation
import GeoKGOntology

/// The country an article's address belongs to: the country-code top-level domain of its host (`bbc.co.uk`,
/// `gov.ie`), or the United States for `.gov` and `.mil`.
struct SourceCountries: Sendable {
    /// Gazetteer ids of countries by lower-case top-level domain.
    private let byDomain: [String: String]

    /// Top-level domains that belong to one country without being its ISO 3166-1 code, to that code.
    private static let exceptions = ["uk": "gb", "gov": "us", "mil": "us"]
    /// Country codes that sites of any country use for their look (`.io`, `.tv`, `.co`): they name no country.
    private static let generic: Set = [
        "ai", "am", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu", "tk", "to", "tv", "vc", "ws",
    ]

    init(gazetteer: Gazetteer) {
        var byISO2: [String: String] = [:]
        for entry in gazetteer.entries where entry.type == .country {
            if let iso2 = entry.iso2?.lowercased(), byISO2[iso2] == nil { byISO2[iso2] = entry.id }
        }
        var byDomain = byISO2
        for (domain, iso2) in Self.exceptions { byDomain[domain] = byISO2[iso2] }
        for domain in Self.generic { byDomain[domain] = nil }
        self.byDomain = byDomain
    }

    /// The gazetteer id of the country `url`'s host belongs to, or `nil` for generic domains and files.
    func country(of url: String) -> String? {
        guard let host = URLComponents(string: url)?.host?.lowercased(), let domain = host.split(separator: ".").last
        else {
            return nil
        }
        return byDomain[String(domain)]
    }
}
