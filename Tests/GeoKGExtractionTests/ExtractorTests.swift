import Foundation
import GeoKGArticles
import GeoKGExtraction
import GeoKGOntology
import GeoKGSyntax
import GeoKGTestSupport
import Testing

/// The real ontology, loaded once for all extraction tests.
let sharedOntology: Ontology? = try? Ontology.load(from: RepositoryPaths.ontologyFolder)
/// The bundled part-of-speech tagger, loaded once.
let sharedTagger: Tagger? = try? Tagger.load(ontologyFolder: RepositoryPaths.ontologyFolder)
/// An extractor of the real ontology, built once: building its indexes takes a while.
let sharedExtractor: Extractor? = sharedOntology.flatMap { ontology in
    sharedTagger.map { Extractor(ontology: ontology, tagger: $0) }
}

@Suite("Extraction of facts from sentences")
struct ExtractorTests {
    let extractor: Extractor

    init() throws {
        extractor = try #require(sharedExtractor)
    }

    /// The facts of `text` as "Subject relation Object (modality)" with entity names.
    func facts(_ text: String, date: String? = "2025-06-09") -> Set<String> {
        let article = Article(url: "https://example.org/a", title: nil, date: date, body: text, source: "test")
        let extraction = extractor.extract(article)
        let names = Dictionary(uniqueKeysWithValues: extraction.entities.map { ($0.id, $0.name) })
        return Set(
            extraction.facts.map {
                "\(names[$0.subject] ?? $0.subject) \($0.relation) \(names[$0.object] ?? $0.object) (\($0.modality.rawValue))"
            })
    }

    @Test("two entities that make one id are chosen in a fixed order, whatever the dictionary's: the body's name wins")
    func sharedIDIsDeterministic() {
        let text =
            "John Doe is the Chief of Logistics of the Belarusian Armed Forces. Togo has criticized the Belarusian armed forces."
        let article = Article(url: "https://example.org/a", title: nil, date: "2025-06-09", body: text, source: "test")
        let entities = extractor.extract(article).entities.filter { $0.id == "BelarusianArmedForces" }
        #expect(entities.map(\.name) == ["Belarusian Armed Forces"], "\(entities)")
        #expect(entities.map(\.type) == [.organization], "\(entities)")
    }

    @Test("coordinated subjects with titles, a planned meeting and a group with a nationality")
    func coordinatedSubjects() {
        let found = facts(
            "Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer would meet with a Chinese delegation in London on June 9."
        )
        for person in ["Scott Bessent", "Howard Lutnick", "Jamieson Greer"] {
            #expect(found.contains("\(person) meets Chinese delegation (planned)"), "\(found)")
            #expect(found.contains("\(person) memberOf United States (asserted)"), "\(found)")
        }
        #expect(found.contains("Chinese delegation memberOf China (asserted)"), "\(found)")
        #expect(!found.contains { $0.contains("United Kingdom") }, "London is a place here: \(found)")
    }

    @Test("a capital standing for its government, and coordinated commodity objects")
    func metonymSubject() {
        let found = facts("Beijing suspended exports of a wide range of essential minerals and magnets.")
        #expect(found.contains("China restricts essential minerals (asserted)"), "\(found)")
        #expect(found.contains("China restricts magnets (asserted)"), "\(found)")
    }

    @Test("an apposition with a title gives leads")
    func apposition() {
        let found = facts(
            "The United States will ask China to increase exports, Kevin Hassett, the director of the White House National Economic Council, said."
        )
        #expect(found.contains("Kevin Hassett leads White House National Economic Council (asserted)"), "\(found)")
        #expect(found.contains("United States requests China (planned)"), "\(found)")
    }

    @Test("the passive voice gives the agent as subject")
    func passive() {
        let found = facts("Iran was sanctioned by the United States on Monday.")
        #expect(found.contains("United States sanctions Iran (asserted)"), "\(found)")
    }

    @Test("a negation makes the fact negated")
    func negation() {
        let found = facts("Japan did not meet with China.")
        #expect(found == ["Japan meets China (negated)"], "\(found)")
        // A clause that a denial governs is denied.
        #expect(facts("Chile denied that it had attacked Peru.") == ["Chile attacks Peru (negated)"])
    }

    @Test("words of intent or possibility make a fact planned, before a verb or a noun after a copula")
    func intentAndPossibility() {
        #expect(facts("Chile may sanction Peru.") == ["Chile sanctions Peru (planned)"])
        #expect(facts("Chile is considering sanctions on Peru.") == ["Chile sanctions Peru (planned)"])
        #expect(facts("Chile is a close ally of Peru.") == ["Chile supports Peru (asserted)"])
    }

