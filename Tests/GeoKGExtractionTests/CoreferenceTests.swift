import GeoKGExtraction
import Testing

@Suite("Coreference across the article: offices, pairs, plural and neuter pronouns, deeds")
struct CoreferenceTests {
    let harness: ExtractionHarness

    init() throws {
        harness = try ExtractionHarness()
    }

    @Test("a title no one in the article holds stands as an office of its own, with the speaker's country for \"my\"")
    func officeByTitle() {
        let found = harness.facts(
            "My Foreign Secretary has urged Serbia to show restraint.", title: "Norway statement at the OSCE")
        #expect(found.contains("Foreign Secretary requests Serbia (asserted)"), "\(found)")
        #expect(found.contains("Foreign Secretary memberOf Norway (asserted)"), "\(found)")
        let names = harness.names(
            "My Foreign Secretary has urged Serbia to show restraint.", title: "Norway statement at the OSCE")
        #expect(names["ForeignSecretary"] == ["Foreign Secretary", "My Foreign Secretary"], "\(names)")
    }

    @Test(
        "a national office named by title alone belongs to the article's own country; a bare or a body's title does not"
    )
    func officeOfHomeCountry() {
        let url = "https://www.example.co.uk/news/1"
        let national = harness.facts("The Prime Minister urged Serbia to show restraint.", url: url)
        #expect(national.contains("Prime Minister leads United Kingdom (asserted)"), "\(national)")
        let bare = harness.facts("The Minister urged Serbia to show restraint.", url: url)
        #expect(!bare.contains { $0.contains("memberOf United Kingdom") }, "\(bare)")
        let body = harness.facts("The Deputy Commander urged Serbia to show restraint.", url: url)
        #expect(!body.contains { $0.contains("United Kingdom") }, "\(body)")
    }

    @Test("a title the article's person holds stands for that person")
    func titleOfNamedHolder() {
        let found = harness.facts(
            "Secretary of State Antony Blinken arrived in Hanoi on Monday. The Secretary later condemned Russia.",
            date: "2023-04-02")
        #expect(found.contains("Antony Blinken criticizes Russia (asserted)"), "\(found)")
    }

