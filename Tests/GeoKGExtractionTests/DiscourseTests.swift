import Testing

@Suite("Who speaks and for whom: first person, headlines, the article's own country")
struct DiscourseTests {
    let harness: ExtractionHarness

    init() throws {
        harness = try ExtractionHarness()
    }

    @Test("\"We, the X,\" makes X the body that \"we\" and \"our\" stand for")
    func issuerInApposition() {
        let found = harness.facts(
            "We, the European Union, condemn the attacks on Chad. Our support for Chad is firm. Kenya must withdraw its troops."
        )
        #expect(found.contains("European Union supports Chad (asserted)"), "\(found)")
        #expect(
            found.contains("European Union demands Kenya (asserted)"), "a first-person obligation is a demand: \(found)"
        )
    }

    @Test("a headline naming the speaker makes \"I\" the speaker and \"we\" the speaker's body")
    func speakerFromHeadline() {
        let found = harness.facts(
            "Today I welcome Ghana's decision. We will work with Ghana on trade.",
            title: "Remarks by Secretary of State Antony Blinken on West Africa", date: "2023-04-02")
        #expect(found.contains("Antony Blinken supports Ghana (asserted)"), "\(found)")
        #expect(found.contains("United States cooperatesWith Ghana (planned)"), "\(found)")
    }

    @Test("a headline naming its issuer (\"X statement\") makes X the body of \"we\"")
    func issuerFromHeadline() {
        let found = harness.facts(
            "We strongly condemn Eritrea's shelling of the border towns.",
            title: "Canada statement at the UN Security Council")
        #expect(found.contains("Canada criticizes Eritrea (asserted)"), "\(found)")
    }

    @Test("a byline, a titled name alone on the opening line, names the speaker \"I\" stands for")
    func byline() {
        let found = harness.facts("Foreign Minister Tavi Roe\n\nI met the President of Chile this morning.")
        #expect(found.contains("Tavi Roe meets President of Chile (asserted)"), "\(found)")
        // A name in a sentence of its own words is no byline.
        let plain = harness.facts("Foreign Minister Tavi Roe spoke.\n\nI met the President of Chile this morning.")
        #expect(!plain.contains { $0.hasPrefix("Tavi Roe meets") }, "\(plain)")
    }

    @Test("a headline naming several issuers makes \"we\" all of them: Joint Statement of X and Y, X-Y Statement")
    func jointIssuers() {
        for title in ["Joint Statement of Ghana and Togo", "Ghana-Togo Joint Statement"] {
            let found = harness.facts("We call on Peru to release the detainees.", title: title)
            #expect(found == ["Ghana requests Peru (asserted)", "Togo requests Peru (asserted)"], "\(title): \(found)")
        }
        let one = harness.facts(
            "We call on Peru to release the detainees.", title: "Statement by the Government of Ghana")
        #expect(one == ["Ghana requests Peru (asserted)"])
    }

    @Test("the holder of a possessive before an event noun does the act: our support, Kenya has our support")
    func possessiveHolder() {
        let title = "Canada statement at the UN Security Council"
        let reaffirmed = harness.facts("Let me thank the Envoy and reaffirm our support for Ghana.", title: title)
        #expect(reaffirmed.contains("Canada supports Ghana (asserted)"), "\(reaffirmed)")
        let held = harness.facts("Thank you, President. Kenya has our full support in this crisis.", title: title)
        #expect(held == ["Canada supports Kenya (asserted)"], "\(held)")
        let listed = harness.facts(
            "We will continue our political, economic and humanitarian support to Chad.", title: title)
        #expect(listed.contains("Canada supports Chad (asserted)"), "\(listed)")
        let coordinated = harness.facts("Let me start with remarks on Russia and our support for Ghana.", title: title)
        #expect(
            coordinated == ["Canada supports Ghana (asserted)"],
            "a name before the pronoun owns nothing: \(coordinated)")
    }

    @Test("\"we\" in a text from a national site is that country, even after another actor has acted")
    func weFromSource() {
        let found = harness.facts("Let me begin with our support for Ghana.", url: "https://www.example.gov/briefing")
        #expect(found == ["United States supports Ghana (asserted)"], "\(found)")
        #expect(harness.facts("Let me begin with our support for Ghana.", url: "https://example.io/x").isEmpty)
        let after = harness.facts(
            "Togo attacked Ghana on Monday. We condemn this attack.", url: "https://www.example.gov/remarks")
        #expect(after.contains("United States criticizes Togo (asserted)"), "\(after)")
    }

    @Test("\"we\" in a quotation of a report is not the report's first actor")
    func quotedWe() {
        let quoted = harness.facts(
            "North Korea fired a missile on Monday. \"We will defend our allies,\" a statement said.")
        #expect(!quoted.contains { $0.hasPrefix("North Korea supports") }, "\(quoted)")
        let plain = harness.facts("North Korea fired a missile on Monday. We will defend our allies.")
        #expect(plain.contains("North Korea supports allies (planned)"), "\(plain)")
    }

    @Test("the Government and the Administration are the country of the article's source")
    func homeGovernment() {
        let british = harness.facts("The Government urged Norway to act.", url: "https://www.example.co.uk/news/1")
        #expect(british.contains("United Kingdom requests Norway (asserted)"), "\(british)")
        let american = harness.facts("The Administration urged Norway to act.", url: "https://www.example.gov/news/1")
        #expect(american.contains("United States requests Norway (asserted)"), "\(american)")
        #expect(harness.facts("The Government urged Norway to act.", url: "https://example.io/x").isEmpty)
    }

    @Test("a transcript label makes the labelled person the speaker until the next label")
    func transcriptLabels() {
        let found = harness.facts(
            "Spokesperson Jane Roe opened the briefing.\n\nMS ROE: I condemn Belarus for the arrests.\n\nQUESTION: Do I condemn Peru?",
            url: "https://example.org/briefing")
        #expect(found.contains("Jane Roe criticizes Belarus (asserted)"), "\(found)")
        #expect(!found.contains { $0.contains("Peru") }, "a journalist's I is no one known: \(found)")
    }

    @Test("the headline is read for facts, in sentence case")
    func headlineFacts() {
        let found = harness.facts(
            "The measures take effect today.", title: "Norway imposes sanctions on Belarus over election")
        #expect(found.contains("Norway sanctions Belarus (asserted)"), "\(found)")
    }

    @Test("a closing signature line names who speaks from the start: its person is \"I\", its body \"we\"")
    func lateSignature() {
        let signed = harness.facts("I urge Bolivia to act.\n\n— Jane Roe, Foreign Minister of Chile")
        #expect(signed.contains("Jane Roe requests Bolivia (asserted)"), "\(signed)")
        let body = harness.facts("We urge Bolivia to act.\n\n— Jane Roe, Foreign Minister of Chile")
        #expect(body.contains("Chile requests Bolivia (asserted)"), "\(body)")
        // A name cut short by the line after it signs nothing.
        let cut = harness.facts("I urge Bolivia to act.\n\nAna Maria Ruiz\nForeign Minister")
        #expect(!cut.contains { $0.hasPrefix("Ana Maria requests") }, "\(cut)")
        // A contact line signs nothing.
        let contact = harness.facts("I urge Bolivia to act.\n\nMedia contact: Jane Roe, Ministry of Foreign Affairs")
        #expect(!contact.contains { $0.hasPrefix("Jane Roe requests") }, "\(contact)")
    }
}
