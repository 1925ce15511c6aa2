import Foundation
import GeoKGOntology
import GeoKGTestSupport
import Testing

@Suite("Loading a broken ontology folder")
struct OntologyErrorTests {
    @Test("loads the small valid folder the error tests break")
    func validMiniOntology() throws {
        let ontology = try MiniOntology().load()
        #expect(ontology.confidence.confidence(pattern: "verbal", modality: "asserted") == 0.8)
        #expect(ontology.confidence.confidence(pattern: "verbal", modality: "negated") == 0.8)
        #expect(ontology.confidence.confidence(pattern: "title", modality: "planned") == 0.5)
        #expect(ontology.confidence.confidence(pattern: "nominal", modality: "asserted") == nil)
        #expect(ontology.relations.map(\.id) == ["meets", "sanctions", "leads", "memberOf"])
        #expect(
            ontology.gazetteer.entries.map(\.id) == [
                "China", "UnitedStates", "UnitedNations", "USDepartmentOfState", "WorldFoodProgramme", "ShiningPath",
                "AntonyBlinken", "WangYi", "LiKeqiang", "JohnKerry", "WFPDirector", "RareEarths",
            ])
        let blinken = try #require(ontology.gazetteer.entry(id: "AntonyBlinken"))
        #expect(blinken.aliases == ["Tony Blinken", "Antony J. Blinken"])
        #expect(
            blinken.offices == [
                OfficeTerm(role: "Secretary of State", of: "UnitedStates", start: "2021-01-26", end: "2025-01-20"),
                OfficeTerm(role: "Spokesperson", of: "USDepartmentOfState", start: "2015", end: nil),
            ])
        #expect(ontology.lexicon.abbreviations == ["U.S.", "Mr."])
        #expect(ontology.lexicon.titles.count == 2)
        #expect(ontology.lexicon.agentNouns.map(\.noun) == ["soldier", "ministry", "police"])
        let kerry = try #require(ontology.gazetteer.entry(id: "JohnKerry"))
        #expect(kerry.offices.map(\.role) == ["legislator", "Secretary of State"])
        #expect(ontology.gazetteer.entry(id: "WFPDirector")?.offices.first?.of == "WorldFoodProgramme")
    }

    @Test("names file and line of a row with a missing field")
    func missingField() throws {
        var mini = MiniOntology()
        mini.replaceLine(
            3, of: "gazetteer/countries.tsv",
            with: "UnitedStates\tUnited States\tU.S.\tAmerican\tWashington\tWashington\tUS\tUSA")
        let error = try #require(try mini.loadError())
        #expect(error.description == "gazetteer/countries.tsv:3: expected 9 tab-separated fields, found 8")
        #expect(error.file == "gazetteer/countries.tsv")
        #expect(error.line == 3)
    }

    @Test("names file and line of a trigger whose relation is unknown")
    func unknownTriggerRelation() throws {
        var mini = MiniOntology()
        mini.replaceLine(
            3, of: "lexicon/triggers.tsv", with: "sanctionz\tverb\tsanction\tsanction|sanctioned\t*\t\t\tactive\t")
        let error = try #require(try mini.loadError())
        #expect(
            error.description
                == "lexicon/triggers.tsv:3: unknown relation 'sanctionz'; known relations: meets, sanctions, leads, memberOf"
        )
    }

    @Test("names a missing file")
    func missingFile() throws {
        var mini = MiniOntology()
        mini.files["gazetteer/people.tsv"] = nil
        let error = try #require(try mini.loadError())
        #expect(error.file == "gazetteer/people.tsv")
        #expect(error.line == nil)
        #expect(error.description.hasPrefix("gazetteer/people.tsv: no such file in the ontology folder "))
    }

    @Test("names the first file when the folder does not exist")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        #expect(throws: OntologyError.self) { try Ontology.load(from: folder.path("nowhere")) }
        do {
            _ = try Ontology.load(from: folder.path("nowhere"))
        } catch {
            #expect(error.file == "classes.tsv")
        }
    }

    @Test("accepts CRLF line ends and a missing final newline")
    func crlf() throws {
        var mini = MiniOntology()
        for (path, text) in mini.files {
            mini.files[path] = text.replacingOccurrences(of: "\n", with: "\r\n")
        }
        mini.files["lexicon/cues.tsv"] = "word\tclass\tkind\tposition\r\ndelegation\tGroup\t\thead"
        let ontology = try mini.load()
        #expect(ontology.gazetteer.entry(id: "UnitedStates")?.metonyms == ["Washington", "White House"])
        #expect(ontology.lexicon.cues == [Cue(word: "delegation", type: .group, kind: nil, position: .head)])
        #expect(ontology.lexicon.abbreviations == ["U.S.", "Mr."])
    }

    @Test("keeps spaces in cells as written")
    func noTrimming() throws {
        var mini = MiniOntology()
        mini.replaceLine(2, of: "gazetteer/commodities.tsv", with: "RareEarths\trare earths\t rare earth |REE\t")
        let rareEarths = try #require(try mini.load().gazetteer.entry(id: "RareEarths"))
        #expect(rareEarths.aliases == [" rare earth ", "REE"])
    }

    /// A change to one line of the small folder and the error it must give.
    struct BrokenLine: Sendable, CustomTestStringConvertible {
        let file: String
        let line: Int
        let text: String
        let expected: String
        var testDescription: String { expected }
    }

    @Test(
        "rejects a wrong line, naming file and line",
        arguments: [
            BrokenLine(
                file: "gazetteer/countries.tsv", line: 1,
                text: "id\tname\taliases\tdemonyms\tcapital\tmetonyms\tiso3\tiso2\twikidata",
                expected:
                    "gazetteer/countries.tsv:1: expected the header columns id, name, aliases, demonyms, capital, metonyms, iso2, iso3, wikidata, found id, name, aliases, demonyms, capital, metonyms, iso3, iso2, wikidata"
            ),
            BrokenLine(
                file: "gazetteer/countries.tsv", line: 3, text: "China\tChina2\t\t\t\t\tCX\tCHX\t",
                expected: "gazetteer/countries.tsv:3: duplicate id 'China' (first on line 2)"),
            BrokenLine(
                file: "gazetteer/countries.tsv", line: 3, text: "UnitedStates\tUnited States\tPRC\t\t\t\tUS\tUSA\t",
                expected: "gazetteer/countries.tsv:3: 'PRC' is already claimed by China (line 2)"),
            BrokenLine(
                file: "gazetteer/countries.tsv", line: 3, text: "UnitedStates\tUnited States\t\t\t\t\tUS\tCHN\t",
                expected: "gazetteer/countries.tsv:3: duplicate iso3 'CHN' (first on line 2)"),
            BrokenLine(
                file: "gazetteer/countries.tsv", line: 3, text: "United States\tUnited States\t\t\t\t\tUS\tUSA\t",
                expected: "gazetteer/countries.tsv:3: id 'United States' is not a slug of ASCII letters and digits"),
            BrokenLine(
                file: "gazetteer/countries.tsv", line: 3,
                text: "UnitedStates\tUnited States\tU.S.||US\t\t\t\tUS\tUSA\t",
                expected: "gazetteer/countries.tsv:3: empty value in the aliases list 'U.S.||US'"),
            BrokenLine(
                file: "gazetteer/countries.tsv", line: 3, text: "UnitedStates\tUnited States\t\t\t\t\tUS\tUSA\t30",
                expected: "gazetteer/countries.tsv:3: wikidata '30' is not a Wikidata Q-id such as Q148"),
            BrokenLine(
                file: "gazetteer/organizations.tsv", line: 3,
                text: "USDepartmentOfState\tState Department\tMinistry\t\tUSA\t",
                expected:
                    "gazetteer/organizations.tsv:3: kind 'Ministry' is not one of GovernmentBody, InternationalOrganization"
            ),
            BrokenLine(
                file: "gazetteer/organizations.tsv", line: 3,
                text: "USDepartmentOfState\tState Department\tGovernmentBody\t\tUSB\t",
                expected:
                    "gazetteer/organizations.tsv:3: country 'USB' is not the iso3 of a country of gazetteer/countries.tsv"
            ),
            BrokenLine(
                file: "gazetteer/organizations.tsv", line: 3, text: "China\tChina Inc\tGovernmentBody\t\t\t",
                expected: "gazetteer/organizations.tsv:3: id 'China' is already used by gazetteer/countries.tsv:2"),
            BrokenLine(
                file: "gazetteer/people.tsv", line: 3, text: "WangYi\tWang Yi\t\tForeign Minister\tPRC\t\t\t",
                expected:
                    "gazetteer/people.tsv:3: of 'PRC' is neither the iso3 of a country of gazetteer/countries.tsv nor an id of gazetteer/organizations.tsv"
            ),
            BrokenLine(
                file: "gazetteer/people.tsv", line: 4, text: "AntonyBlinken\tTony Blinken\t\tSpokesperson\tUSA\t\t\t",
                expected:
                    "gazetteer/people.tsv:4: person AntonyBlinken is named 'Tony Blinken' here but 'Antony Blinken' on line 2"
            ),
            BrokenLine(
                file: "gazetteer/people.tsv", line: 3, text: "WangYi\tWang Yi\t\tForeign Minister\tCHN\t2013-3-16\t\t",
                expected:
                    "gazetteer/people.tsv:3: start '2013-3-16' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
            BrokenLine(
                file: "gazetteer/people.tsv", line: 3, text: "WangYi\tWang Yi\t\tForeign Minister\tCHN\t2022\t2013\t",
                expected: "gazetteer/people.tsv:3: end 2013 is before start 2022"),
            BrokenLine(
                file: "gazetteer/people.tsv", line: 3, text: "WangYi\tWang Yi\t\t\tCHN\t\t\t",
                expected: "gazetteer/people.tsv:3: empty role; it is required"),
            BrokenLine(
                file: "relations.tsv", line: 3,
                text: "sanctions\tsanctions\t163\t-8.0\tfalse\tevent\tCountry|State\tCountry\tx",
                expected:
                    "relations.tsv:3: domain class 'State' is not one of Country, Person, Organization, Group, Location, Commodity"
            ),
            BrokenLine(
                file: "relations.tsv", line: 3,
                text: "sanctions\tsanctions\t163\t-18\tfalse\tevent\tCountry\tCountry\tx",
                expected: "relations.tsv:3: goldstein '-18' is not a number from -10 to 10"),
            BrokenLine(
                file: "relations.tsv", line: 3, text: "sanctions\tsanctions\t163\t-8.0\tno\tevent\tCountry\tCountry\tx",
                expected: "relations.tsv:3: symmetric 'no' is not one of true, false"),
            BrokenLine(
                file: "relations.tsv", line: 3, text: "sanctions\tsanctions\t\t-8.0\tfalse\tevent\tCountry\tCountry\tx",
                expected: "relations.tsv:3: an event relation needs at least one cameo code"),
            BrokenLine(
                file: "relations.tsv", line: 3, text: "meets\tsanctions\t163\t-8.0\tfalse\tevent\tCountry\tCountry\tx",
                expected: "relations.tsv:3: duplicate id 'meets' (first on line 2)"),
            BrokenLine(
                file: "classes.tsv", line: 9, text: "InternationalOrganization\tio\tOrganisation\tx",
                expected: "classes.tsv:9: parent 'Organisation' is not a class of classes.tsv"),
            BrokenLine(
                file: "classes.tsv", line: 6, text: "Location\tlocation\tCountry\tA place.",
                expected: "classes.tsv:6: 'Location' is a top class; its parent must be empty, found 'Country'"),
            BrokenLine(
                file: "lexicon/triggers.tsv", line: 2, text: "leads\tverb\tlead\tlead|led\t*\t\t\tactive\t",
                expected: "lexicon/triggers.tsv:2: relation 'leads' is a standing relation; expected an event relation"),
            BrokenLine(
                file: "lexicon/triggers.tsv", line: 2, text: "meets\tadverb\tmeet\tmeet\t*\t\t\tactive\t",
                expected: "lexicon/triggers.tsv:2: pos 'adverb' is not one of verb, noun"),
            BrokenLine(
                file: "lexicon/triggers.tsv", line: 2, text: "meets\tverb\tmeet\t\t*\t\t\tactive\t",
                expected: "lexicon/triggers.tsv:2: empty forms; it is required"),
            BrokenLine(
                file: "lexicon/triggers.tsv", line: 2, text: "meets\tverb\tmeet\tmeet\twith\t\t\tactive\t",
                expected: "lexicon/triggers.tsv:2: frame 'with': a frame holds exactly one '*', the object"),
            BrokenLine(
                file: "lexicon/triggers.tsv", line: 2, text: "meets\tverb\tmeet\tmeet\t{talks with *\t\t\tactive\t",
                expected: "lexicon/triggers.tsv:2: frame '{talks with *': '{' is not closed"),
            BrokenLine(
                file: "lexicon/triggers.tsv", line: 2, text: "meets\tverb\tmeet\tmeet\t*\t\tEnvoy\tactive\t",
                expected:
                    "lexicon/triggers.tsv:2: unknown class 'Envoy'; known classes: Country, Person, Organization, Group, Location, Commodity, GovernmentBody, InternationalOrganization"
            ),
            BrokenLine(
                file: "lexicon/triggers.tsv", line: 2, text: "meets\tverb\tmeet\tmeet\t*\t\t\tactive\t04a",
                expected: "lexicon/triggers.tsv:2: CAMEO code '04a' is not two to four digits"),
            BrokenLine(
                file: "lexicon/triggers.tsv", line: 3,
                text: "meets\tverb\tmeet\tmeet\twith *\t\t-InternationalOrganization\tactive\t",
                expected:
                    "lexicon/triggers.tsv:3: duplicate trigger verb 'meet' with frame 'with *', classes and voice for meets (first on line 2)"
            ),
            BrokenLine(
                file: "lexicon/word-classes.tsv", line: 2, text: "article\tThe|a\tArticles.",
                expected:
                    "lexicon/word-classes.tsv:2: 'The' is not lower case; word classes are matched on lower-cased words"
            ),
            BrokenLine(
                file: "lexicon/word-classes.tsv", line: 2, text: "articles\tthe|a\tArticles.",
                expected:
                    "lexicon/word-classes.tsv:2: class 'articles' is not one of \(WordClass.allCases.map(\.rawValue).joined(separator: ", "))"
            ),
            BrokenLine(
                file: "lexicon/titles.tsv", line: 2, text: "President\tmeets\tcountry\t",
                expected: "lexicon/titles.tsv:2: relation 'meets' is an event relation; expected a standing relation"),
            BrokenLine(
                file: "lexicon/titles.tsv", line: 2, text: "President\tleads\tstate\t",
                expected: "lexicon/titles.tsv:2: scope 'state' is not one of country, body, country|body"),
            BrokenLine(
                file: "lexicon/cues.tsv", line: 3, text: "delegation\tGroup\tGovernmentBody\thead",
                expected:
                    "lexicon/cues.tsv:3: kind 'GovernmentBody' is given for class Group; kinds are for Organization only"
            ),
            BrokenLine(
                file: "lexicon/cues.tsv", line: 3, text: "delegation\tTeam\t\thead",
                expected:
                    "lexicon/cues.tsv:3: class 'Team' is not one of Country, Person, Organization, Group, Location, Commodity"
            ),
            BrokenLine(
                file: "lexicon/abbreviations.txt", line: 2, text: "Mr",
                expected: "lexicon/abbreviations.txt:2: 'Mr' is not one token ending in a period"),
            BrokenLine(
                file: "lexicon/abbreviations.txt", line: 2, text: "U.S.",
                expected: "lexicon/abbreviations.txt:2: duplicate abbreviation 'U.S.' (first on line 1)"),
            BrokenLine(
                file: "lexicon/honorifics.txt", line: 2, text: "Lieutenant Colonel",
                expected: "lexicon/honorifics.txt:2: 'Lieutenant Colonel' is not one word"),
            BrokenLine(
                file: "lexicon/honorifics.txt", line: 2, text: "Colonel",
                expected: "lexicon/honorifics.txt:2: duplicate word 'Colonel' (first on line 1)"),
            BrokenLine(
                file: "gazetteer/international-bodies.tsv", line: 2,
                text: "WorldFoodProgramme\tWorld Food Programme\tInternationalOrganization\tWFP",
                expected: "gazetteer/international-bodies.tsv:2: expected 6 tab-separated fields, found 4"),
            BrokenLine(
                file: "gazetteer/international-bodies.tsv", line: 2,
                text: "China\tChina Food Programme\tInternationalOrganization\t\t\t",
                expected:
                    "gazetteer/international-bodies.tsv:2: id 'China' is already used by gazetteer/countries.tsv:2"),
            BrokenLine(
                file: "gazetteer/nonstate-groups.tsv", line: 2,
                text: "ShiningPath\tShining Path\tArmedGroup\tSendero Luminoso\tPER\t",
                expected:
                    "gazetteer/nonstate-groups.tsv:2: kind 'ArmedGroup' is not one of GovernmentBody, InternationalOrganization"
            ),
            BrokenLine(
                file: "gazetteer/officials.tsv", line: 5,
                text: "WFPDirector\tErtharin Cousin\tLi Keqiang\tExecutive Director\tWorldFoodProgramme\t\t\t",
                expected: "gazetteer/officials.tsv:5: 'Li Keqiang' is already claimed by LiKeqiang (line 2)"),
            BrokenLine(
                file: "gazetteer/officials.tsv", line: 2,
                text: "LiKeqiang\tLi Keqiang\t\thead of state or government\tPRC\t2013-03-15\t2023-03-11\t",
                expected:
                    "gazetteer/officials.tsv:2: of 'PRC' is neither the iso3 of a country of gazetteer/countries.tsv nor an id of gazetteer/organizations.tsv, gazetteer/international-bodies.tsv, gazetteer/nonstate-groups.tsv"
            ),
            BrokenLine(
                file: "gazetteer/officials.tsv", line: 4,
                text: "JohnKerry\tJohn F. Kerry\t\tSecretary of State\tUSA\t2013-02-01\t\t",
                expected:
                    "gazetteer/officials.tsv:4: person JohnKerry is named 'John F. Kerry' here but 'John Kerry' on line 3"
            ),
            BrokenLine(
                file: "gazetteer/officials.tsv", line: 2,
                text: "WangYi\tWang Yi Jr.\t\tForeign Minister\tCHN\t2013-03-16\t\t",
                expected: "gazetteer/officials.tsv:2: id 'WangYi' is already used by gazetteer/people.tsv:3"),
            BrokenLine(
                file: "confidence.tsv", line: 2, text: "verbal\tasserted\t8\t9\t1.0",
                expected: "confidence.tsv:2: stated and right must be whole numbers, right no more than stated"),
            BrokenLine(
                file: "confidence.tsv", line: 2, text: "verbal\tasserted\t8\t7\t0.9",
                expected: "confidence.tsv:2: confidence '0.9' is not (right + 1) / (stated + 2)"),
            BrokenLine(
                file: "confidence.tsv", line: 3, text: "title\tdenied\t0\t0\t0.5",
                expected: "confidence.tsv:3: modality 'denied' is not one of asserted, planned"),
            BrokenLine(
                file: "lexicon/agents.tsv", line: 2, text: "soldier\tsoldier|soldiers\tGroup",
                expected: "lexicon/agents.tsv:2: expected 4 tab-separated fields, found 3"),
            BrokenLine(
                file: "lexicon/agents.tsv", line: 2, text: "soldier\tsoldiers|soldier\tGroup\tmilitary",
                expected: "lexicon/agents.tsv:2: forms 'soldiers|soldier' do not start with the noun 'soldier'"),
            BrokenLine(
                file: "lexicon/agents.tsv", line: 2, text: "soldier\tsoldier|soldiers\tPerson\tmilitary",
                expected: "lexicon/agents.tsv:2: class 'Person' is not one of Group, Organization"),
            BrokenLine(
                file: "lexicon/agents.tsv", line: 3, text: "soldier\tsoldier\tGroup\tmilitary",
                expected: "lexicon/agents.tsv:3: duplicate agent noun 'soldier' (first on line 2)"),
            BrokenLine(
                file: "lexicon/agents.tsv", line: 3, text: "ministry\tministry|soldiers\tOrganization\tgovernment",
                expected: "lexicon/agents.tsv:3: form 'soldiers' is already a form of 'soldier' (line 2)"),
            BrokenLine(
                file: "lexicon/agents.tsv", line: 4, text: "police\tpolice\tOrganization\tLaw Enforcement",
                expected: "lexicon/agents.tsv:4: sector 'Law Enforcement' is not a lower-case word"),
            BrokenLine(
                file: "lexicon/agents.tsv", line: 4, text: "Police\tPolice\tOrganization\tpolice",
                expected: "lexicon/agents.tsv:4: noun 'Police' is not lower-case"),
        ])
    func brokenLine(_ broken: BrokenLine) throws {
        var mini = MiniOntology()
        mini.replaceLine(broken.line, of: broken.file, with: broken.text)
        let error = try #require(try mini.loadError())
        #expect(error.description == broken.expected)
    }

    /// A form a generated file takes from a hand-written one, and the error it must give.
    struct Collision: Sendable, CustomTestStringConvertible {
        let file: String
        let line: Int
        let text: String
        let expected: String
        var testDescription: String { expected }
    }

    @Test(
        "refuses a form of a hand-written file in a generated file",
        arguments: [
            Collision(
                file: "gazetteer/international-bodies.tsv", line: 2,
                text: "WorldFoodProgramme\tWorld Food Programme\tInternationalOrganization\tWFP|UN\t\t",
                expected:
                    "gazetteer/international-bodies.tsv:2: 'UN' is a form of UnitedNations in the hand-written gazetteer/organizations.tsv:2; a generated file may not use it"
            ),
            Collision(
                file: "gazetteer/nonstate-groups.tsv", line: 2,
                text: "ShiningPath\tShining Path\tInternationalOrganization\tPRC\t\t",
                expected:
                    "gazetteer/nonstate-groups.tsv:2: 'PRC' is a form of China in the hand-written gazetteer/countries.tsv:2; a generated file may not use it"
            ),
            Collision(
                file: "gazetteer/officials.tsv", line: 3,
                text: "JohnKerry\tJohn Kerry\tTony Blinken\tlegislator\tUSA\t1985-01-03\t2013-02-01\t",
                expected:
                    "gazetteer/officials.tsv:3: 'Tony Blinken' is a form of AntonyBlinken in the hand-written gazetteer/people.tsv:2; a generated file may not use it"
            ),
            Collision(
                file: "gazetteer/officials.tsv", line: 2,
                text: "LiKeqiang\trare earth\t\thead of state or government\tCHN\t2013-03-15\t2023-03-11\t",
                expected:
                    "gazetteer/officials.tsv:2: 'rare earth' is a form of RareEarths in the hand-written gazetteer/commodities.tsv:2; a generated file may not use it"
            ),
        ])
    func generatedFormOfHandFile(_ collision: Collision) throws {
        var mini = MiniOntology()
        mini.replaceLine(collision.line, of: collision.file, with: collision.text)
        let error = try #require(try mini.loadError())
        #expect(error.description == collision.expected)
    }

    @Test("lets the hand-written files share a form among themselves")
    func handFilesShareForms() throws {
        var mini = MiniOntology()
        mini.replaceLine(
            3, of: "gazetteer/people.tsv",
            with: "WangYi\tWang Yi\tChina\tForeign Minister\tCHN\t2013-03-16\t2022-12-30\t")
        #expect(try mini.load().gazetteer.entry(id: "WangYi")?.aliases == ["China"])
    }

    @Test("rejects an office that names both a country code and an organization")
    func ambiguousOffice() throws {
        var mini = MiniOntology()
        mini.files["gazetteer/organizations.tsv", default: ""] += "USA\tUSA Inc\tGovernmentBody\t\t\t\n"
        let error = try #require(try mini.loadError())
        #expect(
            error.description
                == "gazetteer/people.tsv:2: of 'USA' is both a country's iso3 and an organization id; it is ambiguous")
    }

    @Test("rejects a folder without a top class")
    func missingTopClass() throws {
        var mini = MiniOntology()
        mini.replaceLine(7, of: "classes.tsv", with: "Good\tgood\t\tA good.")
        let error = try #require(try mini.loadError())
        #expect(error.description == "classes.tsv: the top class 'Commodity' is missing")
    }

    @Test("rejects a class that is its own ancestor")
    func classCycle() throws {
        var mini = MiniOntology()
        mini.files["classes.tsv", default: ""] += "A\ta\tB\tx\nB\tb\tA\tx\n"
        let error = try #require(try mini.loadError())
        #expect(error.description == "classes.tsv:10: class 'A' is its own ancestor")
    }

    @Test("names the line that is not UTF-8")
    func invalidUTF8() throws {
        let mini = MiniOntology()
        let folder = try TemporaryFolder()
        try mini.write(to: folder)
        var bytes = Array((mini.files["gazetteer/commodities.tsv"] ?? "").utf8)
        bytes.append(contentsOf: Array("Oil\to".utf8) + [0xE9] + Array("l\t\t\n".utf8))
        try folder.write(bytes: bytes, to: "gazetteer/commodities.tsv")
        #expect {
            try Ontology.load(from: folder.url.path)
        } throws: { error in
            (error as? OntologyError)?.description == "gazetteer/commodities.tsv:3: the line is not valid UTF-8"
        }
    }

    @Test("rejects a byte order mark")
    func byteOrderMark() throws {
        var mini = MiniOntology()
        mini.files["relations.tsv"] = "\u{FEFF}" + (mini.files["relations.tsv"] ?? "")
        let error = try #require(try mini.loadError())
        #expect(error.description == "relations.tsv:1: the file starts with a byte order mark; save it without")
    }

    @Test("rejects an empty file")
    func emptyFile() throws {
        var mini = MiniOntology()
        mini.files["lexicon/titles.tsv"] = ""
        let error = try #require(try mini.loadError())
        #expect(
            error.description
                == "lexicon/titles.tsv: the file is empty; expected a header line: title, relation, scope, note")
    }

    @Test("describes an error without a line as FILE: message")
    func descriptionWithoutLine() {
        #expect(OntologyError(file: "relations.tsv", message: "gone").description == "relations.tsv: gone")
        #expect(OntologyError(file: "relations.tsv", line: 4, message: "bad").description == "relations.tsv:4: bad")
    }
}
