import GeoKGOntology
import Testing

@Suite("The gazetteer loaded from Ontology/gazetteer/")
struct GazetteerTests {
    /// ISO 3166-1 alpha-3 codes of the 193 member states of the United Nations.
    static let unMembers = """
        AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR \
        BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU \
        EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND \
        IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS \
        MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK \
        PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP \
        SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE \
        GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
        """.split(separator: " ").map(String.init)

    @Test("has each of the 193 UN member states as a country")
    func unMemberStates() throws {
        #expect(Set(Self.unMembers).count == 193)
        let gazetteer = try BundledOntology.load().gazetteer
        let missing = Self.unMembers.filter { gazetteer.country(iso3: $0)?.type != .country }
        #expect(missing.isEmpty, "missing: \(missing)")
    }

    @Test("has the observer states, Taiwan and Kosovo, and no other country")
    func otherStates() throws {
        let gazetteer = try BundledOntology.load().gazetteer
        let countries = gazetteer.entries.filter { $0.type == .country }.compactMap(\.iso3)
        #expect(Set(countries).subtracting(Self.unMembers) == ["VAT", "PSE", "TWN", "XKX"])
        #expect(countries.count == 197)
    }

    @Test(
        "finds countries by ISO3 with their id and name",
        arguments: [
            ("CHN", "China", "China"), ("USA", "UnitedStates", "United States"), ("RUS", "Russia", "Russia"),
            ("UKR", "Ukraine", "Ukraine"), ("GBR", "UnitedKingdom", "United Kingdom"), ("DEU", "Germany", "Germany"),
            ("IND", "India", "India"), ("ZAF", "SouthAfrica", "South Africa"), ("PRK", "NorthKorea", "North Korea"),
            ("COD", "DemocraticRepublicOfTheCongo", "Democratic Republic of the Congo"),
            ("CIV", "CoteDIvoire", "Côte d'Ivoire"),
        ])
    func countryByISO3(iso3: String, id: String, name: String) throws {
        let gazetteer = try BundledOntology.load().gazetteer
        let country = try #require(gazetteer.country(iso3: iso3))
        #expect(country.id == id)
        #expect(country.name == name)
        #expect(country.iso3 == iso3)
        #expect(gazetteer.entry(id: id) == country)
    }

    @Test("reads the United States' aliases, demonyms, metonyms and codes apart")
    func unitedStates() throws {
        let us = try #require(try BundledOntology.load().gazetteer.entry(id: "UnitedStates"))
        #expect(us.type == .country)
        #expect(us.aliases.contains("U.S."))
        #expect(us.aliases.contains("United States of America"))
        #expect(!us.aliases.contains("United States"))
        #expect(us.demonyms.contains("American"))
        #expect(!us.aliases.contains("American"))
        #expect(us.metonyms.contains("Washington"))
        #expect(us.metonyms.contains("White House"))
        #expect(us.capital == "Washington")
        #expect(us.iso2 == "US")
        #expect(us.wikidata == "Q30")
        #expect(us.kind == nil && us.country == nil && us.offices.isEmpty)
    }

    @Test("gives the Kremlin to Russia and Kyiv to Ukraine")
    func metonyms() throws {
        let gazetteer = try BundledOntology.load().gazetteer
        let russia = try #require(gazetteer.entry(id: "Russia"))
        #expect(russia.metonyms.contains("Kremlin") || russia.metonyms.contains("the Kremlin"))
        #expect(russia.demonyms.contains("Russian"))
        let ukraine = try #require(gazetteer.entry(id: "Ukraine"))
        #expect(ukraine.metonyms.contains("Kyiv"))
        let china = try #require(gazetteer.entry(id: "China"))
        #expect(china.metonyms == ["Beijing", "Zhongnanhai"])
        #expect(china.aliases.contains("PRC"))
    }

