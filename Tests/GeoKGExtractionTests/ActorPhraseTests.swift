import Testing

@Suite("Actors that no word list holds: groups, organizations by their form, names split from bodies")
struct ActorPhraseTests {
    let harness: ExtractionHarness

    init() throws {
        harness = try ExtractionHarness()
    }

    @Test(
        "a group phrase is named with its count, modifiers and listed heads, and without its count too",
        arguments: [
            ("Canada sanctioned three member states.", "three member states", "member states"),
            ("Canada sanctioned 11 Houthi individuals and 2 entities.", "11 Houthi individuals and 2 entities", nil),
            (
                "Canada sanctioned more than 40 individuals, entities and vessels.",
                "more than 40 individuals, entities and vessels", nil
            ),
            (
                "Canada sanctioned numerous state-owned shipping companies.", "numerous state-owned shipping companies",
                "state-owned shipping companies"
            ),
            (
                "Canada thanked all the troop- and police-contributing countries.",
                "troop- and police-contributing countries", "all the troop- and police-contributing countries"
            ),
            ("Canada sanctioned the G20 Finance Ministers.", "G20 Finance Ministers", nil),
        ])
    func groupPhrase(sentence: String, label: String, alternative: String?) {
        let names = harness.names(sentence).values.first { $0.first == label }
        #expect(names != nil, "\(harness.names(sentence))")
        if let alternative { #expect(names?.contains(alternative) == true, "\(names ?? [])") }
    }

    @Test("a group's nationality or body makes it a member, when the group acts")
    func groupAffiliation() {
        let found = harness.facts("Canada sanctioned 11 Houthi individuals.")
        #expect(found.contains("11 Houthi individuals memberOf Houthis (asserted)"), "\(found)")
        #expect(
            harness.facts("Canada sanctioned Nicaragua-based entities.").allSatisfy { !$0.contains("memberOf") },
            "based in is no member of")
    }

    @Test("words after a group's head give it a longer name: within X, across X, a participle, a relative clause")
    func groupQualifiers() {
        let names = harness.names(
            "Canada sanctioned key units within the Iranian army and four firms that operate in Syria.")
        #expect(names.values.contains { $0.contains("key units within the Iranian army") }, "\(names)")
        #expect(names.values.contains { $0.contains("four firms that operate in Syria") }, "\(names)")
    }

