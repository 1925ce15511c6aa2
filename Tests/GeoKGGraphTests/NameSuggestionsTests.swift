import Testing

@testable import GeoKGGraph

@Suite("edit distance and name suggestions")
struct NameSuggestionsTests {
    @Test(
        "edit distance counts insertions, deletions and substitutions",
        arguments: [
            ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("restrict", "restricts", 1), ("Countries", "Country", 3),
            ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("Pékin", "Pekin", 1), ("036", "063", 2),
        ])
    func distance(source: String, target: String, expected: Int) {
        #expect(editDistance(source, target) == expected)
        #expect(editDistance(target, source) == expected)
    }

    @Test("suggestions are the nearest names within a slip, nearest first, ignoring case")
    func nearest() {
        let known = ["restricts", "requests", "rejects", "meets", "visits", "Country", "China", "Chile"]
        #expect(NameSuggestions.nearest(to: "restrict", among: known) == ["restricts"])
        #expect(NameSuggestions.nearest(to: "countries", among: known) == ["Country"])
        #expect(NameSuggestions.nearest(to: "Chine", among: known) == ["Chile", "China"])
        #expect(NameSuggestions.nearest(to: "visit", among: ["visa", "visits"]) == ["visits", "visa"])
        #expect(NameSuggestions.nearest(to: "xyzzy", among: known).isEmpty)
    }

    @Test("a word of a name counts, and at most three names are given")
    func words() {
        #expect(NameSuggestions.nearest(to: "Besent", among: ["Scott Bessent", "Janet Yellen"]) == ["Scott Bessent"])
        #expect(
            NameSuggestions.nearest(to: "ab", among: ["aa", "ab", "ac", "ad", "ba"]).count == NameSuggestions.limit)
    }
}