    @Test("merges a person's rows into one entry with every office, countries resolved to entity ids")
    func wangYi() throws {
        let wang = try #require(try BundledOntology.load().gazetteer.entry(id: "WangYi"))
        #expect(wang.type == .person)
        #expect(wang.name == "Wang Yi")
        #expect(wang.country == "China")
        #expect(
            wang.offices.contains(
                OfficeTerm(role: "Foreign Minister", of: "China", start: "2013-03-16", end: "2022-12-30")))
        #expect(wang.offices.contains(OfficeTerm(role: "Foreign Minister", of: "China", start: "2023-07-25", end: nil)))
        #expect(wang.offices.contains { $0.of == "CentralForeignAffairsCommission" && $0.start == "2023-01" })
        #expect(wang.offices.count == 4)
    }

    @Test("resolves Antony Blinken's offices to United States")
    func blinken() throws {
        let blinken = try #require(try BundledOntology.load().gazetteer.entry(id: "AntonyBlinken"))
        #expect(blinken.offices.map(\.role) == ["Secretary of State", "Deputy Secretary of State"])
        #expect(blinken.offices.allSatisfy { $0.of == "UnitedStates" })
        #expect(blinken.aliases == ["Antony J. Blinken", "Tony Blinken"])
        #expect(blinken.country == "UnitedStates")
    }

    @Test("merges rows of one person that are apart in the file")
    func nonAdjacentRows() throws {
        let gazetteer = try BundledOntology.load().gazetteer
        let people = gazetteer.entries.filter { $0.type == .person }
        #expect(Set(people.map(\.id)).count == people.count)
        let leyen = try #require(gazetteer.entry(id: "UrsulaVonDerLeyen"))
        #expect(leyen.offices.map(\.of) == ["Germany", "EuropeanCommission"])
        #expect(leyen.country == "Germany")
    }

    @Test("resolves an organization's country from its ISO3 code")
    func organizationCountry() throws {
        let gazetteer = try BundledOntology.load().gazetteer
        let state = try #require(gazetteer.entry(id: "USDepartmentOfState"))
        #expect(state.type == .organization)
        #expect(state.kind == "GovernmentBody")
        #expect(state.country == "UnitedStates")
        let un = try #require(gazetteer.entry(id: "UnitedNations"))
        #expect(un.kind == "InternationalOrganization")
        #expect(un.country == nil)
        #expect(un.aliases.contains("U.N."))
    }

    @Test("keeps a company whose id equals a country code apart from the country")
    func organizationIDLikeISO3() throws {
        let gazetteer = try BundledOntology.load().gazetteer
        #expect(gazetteer.entry(id: "DJI")?.type == .organization)
        #expect(gazetteer.country(iso3: "DJI")?.id == "Djibouti")
    }

    @Test("loads commodities with their spelling variants")
    func commodities() throws {
        let rareEarths = try #require(try BundledOntology.load().gazetteer.entry(id: "RareEarths"))
        #expect(rareEarths.type == .commodity)
        #expect(rareEarths.name == "rare earths")
        #expect(rareEarths.aliases.contains("rare earth"))
    }

    @Test("lists countries, organizations, people and commodities in that order")
    func entryOrder() throws {
        let entries = try BundledOntology.load().gazetteer.entries
        let order: [EntityType] = [.country, .organization, .person, .commodity]
        let ranks = entries.compactMap { order.firstIndex(of: $0.type) }
        #expect(ranks.count == entries.count)
        #expect(ranks == ranks.sorted())
        #expect(entries.first?.id == "Afghanistan")
    }

    @Test("returns nil for unknown ids and codes, and for an organization looked up as a country")
    func unknownLookups() throws {
        let gazetteer = try BundledOntology.load().gazetteer
        #expect(gazetteer.entry(id: "Atlantis") == nil)
        #expect(gazetteer.country(iso3: "XXX") == nil)
        #expect(gazetteer.country(iso3: "chn") == nil)
        #expect(gazetteer.country(iso3: "NATO") == nil)
    }

    @Test("finds the first of two entries with one id in a hand-built gazetteer")
    func handBuilt() {
        let gazetteer = Gazetteer(entries: [
            GazetteerEntry(id: "A", name: "First", type: .country, iso3: "AAA"),
            GazetteerEntry(id: "A", name: "Second", type: .organization),
        ])
        #expect(gazetteer.entry(id: "A")?.name == "First")
        #expect(gazetteer.country(iso3: "AAA")?.name == "First")
    }
}
