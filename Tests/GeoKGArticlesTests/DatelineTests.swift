import Testing

@testable import GeoKGArticles

@Suite("Datelines")
struct DatelineTests {
    @Test(
        "strips a leading dateline",
        arguments: [
            "WASHINGTON (Sputnik) - X said so.", "BEIJING (AP) — X said so.", "SAN FRANCISCO – X said so.",
            "WASHINGTON - X said so.", "WASHINGTON -- X said so.", "NEW YORK, June 9 (Reuters) - X said so.",
            "BEIJING, CHINA — X said so.", "ST. PETERSBURG: X said so.", "Washington, DC – X said so.",
            "KYIV, Ukraine, March 3, 2024 (AFP) — X said so.",
        ])
    func strips(paragraph: String) {
        #expect(Dateline.stripped(from: paragraph) == "X said so.")
    }

    @Test(
        "keeps a paragraph that opens with no dateline",
        arguments: [
            "US President Trump said talks went well.", "NATO said the drills would go on.",
            "NATO - the alliance - said the drills would go on.", "US-China talks resumed on Monday.",
            "UN: Russia must withdraw, the draft says.", "Earlier, US President Donald Trump said so.",
            "\"We want the rare earths,\" Hassett said.", "WASHINGTON",
        ])
    func keeps(paragraph: String) {
        #expect(Dateline.stripped(from: paragraph) == paragraph)
    }
}
