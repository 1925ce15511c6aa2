import GeoKGExtraction
import Testing

@Suite("Standing relations: titles, possessives, appositions, bodies of bodies")
struct StandingRelationTests {
    let harness: ExtractionHarness

    init() throws {
        harness = try ExtractionHarness()
    }

    @Test("a possessive before a title names the holder's country: Kenya's Foreign Minister X")
    func possessiveTitle() {
        let found = harness.facts("Kenya's Foreign Minister Amina Odhiambo met Uganda.")
        #expect(found.contains("Amina Odhiambo memberOf Kenya (asserted)"), "\(found)")
    }

    @Test("a portfolio after a title's 'for' ends where the holder's name begins: Minister for the Middle East X")
    func portfolioBeforeName() {
        #expect(harness.facts("Minister for the Middle East Tavi Roe met Peru.") == ["Tavi Roe meets Peru (asserted)"])
        #expect(
            harness.facts("Minister for Women and Equalities Tavi Roe met Peru.") == ["Tavi Roe meets Peru (asserted)"])
        // A portfolio and no name after it names no one.
        #expect(harness.facts("Minister for Africa met Peru.").isEmpty)
    }

    @Test("on a country's site, its official named by bare title as the first actor is that country's")
    func ownOfficial() {
        let british = "https://www.example.gov.uk/news"
        #expect(
            harness.facts("Foreign Secretary Tavi Roe met Peru.", url: british).contains(
                "Tavi Roe memberOf United Kingdom (asserted)"))
        #expect(
            harness.facts("Tavi Roe, Minister for Trade, met Peru.", url: british).contains(
                "Tavi Roe memberOf United Kingdom (asserted)"))
        // Another nationality in the sentence, a name before the title, the object's place, or a site of no country.
        for (sentence, url) in [
            ("Foreign Secretary Tavi Roe met the Peruvian envoy.", british),
            ("NFU president Tavi Roe met Peru.", british),
            ("Peru met Foreign Secretary Tavi Roe.", british),
            ("Foreign Secretary Tavi Roe met Peru.", "https://example.io/news"),
        ] {
            let found = harness.facts(sentence, url: url)
            #expect(!found.contains { $0.hasPrefix("Tavi Roe memberOf") }, "\(sentence): \(found)")
        }
    }

    @Test("a possessive before a body's name that modifies a noun is the noun's: Chile's OPEC membership")
    func possessiveOfModifiedNoun() {
        #expect(harness.facts("Peru welcomed Chile's OPEC membership.") == ["Peru supports Chile (asserted)"])
        // A name that closes its noun phrase is the possessor's.
        let owned = harness.facts("Peru criticized Chile's Ministry of Mines.")
        #expect(owned.contains("Ministry of Mines memberOf Chile (asserted)"), "\(owned)")
    }

    @Test(
        "an office named by title alone with its country after it, or a country's possessive before it, is that country's",
        arguments: [
            ("The foreign minister of Peru met Chile.", "foreign minister of Peru memberOf Peru (asserted)"),
            ("The President of Ghana criticized Togo.", "President of Ghana leads Ghana (asserted)"),
            ("Ghana's president criticized Togo.", "Ghana's president leads Ghana (asserted)"),
            ("Peru's foreign minister met Chile.", "Peru's foreign minister memberOf Peru (asserted)"),
        ])
    func officeOfCountry(sentence: String, fact: String) {
        let found = harness.facts(sentence)
        #expect(found.contains(fact), "\(found)")
        #expect(found.count == 2, "the office acts, not its country: \(found)")
    }

    @Test("a country that owns what follows it is no office's: a member of Peru's navy")
    func ownerIsNoOffice() {
        let found = harness.facts("Chile detained a member of Peru's navy.")
        #expect(!found.contains { $0.contains("member of Peru ") }, "\(found)")
    }

    @Test("an office with its country resolves only to a holder of that country's office")
    func officeHolderByCountry() {
        let found = harness.facts(
            "Chilean Foreign Minister Rosa Vidal met Peru. The foreign minister of Bolivia criticized Peru.")
        #expect(found.contains("foreign minister of Bolivia criticizes Peru (asserted)"), "\(found)")
        #expect(!found.contains("Rosa Vidal criticizes Peru (asserted)"), "\(found)")
        let same = harness.facts(
            "Chilean Foreign Minister Rosa Vidal met Peru. The foreign minister of Chile criticized Bolivia.")
        #expect(same.contains("Rosa Vidal criticizes Bolivia (asserted)"), "\(same)")
    }

    @Test("a counterpart with a nationality is that country's, named or not, after a possessive pronoun")
    func counterpart() {
        let named = harness.facts("Minister Rosa Vidal met her Bolivian counterpart Luis Arce Mamani in Lima.")
        #expect(named.contains("Rosa Vidal meets Luis Arce Mamani (asserted)"), "\(named)")
        #expect(named.contains("Luis Arce Mamani memberOf Bolivia (asserted)"), "\(named)")
        let unnamed = harness.facts("Chile held talks with its Bolivian counterpart.")
        #expect(
            unnamed == [
                "Chile meets Bolivian counterpart (asserted)", "Bolivian counterpart memberOf Bolivia (asserted)",
            ],
            "\(unnamed)")
    }

    @Test("a title in apposition to a name is that person, not an actor of its own")
    func titleInApposition() {
        let found = harness.facts("Peru hosted Tomas Elvira Santos, the Foreign Minister, on Monday.")
        #expect(found == ["Peru meets Tomas Elvira Santos (asserted)"], "\(found)")
    }

    @Test("a name with an apposition that opens with a title is a person: X, the Foreign Minister of Y")
    func appositiveName() {
        let found = harness.facts("Peru met Tomas Elvira Santos, the Foreign Minister of Chile, in Lima.")
        #expect(found.contains("Peru meets Tomas Elvira Santos (asserted)"), "\(found)")
        #expect(found.contains("Tomas Elvira Santos memberOf Chile (asserted)"), "\(found)")
    }

    @Test("a title with its country and then the holder's name: the Foreign Minister of Y, X")
    func titleThenName() {
        let found = harness.facts("Peru met the Foreign Minister of Chile, Tomas Elvira Santos, in Lima.")
        #expect(found.contains("Peru meets Tomas Elvira Santos (asserted)"), "\(found)")
        #expect(found.contains("Tomas Elvira Santos memberOf Chile (asserted)"), "\(found)")
    }

    @Test("a body before the title in an apposition: X, the USAID administrator")
    func bodyBeforeTitle() {
        let found = harness.facts("Carla Mendez, the USAID administrator, visited Kenya.")
        #expect(found.contains("Carla Mendez leads USAID (asserted)"), "\(found)")
    }

    @Test("an apposition's title may follow a possessive owner, and name a body after 'for' but no country")
    func possessiveAndForAppositions() {
        let owned = harness.facts("Omar Benali, Algeria's trade minister, visited Kenya.")
        #expect(owned.contains("Omar Benali memberOf Algeria (asserted)"), "\(owned)")
        let body = harness.facts("Ana Ruiz, a spokeswoman for the Ministry of Defence, criticized Kenya.")
        #expect(body.contains("Ana Ruiz memberOf Ministry of Defence (asserted)"), "\(body)")
        let envoy = harness.facts("Lars Holm, the Special Envoy for Yemen, visited Kenya.")
        #expect(!envoy.contains { $0.hasPrefix("Lars Holm memberOf Yemen") }, "\(envoy)")
    }

    @Test("a representative to a body is no member of it")
    func representativeTo() {
        let found = harness.facts(
            "Jonas Berg, Norway's Permanent Representative to the United Nations, condemned Iran.")
        #expect(!found.contains("Jonas Berg memberOf United Nations (asserted)"), "\(found)")
    }

    @Test("a body of a country belongs to it: the Ministry of Health of Ghana")
    func bodyOfCountry() {
        let found = harness.facts("The Ministry of Health of Ghana thanked Poland.")
        #expect(found.contains("Ministry of Health memberOf Ghana (asserted)"), "\(found)")
        #expect(found.contains("Ministry of Health supports Poland (asserted)"), "\(found)")
    }

    @Test("whoever is in charge of a body leads it: Officer in Charge of X")
    func inCharge() {
        let found = harness.facts("Peru met Officer in Charge of the Ministry of Health Ana Maria Quispe.")
        #expect(found.contains("Ana Maria Quispe leads Ministry of Health (asserted)"), "\(found)")
    }

    @Test("a title in lower case right before a name is the person's title: State Department spokeswoman X")
    func lowerCaseTitle() {
        let found = harness.facts("Russian foreign minister Pavel Orlov met Chinese officials.")
        #expect(found.contains("Pavel Orlov memberOf Russia (asserted)"), "\(found)")
        #expect(harness.facts("EU member Poland objected.").allSatisfy { !$0.contains("memberOf Poland") })
    }

    @Test("the body before a title holds after an unresolved pronoun earlier in the sentence")
    func titleBodyAfterPronoun() {
        let found = harness.facts("\"We are aware of the reports,\" said State Department spokeswoman Nora Quill.")
        #expect(
            found.contains("Nora Quill memberOf U.S. Department of State (asserted)")
                || found.contains("Nora Quill memberOf State Department (asserted)"), "\(found)")
    }

    @Test(
        "a qualifier before a title says the office was left or just taken",
        arguments: [
            ("Former Kenyan President Uhuru Kenyatta met Abiy Ahmed.", OfficeChange.ended),
            ("The newly appointed Kenyan Foreign Minister Musalia Mudavadi met Abiy Ahmed.", .began),
            ("Incoming Kenyan Foreign Minister Musalia Mudavadi met Abiy Ahmed.", .began),
            ("Ex-Kenyan President Uhuru Kenyatta met Abiy Ahmed.", .ended),
        ])
    func officeChange(sentence: String, change: OfficeChange) throws {
        let facts = try ExtractionHarness().extract(sentence).facts.filter {
            $0.relation == "leads" || $0.relation == "memberOf"
        }
        try #require(!facts.isEmpty, "no standing fact in \(sentence)")
        #expect(facts.allSatisfy { $0.officeChange == change }, "\(facts.map(\.officeChange))")
    }

    @Test("a title without such a qualifier says nothing of the term, and a qualifier in another clause is not read")
    func noOfficeChange() throws {
        for sentence in [
            "Kenyan President William Ruto met Abiy Ahmed.",
            "The former colony welcomed Kenyan President William Ruto.",
        ] {
            let facts = try ExtractionHarness().extract(sentence).facts.filter { $0.relation == "leads" }
            try #require(!facts.isEmpty, "no standing fact in \(sentence)")
            #expect(facts.allSatisfy { $0.officeChange == nil }, "\(sentence)")
        }
    }
}
