import GeoKGOntology
import Testing

@Suite("The gazetteer files generated from the Phoenix dictionaries")
struct GeneratedGazetteerTests {
    /// The number of entries of `type` (and `kind`, when given) in the bundled gazetteer.
    static func count(_ type: EntityType, kind: String? = nil) throws -> Int {
        let entries = try BundledOntology.load().gazetteer.entries
        return entries.filter { $0.type == type && (kind == nil || $0.kind == kind) }.count
    }

    @Test(
        "loads officials, non-state groups and international bodies beside the hand-written entries",
        arguments: [
            (EntityType.person, nil, 10_000), (.organization, "ArmedGroup", 600), (.organization, "Company", 3_000),
            (.organization, "InternationalOrganization", 1_500), (.organization, nil, 6_000),
        ] as [(EntityType, String?, Int)])
    func counts(type: EntityType, kind: String?, floor: Int) throws {
        #expect(try Self.count(type, kind: kind) > floor)
    }

    @Test("reads an official's terms with roles from the Phoenix codes, and the country from the ISO3")
    func official() throws {
        let clark = try #require(try BundledOntology.load().gazetteer.entry(id: "HelenClark"))
        #expect(clark.type == .person)
        #expect(clark.name == "Helen Clark")
        #expect(clark.aliases.contains("Helen Elizabeth Clark"))
        #expect(clark.country == "NewZealand")
        let term = OfficeTerm(
            role: "head of state or government", of: "NewZealand", start: "1999-12-10", end: "2008-11-19")
        #expect(clark.offices.contains(term))
    }

    @Test("reads a non-state group with its bracketed acronym as an alias and its country")
    func nonstateGroup() throws {
        let gazetteer = try BundledOntology.load().gazetteer
        let dflp = try #require(gazetteer.entry(id: "DemocraticFrontForTheLiberationOfPalestine"))
        #expect(dflp.name == "Democratic Front for the Liberation of Palestine")
        #expect(dflp.kind == "ArmedGroup")
        #expect(dflp.aliases.contains("DFLP"))
        #expect(dflp.country == "Palestine")
    }

    @Test("reads an international non-governmental body with no country")
    func internationalBody() throws {
        let greenpeace = try #require(try BundledOntology.load().gazetteer.entry(id: "Greenpeace"))
        #expect(greenpeace.type == .organization)
        #expect(greenpeace.kind == "InternationalOrganization")
        #expect(greenpeace.country == nil)
    }

    @Test("keeps the hand-written entry where Phoenix lists the same body or person")
    func handEntriesWin() throws {
        let gazetteer = try BundledOntology.load().gazetteer
        #expect(gazetteer.entries.filter { $0.name == "Hamas" }.map(\.id) == ["Hamas"])
        #expect(gazetteer.entries.filter { $0.name == "Wang Yi" }.map(\.id) == ["WangYi"])
    }

    @Test("drops Phoenix names that are ordinary English")
    func ordinaryEnglish() throws {
        let entries = try BundledOntology.load().gazetteer.entries
        let names = Set(entries.lazy.filter { $0.type == .organization }.map(\.name))
        for phrase in ["Direct Action", "Fighters for Freedom", "Red Line", "May 15", "Black Friday"] {
            #expect(!names.contains(phrase), "\(phrase)")
        }
    }
}