    @Test("\"the two sides\" and \"both countries\" stand for the last two actors named")
    func pairs() {
        #expect(
            harness.facts("Peru met Chile in Lima. The two sides agreed to reopen the border.")
                .contains("Peru agreesWith Chile (asserted)"))
        #expect(
            harness.facts("Peru hosted Chile. Both countries later signed a treaty.")
                .contains("Peru agreesWith Chile (asserted)"))
    }

    @Test("\"the two leaders\" are the last two named together, else the last two named but the sentence's subject")
    func pairsNamedTogether() {
        let together = harness.facts(
            "William Ruto spoke with Yoweri Museveni and Paul Kagame. He urged the two leaders to sign the deal.")
        #expect(together.contains("William Ruto requests Yoweri Museveni (asserted)"), "\(together)")
        #expect(together.contains("William Ruto requests Paul Kagame (asserted)"), "\(together)")
        let apart = harness.facts(
            "William Ruto spoke with Yoweri Museveni. He also met Paul Kagame. He urged the two leaders to sign the deal."
        )
        #expect(apart.contains("William Ruto requests Yoweri Museveni (asserted)"), "\(apart)")
        #expect(apart.contains("William Ruto requests Paul Kagame (asserted)"), "\(apart)")
    }

    @Test("\"them\" stands for every member of the last coordination")
    func pluralPronoun() {
        let found = harness.facts("Laos, Cambodia and Thailand closed the river. Vietnam urged them to reopen it.")
        for country in ["Laos", "Cambodia", "Thailand"] {
            #expect(found.contains("Vietnam requests \(country) (asserted)"), "\(found)")
        }
    }

    @Test("\"him\" and \"his\" take the person named last; \"he\" the last subject")
    func objectPronouns() {
        let found = harness.facts(
            "Prime Minister Jane Doe welcomed Sultan Haitham bin Tariq. She praised him for his mediation.",
            url: "https://example.org/b")
        #expect(found.contains("Jane Doe supports Haitham bin Tariq (asserted)"), "\(found)")
    }

    @Test("\"it\" in the middle of a sentence stands for the country or organization named in it before")
    func neuterPronounMidSentence() {
        let found = harness.facts("After the vote, Ghana said that it would back Togo.")
        #expect(found.contains("Ghana supports Togo (planned)"), "\(found)")
        #expect(harness.facts("It is clear that Ghana lost.").isEmpty, "an expletive it names no one")
    }

    @Test("\"it\" opening a coordinated clause stands for the subject of the clause before")
    func neuterPronounParallel() {
        let found = harness.facts("Ghana criticized Togo on Monday, and it also condemned Benin.")
        #expect(found.contains("Ghana criticizes Benin (asserted)"), "\(found)")
        #expect(!found.contains("Togo criticizes Benin (asserted)"), "\(found)")
    }

    @Test("\"this act\" as an object stands for the last actor who acted")
    func deeds() {
        let found = harness.facts("Yesterday Armenia shelled Azerbaijan. Georgia condemned this act of aggression.")
        #expect(found.contains("Armenia attacks Azerbaijan (asserted)"), "\(found)")
        #expect(found.contains("Georgia criticizes Armenia (asserted)"), "\(found)")
    }

    @Test("an office with a nationality is that country's, in lower case too: a senior Chilean minister")
    func officeWithNationality() {
        let found = harness.facts("A senior Chilean minister urged Peru to reopen the border.")
        #expect(found.contains("Chilean minister requests Peru (asserted)"), "\(found)")
        #expect(found.contains("Chilean minister memberOf Chile (asserted)"), "\(found)")
    }

    @Test("a body named by its head noun alone is the last body whose name holds that noun, capitalised or not")
    func bodyByHeadNoun() {
        let ministry = harness.facts("The Ministry of Health criticized Chile. The ministry also urged Peru to act.")
        #expect(ministry.contains("Ministry of Health requests Peru (asserted)"), "\(ministry)")
        let department = harness.facts(
            "The Department of Labor praised Chile. The Department then called on Peru to act.")
        #expect(department.contains("Department of Labor requests Peru (asserted)"), "\(department)")
        // Where a name goes on after the noun, it is that name, not a description.
        let named = harness.facts("The Department of Labor praised Chile. The Department of Justice criticized Peru.")
        #expect(!named.contains { $0.hasPrefix("Department of Labor criticizes") }, "\(named)")
    }

    @Test("\"the Secretary\" is a holder whose title it opens, not an Assistant Secretary")
    func titlePrefix() {
        let found = harness.facts(
            "Assistant Secretary Jane Roe visited Chile. The Secretary later spoke with Peru.", date: "2023-04-02")
        #expect(!found.contains("Jane Roe meets Peru (asserted)"), "\(found)")
    }

    @Test(
        "a deed with adjectives after an adverbial still stands for its doer: condemned in the strongest terms these barbaric attacks"
    )
    func deedWithAdjectives() {
        let found = harness.facts(
            "Yesterday Armenia shelled Azerbaijan. Georgia condemned in the strongest terms these barbaric attacks.")
        #expect(found.contains("Georgia criticizes Armenia (asserted)"), "\(found)")
    }

    @Test("a reciprocal object makes each subject act on the other: accused each other, blamed one another")
    func reciprocalObject() {
        let accused = harness.facts("Ghana and Togo accused each other of violating the truce.")
        #expect(
            accused.contains("Ghana accuses Togo (asserted)") && accused.contains("Togo accuses Ghana (asserted)"),
            "\(accused)")
        let met = harness.facts("Ghana and Togo will cooperate with one another.")
        #expect(met == ["Ghana cooperatesWith Togo (planned)"], "a symmetric relation holds once: \(met)")
        #expect(harness.facts("Ghana criticized one other country.").isEmpty, "\"other\" before a noun is no pronoun")
    }

    @Test("a family name alone and the full name later are one person; a family name in capitals is that person")
    func familyNameThenFullName() {
        #expect(
            harness.facts("Foreign Minister Roe met Peru. Foreign Minister Tavi Roe later visited Chile.") == [
                "Tavi Roe meets Peru (asserted)", "Tavi Roe visits Chile (asserted)",
            ])
        #expect(
            harness.facts("Foreign Minister Tavi Roe met Peru. ROE criticized Chile.") == [
                "Tavi Roe meets Peru (asserted)", "Tavi Roe criticizes Chile (asserted)",
            ])
    }

    @Test("a leader named by family name alone from the first mention, when the article's date says who is in office")
    func leaderByFamilyName() {
        // Facts of the gazetteer: Emmanuel Macron has been President of France since 2017; "Erdogan" is an alias
        // spelling of Recep Tayyip Erdoğan's family name.
        #expect(harness.extract("Macron visited Chile.").facts.map(\.subject) == ["EmmanuelMacron"])
        #expect(harness.extract("Erdogan visited Chile.").facts.map(\.subject) == ["RecepTayyipErdogan"])
        // With no date, nobody is known to be in office; a given name before makes another person.
        #expect(harness.facts("Macron visited Chile.", date: nil).isEmpty)
        #expect(!harness.facts("Brigitte Macron visited Chile.").contains { $0.hasPrefix("Emmanuel Macron") })
    }

    @Test("a trigger of the reciprocal voice with coordinated subjects and no object holds each way: exchanged fire")
    func reciprocalVoice() {
        #expect(
            harness.facts("Ghana and Togo exchanged fire on Sunday.") == [
                "Ghana attacks Togo (asserted)", "Togo attacks Ghana (asserted)",
            ])
        // The frame's own words must be there: a bare "clashed" could be with anyone.
        #expect(harness.facts("Ghana and Togo clashed on Sunday.").isEmpty)
        // A frame with "with" is not reciprocal for that alone: a commitment is not given to each other.
        #expect(harness.facts("Ghana and Togo reaffirmed their commitment to peace.").isEmpty)
    }

    @Test("a relative pronoun stands for the noun before it: no actor further left is its verb's subject")
    func relativePronounHead() {
        let noActor = harness.facts("Jane Roe criticized the move of the company, which has supported Ghana.")
        #expect(!noActor.contains { $0.contains(" supports ") }, "\(noActor)")
        let deed = harness.facts(
            "Kenya will act against those who facilitate the Wagner Group's destabilizing activities, which threaten Mali."
        )
        #expect(deed.contains("Wagner Group threatens Mali (asserted)"), "a deed stands for its owner: \(deed)")
    }
}
