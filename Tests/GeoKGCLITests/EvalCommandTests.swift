import Foundation
import GeoKGTestSupport
import Testing

/// `geokg eval` on an article and gold written for the test.
@Suite("geokg eval scores extraction against gold files")
struct EvalCommandTests {
    static let article = """
        Talks in Oslo

        OSLO, March 3 (Staff) - Norwegian Prime Minister Jonas Gahr Store met Swedish Prime Minister Ulf Kristersson \
        in Oslo on Tuesday. Sweden criticized Russia over the attack on a pipeline. Store said Norway would not \
        sanction Finland. Kristersson said Sweden condemned Russia.

        """

    /// Gold that differs from what geokg states in one of each way: a fact missed, a negated fact stated, an entity
    /// absent from the text; and that names entities by aliases geokg's names only match after normalising
    /// (diacritics aside, case, punctuation, a leading "the"), with a symmetric fact in the other order.
    static let gold = """
        {"entities": [
          {"id": "Jonas Gahr Støre", "type": "Person", "aliases": ["Jonas Gahr Store"]},
          {"id": "Ulf Kristersson", "type": "Person", "aliases": ["Kristersson"]},
          {"id": "Norway", "type": "Country", "aliases": []},
          {"id": "Sweden", "type": "Country", "aliases": ["SWEDEN."]},
          {"id": "Russia", "type": "Country", "aliases": ["the Russian Federation", "The  Russia"]},
          {"id": "Finland", "type": "Country", "aliases": []},
          {"id": "Denmark", "type": "Country", "aliases": []}
        ],
        "relations": [
          {"s": "Ulf Kristersson", "p": "meets", "o": "Jonas Gahr Støre", "modality": "asserted"},
          {"s": "Ulf Kristersson", "p": "leads", "o": "Sweden", "modality": "asserted"},
          {"s": "Sweden", "p": "criticizes", "o": "Russia", "modality": "asserted"},
          {"s": "Sweden", "p": "threatens", "o": "Russia", "modality": "asserted"},
          {"s": "Jonas Gahr Støre", "p": "leads", "o": "Norway", "modality": "negated"}
        ]}
        """

    @Test("counts found, missed and wrong facts, pairs, entities and negated facts stated, and lists the mistakes")
    func scores() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(Self.article, to: "talks.txt")
        _ = try folder.write(Self.gold, to: "talks.gold.json")
        _ = try folder.write("An article without gold is left out.", to: "other.txt")
        let result = try GeoKG.run(["eval", "--verbose", folder.path("")])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("talks ") == true)
        #expect(lines.first?.hasSuffix("rel   3/  4 found,   4 stated  P=0.75 R=0.75  entities 6/7") == true)
        #expect(lines.contains("    missed Sweden —threatens→ Russia"))
        #expect(lines.contains("    wrong  Jonas Gahr Støre —leads→ Norway"))
        #expect(lines.contains { $0.hasPrefix("  leads ") && $0.contains("P=0.500 R=1.000") })
        #expect(
            lines.suffix(2) == [
                "articles=1 failed=0 negated_stated=1",
                "relations P=0.750 R=0.750 F1=0.750 | pairs P=0.750 R=1.000 F1=0.857 | entity recall=0.857",
            ])
    }

    @Test("--calibration writes each rule's measured precision and prints how often each confidence was right")
    func calibration() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(Self.article, to: "talks.txt")
        _ = try folder.write(Self.gold, to: "talks.gold.json")
        let table = folder.path("confidence.tsv")
        let result = try GeoKG.run(["eval", "--calibration", table, folder.path("")])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(rows.first == "pattern\tmodality\tstated\tright\tconfidence")
        // Four facts stated, three right: by titles (two, one right) and verbs (two, both right).
        #expect(rows.dropFirst() == ["title\tasserted\t2\t1\t0.5", "verbal\tasserted\t2\t2\t0.75"])
        // With one article, each article's confidences come from no other: one half for every fact.
        #expect(result.stdout.contains("| 0.5–0.6 | 4 | 3 | 0.75 |"), "\(result.stdout)")
    }

    @Test("a gold file that is not JSON is an error naming it")
    func badGold() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(Self.article, to: "talks.txt")
        let goldPath = try folder.write("{\"entities\": [", to: "talks.gold.json")
        let result = try GeoKG.run(["eval", folder.path("")])
        #expect(result.status == 1)
        #expect(result.stderr.contains(goldPath + ": is not a gold file"))
    }

    @Test("a folder without gold articles is an error naming it")
    func noGold() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(Self.article, to: "talks.txt")
        let result = try GeoKG.run(["eval", folder.path("")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("holds no NAME.txt with NAME.gold.json"))
    }
}