    @Test("coordinated subjects of a symmetric relation with no object are related to each other")
    func reciprocal() {
        #expect(facts("China and Russia agreed to expand trade.") == ["China agreesWith Russia (asserted)"])
        #expect(facts("Indonesia and Malaysia met in Jakarta.") == ["Indonesia meets Malaysia (asserted)"])
        #expect(facts("China and Russia criticized the plan.").isEmpty, "criticizes is not symmetric")
        // A light verb with the relation's noun: doing more of it is doing it; talking of it is not.
        #expect(facts("Ghana and Togo will deepen cooperation on security.") == ["Ghana cooperatesWith Togo (planned)"])
        #expect(facts("Ghana and Togo discussed cooperation.").isEmpty)
        // A symmetric fact found in both orders is stated once.
        #expect(
            facts("Ghana and Togo agreed to expand their cooperation.") == [
                "Ghana agreesWith Togo (asserted)", "Ghana cooperatesWith Togo (asserted)",
            ])
    }

    @Test("an article before a coordinated item belongs to the item; after a lone comma it opens an apposition")
    func coordinationWithArticles() {
        #expect(
            facts("Norway and the African Union sanctioned Eritrea.")
                == ["African Union sanctions Eritrea (asserted)", "Norway sanctions Eritrea (asserted)"])
        let listed = facts("Chile, the United Kingdom and Peru criticized Venezuela.")
        for country in ["Chile", "United Kingdom", "Peru"] {
            #expect(listed.contains("\(country) criticizes Venezuela (asserted)"), "\(listed)")
        }
        let apposition = facts("Marta Ruiz, the Foreign Minister, criticized Venezuela.")
        #expect(apposition.contains("Marta Ruiz criticizes Venezuela (asserted)"), "\(apposition)")
        #expect(!apposition.contains { $0.hasPrefix("Foreign Minister criticizes") }, "\(apposition)")
    }

    @Test("an object-first trigger makes the grammatical subject the target")
    func objectFirst() {
        #expect(
            facts("Russia faces sanctions from the European Union.") == ["European Union sanctions Russia (asserted)"])
    }

    @Test("a speaker saying that an actor must act demands it; a statement of fact does not")
    func obligation() {
        #expect(facts("France said Iran must halt enrichment.") == ["France demands Iran (asserted)"])
        #expect(
            facts("Japan said on Tuesday that China should release the detainees.") == [
                "Japan demands China (asserted)"
            ])
        #expect(facts("Canada made clear that Mexico has to act.") == ["Canada demands Mexico (asserted)"])
        #expect(facts("Germany said Iran has halted enrichment.").isEmpty)
        #expect(facts("Canada made clear that Mexico has a choice.").isEmpty)
        // The speaker may come after the reported clause, past its comma, before or after the verb.
        #expect(facts("Iran must halt enrichment, France said.") == ["France demands Iran (asserted)"])
        #expect(facts("Iran must halt enrichment, stressed France.") == ["France demands Iran (asserted)"])
        // The demand goes to the official from Russia, not to Russia.
        #expect(
            facts("Britain said that a senior official from Russia must resign.") == [
                "United Kingdom demands official from Russia (asserted)",
                "official from Russia memberOf Russia (asserted)",
            ])
    }

    @Test("a threat to act against actors threatens them")
    func threatToAct() {
        let found = facts("Pakistan threatened to break off diplomatic relations with Costa Rica and Israel.")
        #expect(
            found == ["Pakistan threatens Costa Rica (asserted)", "Pakistan threatens Israel (asserted)"], "\(found)")
    }

    @Test("violence against people is an attack; a participle after an article is no verb")
    func violence() {
        let found = facts("Israeli soldiers beat up Palestinian detainees on the occupied West Bank.")
        #expect(found.contains("Israeli soldiers attacks Palestinian detainees (asserted)"), "\(found)")
        #expect(!found.contains { $0.contains("West Bank") }, "\(found)")
        #expect(
            facts("Russian forces wounded two Ukrainian soldiers.").contains(
                "Russian forces attacks two Ukrainian soldiers (asserted)"))
    }

    @Test("talks between two actors are a meeting")
    func nominalTalks() {
        let found = facts("These were the first trade talks between the United States and China since July.")
        #expect(found.contains("United States meets China (asserted)"), "\(found)")
    }

    @Test("a pronoun takes the person who was the subject before")
    func pronoun() {
        let found = facts(
            "Secretary of State Antony J. Blinken met with Wang Yi. He also criticized Russia.", date: "2022-09-23")
        #expect(found.contains("Antony J. Blinken criticizes Russia (asserted)"), "\(found)")
    }

    @Test("a second verb phrase after 'and' shares the first one's subject")
    func verbPhraseCoordination() {
        let found = facts("The U.S. backs the moderate opposition and has accused the Russians of making things worse.")
        #expect(found.contains("United States supports moderate opposition (asserted)"), "\(found)")
        #expect(found.contains("United States accuses Russians (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("moderate opposition accuses") }, "\(found)")
    }

    @Test("a participle after a plain noun describes the noun, which is not an actor")
    func participleModifier() {
        let found = facts("Mnuchin called it the largest ever single-day action targeting the Iranian regime.")
        #expect(!found.contains { $0.contains(" sanctions ") }, "\(found)")
    }

    @Test("speaking to a news outlet is an interview, not a meeting")
    func interview() {
        let found = facts("American diplomats, speaking to VOA, have expressed frustration.")
        #expect(!found.contains { $0.contains(" meets ") }, "\(found)")
    }

    @Test("the people of a country, and a nationality on goods, name actors")
    func peopleAndGoods() {
        #expect(
            facts("The United States supports the people of Mali.").contains(
                "United States supports people of Mali (asserted)"))
        let tariffs = facts(
            "Trump said U.S. tariffs on Chinese imports have helped slow down the Chinese economy.", date: "2019-10-11")
        #expect(tariffs.contains("United States imposesTariffsOn China (asserted)"), "\(tariffs)")
    }

    @Test("a nationality before the common noun of a state body names that body of the country")
    func stateBodyNoun() {
        let parliament = facts("The Moldovan parliament condemned Belarus on Tuesday.")
        #expect(parliament.contains("Moldovan parliament criticizes Belarus (asserted)"), "\(parliament)")
        #expect(parliament.contains("Moldovan parliament memberOf Moldova (asserted)"), "\(parliament)")
        let army = facts("The Eritrean army attacked Djibouti.")
        #expect(army.contains("Eritrean army attacks Djibouti (asserted)"), "\(army)")
        // The government stays the country; a group of people stays a group.
        #expect(facts("The Moldovan government condemned Belarus.").contains("Moldova criticizes Belarus (asserted)"))
        let troops = facts("Eritrean troops attacked Djibouti.")
        #expect(troops.contains("Eritrean troops attacks Djibouti (asserted)"), "\(troops)")
        // The country's possessive names the same body: it acts, not the country.
        let owned = facts("The Eritrean army attacked Djibouti. Eritrea's army then attacked Somalia.")
        #expect(owned.contains { $0.hasSuffix(" army attacks Somalia (asserted)") }, "\(owned)")
        #expect(owned.filter { $0.hasSuffix("memberOf Eritrea (asserted)") }.count == 1, "one body: \(owned)")
        #expect(!owned.contains { $0.hasPrefix("Eritrea attacks") }, "\(owned)")
    }

    @Test("coordinated nationalities before one head name a group each, and the coordination acts together")
    func coordinatedNationalities() {
        let met = facts("Senior Malawian and Zambian officials met in Lusaka on Friday.")
        #expect(met.contains("Malawian officials meets Zambian officials (asserted)"), "\(met)")
        #expect(met.contains("Malawian officials memberOf Malawi (asserted)"), "\(met)")
        #expect(met.contains("Zambian officials memberOf Zambia (asserted)"), "\(met)")
        let fought = facts("Chadian, Nigerien and Nigerian troops attacked Boko Haram.")
        for group in ["Chadian troops", "Nigerien troops", "Nigerian troops"] {
            #expect(fought.contains { $0.hasPrefix(group + " attacks ") }, "\(group): \(fought)")
        }
    }

    @Test("a nationality on a proposal or an air raid stands for the country that makes it")
    func nationalityOnProposalsAndRaids() {
        let rejected = facts("Nepal has rejected an Indian proposal on the border.")
        #expect(rejected.contains("Nepal criticizes India (asserted)"), "\(rejected)")
        let raids = facts("Kenya condemned Ugandan air raids on Somalia.")
        #expect(raids.contains("Kenya criticizes Uganda (asserted)"), "\(raids)")
        #expect(raids.contains("Uganda attacks Somalia (asserted)"), "\(raids)")
    }

    @Test("a nationality on weapons stands for the country that wields them")
    func nationalityOnWeapons() {
        #expect(facts("Eritrean warplanes struck Djibouti.") == ["Eritrea attacks Djibouti (asserted)"])
        #expect(facts("Chadian artillery shelled Sudanese troops.").contains("Chad attacks Sudanese troops (asserted)"))
    }

    @Test("a fact inside a condition is not stated")
    func condition() {
        let found = facts(
            "He highlighted the implications if the PRC were to provide support to Moscow’s invasion of Ukraine.")
        #expect(!found.contains { $0.hasPrefix("China supports") }, "\(found)")
        #expect(found.contains("Russia attacks Ukraine (asserted)"), "\(found)")
    }
}