    @Test("a group noun before names classifies them: the names are the objects")
    func classifierBeforeNames() {
        let found = harness.facts("Canada sanctioned state enterprises JSC Volna and JSC Kometa.")
        #expect(
            found.contains("Canada sanctions JSC Volna (asserted)")
                && found.contains("Canada sanctions JSC Kometa (asserted)"), "\(found)")
    }

    @Test("organization names by their form: legal forms after a comma, cues that open a name, numbers inside")
    func organizationForms() {
        let names = harness.names("Peru sanctioned Minera Andina del Sur, Sociedad Anónima and JSC 412 Tank Plant.")
        #expect(names.values.contains { $0.first == "Minera Andina del Sur, Sociedad Anónima" }, "\(names)")
        #expect(names.values.contains { $0.first == "JSC 412 Tank Plant" }, "\(names)")
        // A name between the comma and the legal form makes the comma one of a list: two companies.
        let listed = harness.facts(
            "Ghana imposed sanctions on three firms, including Volta Shipping Company, Akan Trading Ltd and Tema Oil.")
        #expect(
            listed.contains("Ghana sanctions Volta Shipping Company (asserted)")
                && listed.contains("Ghana sanctions Akan Trading Ltd (asserted)"), "\(listed)")
    }

    @Test("a short name in brackets after a name, or after the place it is in, is another name of it")
    func bracketedShortNames() {
        let found = harness.facts(
            "Chile sanctioned the Andean Mining Company (AMC). Peru later praised AMC.")
        #expect(found.contains("Peru supports Andean Mining Company (asserted)"), "\(found)")
        let names = harness.names("Chile sanctioned the Training Center of the Ministry of Interior in Lima (TCM).")
        #expect(names["TrainingCenter"]?.contains("TCM") == true, "\(names)")
    }

    @Test("a body named after another with its own cue, or possessed by it, belongs to it")
    func bodiesOfBodies() {
        let found = harness.facts(
            "The Bureau of Energy Resources of the Department of State and the Treasury's Office of Foreign Assets Control sanctioned Iran."
        )
        #expect(found.contains("Bureau of Energy Resources memberOf Department of State (asserted)"), "\(found)")
        #expect(found.contains("Office of Foreign Assets Control memberOf Treasury (asserted)"), "\(found)")
    }

    @Test("a body's name takes words after \"on\" or \"for\" but stops before a country there")
    func bodyNameStopsAtCountry() {
        #expect(
            harness.facts("Fresh sanctions by the African Union on Eritrea took effect.")
                == ["African Union sanctions Eritrea (asserted)"])
        #expect(
            harness.facts("The Committee on Maritime Affairs criticized Chile.")
                == ["Committee on Maritime Affairs criticizes Chile (asserted)"])
    }

    @Test("one actor no name gives: an article, the singular of a group noun and a phrase or clause that sets it apart")
    func qualifiedActor() {
        #expect(
            harness.facts("Norway sanctioned an individual linked to the Houthis who smuggled arms.")
                == ["Norway sanctions individual linked to the Houthis (asserted)"])
        #expect(
            harness.facts("Norway sanctioned a shipping firm that moved arms to Yemen.")
                == ["Norway sanctions shipping firm that moved arms to Yemen (asserted)"])
        // Without a qualifier the noun names no one; a title or a body's noun names an office or a body.
        #expect(harness.facts("Norway sanctioned a firm.").isEmpty)
        #expect(
            harness.facts("Norway met the foreign minister of Yemen.") == [
                "Norway meets foreign minister of Yemen (asserted)",
                "foreign minister of Yemen memberOf Yemen (asserted)",
            ])
    }

    @Test("a place in a compound with a participle of place is where a body is, not an actor: Kenya-based X")
    func placeCompound() {
        #expect(
            harness.facts("Kenya-based Tana Freight was sanctioned by Norway.")
                == ["Norway sanctions Tana Freight (asserted)"])
        #expect(
            harness.facts("Norway sanctioned a Kenya-based company.") == [
                "Norway sanctions Kenya-based company (asserted)"
            ])
    }

    @Test("an indefinite noun phrase whose head names a body is an organization: a state-owned shipping company")
    func describedOrganization() {
        #expect(
            harness.facts("Norway sanctioned a state-owned shipping company.") == [
                "Norway sanctions state-owned shipping company (asserted)"
            ])
        #expect(
            harness.facts("Norway sanctioned a Peruvian bank.") == [
                "Norway sanctions Peruvian bank (asserted)", "Peruvian bank memberOf Peru (asserted)",
            ])
        // A head that goes on into another noun names no body (`a shipping company owner`).
        #expect(harness.facts("Norway sanctioned a state-owned company owner.").isEmpty)
        // `such a` names a kind of body, not one.
        #expect(harness.facts("Norway would welcome such a neutral monitoring mission.").isEmpty)
    }

    @Test("a described body in apposition to a name is that name's bearer: Tana Freight, a Kenyan shipping company")
    func describedInApposition() {
        // Capitalised words that no list holds, described as a body, name that body.
        #expect(
            harness.facts("Norway sanctioned Tana Freight, a Kenyan shipping company.") == [
                "Norway sanctions Tana Freight (asserted)", "Tana Freight memberOf Kenya (asserted)",
            ])
        let known = harness.facts("Norway sanctioned Huawei, a Chinese telecommunications company.")
        #expect(known == ["Norway sanctions Huawei (asserted)", "Huawei memberOf China (asserted)"])
        // One capitalised word before the comma names nothing (`On Tuesday, a ...`).
        #expect(
            harness.facts("On Tuesday, a Kenyan bank was sanctioned by Norway.") == [
                "Norway sanctions Kenyan bank (asserted)", "Kenyan bank memberOf Kenya (asserted)",
            ])
    }

    @Test("an office from a country is an office of that country: the envoy from Ghana")
    func officeFromCountry() {
        let found = harness.facts("The ambassador from Ghana met the foreign minister of Peru.")
        #expect(found.contains("ambassador from Ghana memberOf Ghana (asserted)"), "\(found)")
        #expect(found.contains("ambassador from Ghana meets foreign minister of Peru (asserted)"), "\(found)")
    }

    @Test("a title word that closes a person's name is a family name: Defence Secretary Ana King")
    func titleWordAsFamilyName() {
        let found = harness.facts("Chilean Defence Secretary Ana King has criticized Peru.")
        #expect(found.contains("Ana King criticizes Peru (asserted)"), "\(found)")
    }

    @Test("a name that a cue opens stops before the first half of a hyphenated compound")
    func nameBeforeCompound() {
        #expect(
            harness.facts("Chile thanked the Lima Police Department K-9 team.")
                == ["Chile supports Lima Police Department (asserted)"])
    }

    @Test("a leader's surname before a government noun is the country the leader leads: the Putin government")
    func leaderGovernment() {
        #expect(harness.facts("The Putin government criticized Moldova.") == ["Russia criticizes Moldova (asserted)"])
        #expect(
            harness.facts("Chile criticized the Obama administration.") == ["Chile criticizes United States (asserted)"]
        )
    }

    @Test("a country abbreviated in brackets before a body owns it")
    func countryInBrackets() {
        let found = harness.facts("The Republic of Korea (ROK) Navy met Japan.")
        #expect(found.contains("ROK Navy memberOf South Korea (asserted)"), "\(found)")
    }

    @Test("a person's name is split from a body's name that ran into it, by a known given or family name")
    func nameSplitFromBody() {
        let found = harness.facts("Peru met Secretary of the Department of Agriculture Francisco Ruiz Tello.")
        #expect(found.contains("Peru meets Francisco Ruiz Tello (asserted)"), "\(found)")
        #expect(found.contains("Francisco Ruiz Tello memberOf Department of Agriculture (asserted)"), "\(found)")
    }

    @Test("a name opened by a given name the gazetteer's people bear is a person's")
    func nameByGivenName() {
        let found = harness.facts("Norway sanctioned Viktor Sheiman.")
        #expect(found == ["Norway sanctions Viktor Sheiman (asserted)"], "\(found)")
    }

    @Test("\"those that ...\" is a group named by its relative clause, which it is the subject of")
    func demonstrativeGroup() {
        let found = harness.facts("Canada sanctioned those that support or finance the Houthis across the region.")
        let group = "those that support or finance the Houthis"
        #expect(
            found.contains("Canada sanctions \(group) (asserted)")
                && found.contains("\(group) supports Houthis (asserted)"), "\(found)")
    }

    @Test("words joined by \"and\" stay in one body's name, unless a name ends before it")
    func andInNames() {
        let names = harness.names(
            "Chile thanked the Peace and Stabilization Office and the Andean Mining Plant and JSC Kometa.")
        #expect(names.values.contains { $0.first == "Peace and Stabilization Office" }, "\(names)")
        #expect(names.values.contains { $0.first == "JSC Kometa" }, "\(names)")
    }

    @Test("a number after a name opens a noun phrase of its own: no group runs across it")
    func numberOpensPhrase() {
        let found = harness.facts("Libya offered to hand Malta two suspects.")
        #expect(found.contains("Libya agreesWith Malta (asserted)"), "\(found)")
        #expect(!found.contains { $0.contains("Malta two") }, "\(found)")
    }

    @Test("a plural demonym of several words names the country's people: the North Koreans")
    func multiWordPluralDemonym() {
        let found = harness.facts("The North Koreans fired missiles at Japan.")
        #expect(found.contains("North Koreans memberOf North Korea (asserted)"), "\(found)")
        #expect(!found.contains { $0.contains("South Korea") }, "\(found)")
    }

    @Test("a government noun before a country's name is that country: the authorities in Ghana, the Government of Togo")
    func governmentOfCountry() {
        #expect(
            harness.facts("The authorities in Ghana accused Togo of violence.") == ["Ghana accuses Togo (asserted)"])
        #expect(harness.facts("Authorities in Ghana accused Togo of violence.") == ["Ghana accuses Togo (asserted)"])
        #expect(harness.facts("Togo criticized the Government of Ghana.") == ["Togo criticizes Ghana (asserted)"])
    }

    @Test("a phrase of place after a group ends where the verb begins: a delegation from Kenya visited Togo")
    func qualifierEndsAtVerb() {
        let names = harness.names("A delegation from Kenya visited Togo.")
        #expect(names.values.contains { $0.contains("delegation from Kenya") }, "\(names)")
        #expect(!names.values.contains { $0.contains { $0.contains("visited") } }, "\(names)")
    }

    @Test("after a nationality, a participle before the group's head qualifies it: the Chadian armed forces")
    func participleAfterNationality() {
        let found = harness.facts("Togo has criticized the Chadian armed forces.")
        #expect(found.contains("Togo criticizes Chadian armed forces (asserted)"), "\(found)")
    }

    @Test("a plural title opened by a modifier of titles is a group: senior officials")
    func modifiedPluralTitle() {
        #expect(
            harness.facts("Yesterday senior officials visited Azerbaijan.") == [
                "senior officials visits Azerbaijan (asserted)"
            ])
    }

    @Test(
        "a plain plural head with a clause or a source after it is a group, named with it: entities that support X, officials from Y"
    )
    func headWithClause() {
        let found = harness.facts("Canada sanctioned entities that support Russia's war machine.")
        #expect(found.contains("Canada sanctions entities that support Russia's war machine (asserted)"), "\(found)")
        #expect(found.contains("entities that support Russia's war machine supports Russia (asserted)"), "\(found)")
        #expect(harness.facts("Canada sanctioned entities.").isEmpty, "a bare head names no one")
        #expect(harness.facts("Officials from Kenya visited Togo.") == ["Officials from Kenya visits Togo (asserted)"])
        #expect(
            harness.facts("Officials from both ministries met Ghana.") == [
                "Officials from both ministries meets Ghana (asserted)"
            ])
        #expect(harness.facts("Groups in Kenya attacked Togo.").isEmpty, "a place sets no group apart")
    }

    @Test("two present participles joined by a coordinator, with their object, qualify a group's head")
    func coordinatedParticiplesQualifyAGroup() {
        let names = harness.names("Chile designated numerous entities producing and selling Peruvian drones.")
        #expect(
            names.values.contains { $0.contains("numerous entities producing and selling Peruvian drones") },
            "\(names)")
    }
}
