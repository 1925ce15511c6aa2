import Testing

@Suite("Triggers with their frames: light verbs, adverbials, senses decided by the object, passives")
struct TriggerFrameTests {
    let harness: ExtractionHarness

    init() throws {
        harness = try ExtractionHarness()
    }

    @Test(
        "a light verb with its noun and preposition states the relation",
        arguments: [
            ("Peru held discussions with Chile.", "Peru meets Chile (asserted)"),
            ("Japan provided aid to Tonga.", "Japan supports Tonga (asserted)"),
            ("Canada imposed costs on Iran.", "Canada sanctions Iran (asserted)"),
            ("Chile entered into an agreement with Peru.", "Chile agreesWith Peru (asserted)"),
            ("Ireland placed Belarus on its sanctions list.", "Ireland sanctions Belarus (asserted)"),
            ("Kenya expressed its gratitude to Japan.", "Kenya supports Japan (asserted)"),
            ("Kenya expressed satisfaction with Japan.", "Kenya supports Japan (asserted)"),
            ("Kenya will strengthen relations with Japan.", "Kenya cooperatesWith Japan (planned)"),
            ("Kenya expressed strong objections to Japan's whaling.", "Kenya criticizes Japan (asserted)"),
            ("Kenya raised objections to Japan.", "Kenya criticizes Japan (asserted)"),
        ])
    func lightVerbs(sentence: String, fact: String) {
        let found = harness.facts(sentence)
        #expect(found.contains(fact), "\(found)")
    }

    @Test("a noun trigger's agent may follow it with \"by\", or \"of\" when its object has another preposition")
    func agentAfterNoun() {
        #expect(harness.facts("The assault by Eritrea on Ethiopia ended.") == ["Eritrea attacks Ethiopia (asserted)"])
        #expect(
            harness.facts("The visit by Ghana and Togo to Benin ended.")
                == ["Ghana visits Benin (asserted)", "Togo visits Benin (asserted)"])
        #expect(harness.facts("The visit of Ghana to Benin ended.") == ["Ghana visits Benin (asserted)"])
        // Where the frame's own preposition is "of", what follows it is the object.
        #expect(harness.facts("Ghana's tour of Benin ended.") == ["Ghana visits Benin (asserted)"])
    }

    @Test("a deed named as the object stands for its doer named after \"by\"; the one it is done to is no object")
    func deedByAgent() {
        #expect(harness.facts("Peru condemned the strikes by Bolivia.") == ["Peru criticizes Bolivia (asserted)"])
        // After a hostile deed's "of", the actor is its patient: condemning the invasion of Chile is not condemning
        // Chile, but the invader named after "by".
        #expect(harness.facts("Peru condemned the invasion of Chile.").isEmpty)
        #expect(
            harness.facts("Peru condemned the invasion of Chile by Bolivia.") == ["Peru criticizes Bolivia (asserted)"])
        // After a friendly deed's "of", the actor may be the doer.
        #expect(harness.facts("Peru welcomed the support of Chile.") == ["Peru supports Chile (asserted)"])
    }

    @Test("a capital after a trigger that takes places is the place visited; after other verbs, only a setting")
    func placeObject() {
        let arrival = harness.facts("Chile's president arrived in Dodoma.")
        #expect(arrival.contains("Chile's president visits Tanzania (asserted)"), "\(arrival)")
        #expect(harness.facts("Chile met Peru in Dodoma.") == ["Chile meets Peru (asserted)"])
    }

    @Test("telling an actor to act is a directive; telling what happened is not")
    func tellTo() {
        #expect(harness.facts("Benin told Niger to reopen the border.") == ["Benin demands Niger (asserted)"])
        #expect(harness.facts("Benin told Niger that the border had reopened.").isEmpty)
    }

    @Test("adverbials may stand between a verb and its preposition")
    func adverbials() {
        let found = harness.facts("Kenya met on Tuesday in Geneva with Uganda.")
        #expect(found == ["Kenya meets Uganda (asserted)"], "\(found)")
    }

    @Test("the frame that needs more words wins: suspending tariffs eases, suspending exports restricts")
    func specificFrame() {
        #expect(harness.facts("Mexico suspended tariffs on Chile.") == ["Mexico eases Chile (asserted)"])
        #expect(harness.facts("Mexico suspended exports of corn.") == ["Mexico restricts corn (asserted)"])
    }

    @Test("a word that triggers two relations is decided by its object")
    func senseByObject() {
        #expect(harness.facts("Israel targeted Lebanon.") == ["Israel attacks Lebanon (asserted)"])
        #expect(
            harness.facts("Australia targeted Rosneft Oil Company.").allSatisfy { $0.contains(" sanctions ") })
    }

    @Test("the words a frame needs are no trigger of their own")
    func frameWordsConsumed() {
        #expect(harness.facts("Serbia faces sanctions from Croatia.") == ["Croatia sanctions Serbia (asserted)"])
    }

    @Test("an agentless passive of an institutional act takes the last actor of that act")
    func implicitAgent() {
        let found = harness.facts("Canada sanctioned Belarus on Monday. Two Belarusian banks were also sanctioned.")
        #expect(found.contains("Canada sanctions Two Belarusian banks (asserted)"), "\(found)")
        #expect(!harness.facts("Two soldiers were killed.").contains { $0.contains(" attacks ") })
    }

    @Test("participles listed by a copula: those sanctioned include X and Y")
    func listedPatients() {
        let found = harness.facts(
            "Norway sanctioned Belarus. Those sanctioned include Viktor Sheiman and Yuri Sivakov.")
        #expect(
            found.contains("Norway sanctions Viktor Sheiman (asserted)")
                && found.contains("Norway sanctions Yuri Sivakov (asserted)"), "\(found)")
    }

    @Test("what a directive asks has not happened: urging X to meet Y states no meeting")
    func directiveComplement() {
        let found = harness.facts("Qatar urged Israel and Hamas to agree a truce.")
        #expect(found == ["Qatar requests Israel (asserted)", "Qatar requests Hamas (asserted)"], "\(found)")
    }

    @Test("an object the frame's preposition introduces is no place: fired missiles at X attacks X")
    func prepositionalObjectIsNoPlace() {
        #expect(harness.facts("Yemen fired missiles at Israel.") == ["Yemen attacks Israel (asserted)"])
    }

    @Test("a direct object follows no preposition: defending oneself against X does not defend X")
    func directObjectStopsAtPreposition() {
        #expect(
            !harness.facts("Ukraine has the right to defend itself against Russian aggression.").contains {
                $0.contains(" supports ")
            })
    }

    @Test("welcoming an actor's deed supports the actor")
    func welcomedDeed() {
        #expect(harness.facts("Chile welcomed the decision by Peru.").contains("Chile supports Peru (asserted)"))
    }

    @Test("a directive's object is the subject of its that-clause, with or without a modal")
    func directiveThatClause() {
        #expect(harness.facts("Peru demanded that Chile withdraw its ships.") == ["Peru demands Chile (asserted)"])
        #expect(harness.facts("Peru announced that Chile had withdrawn its ships.").isEmpty)
    }

    @Test("a deed's agent is the object: condemning the attacks carried out by X criticizes X")
    func deedAgent() {
        #expect(
            harness.facts("Chile condemned the attacks carried out by Peru.") == ["Chile criticizes Peru (asserted)"])
        // Any noun that names an act takes its doer after "by".
        let visit = harness.facts("Chile condemned the visit by the Bolivian delegation to Peru.")
        #expect(visit.contains("Chile criticizes Bolivian delegation (asserted)"), "\(visit)")
    }

    @Test("a war between two actors is each attacking the other; talks between them are one meeting")
    func between() {
        #expect(
            harness.facts("The war between Peru and Chile went on.") == [
                "Peru attacks Chile (asserted)", "Chile attacks Peru (asserted)",
            ])
    }

    @Test("a participle with a by-agent after a noun qualifies the noun: no actor before it acts")
    func reducedPassive() {
        #expect(harness.facts("Investment in Peru directed or financed by Chile grew.").isEmpty)
    }

    @Test("a relative clause whose object is the noun it qualifies: the banks that Chile sanctioned")
    func objectRelative() {
        let found = harness.facts("The three Peruvian banks that Chile sanctioned last week appealed.")
        #expect(found.contains("Chile sanctions three Peruvian banks (asserted)"), "\(found)")
    }

    @Test("an actor joined by a hyphen to a participle trigger does the act: the Iran-backed militia")
    func hyphenCompound() {
        let found = harness.facts("The Iran-backed Houthis fired missiles.")
        #expect(found.contains("Iran supports Houthis (asserted)"), "\(found)")
        // Glued to a word that names no actor, the participle only describes the noun: nobody threatens here.
        let described = harness.facts("Ghana mounted its long-threatened invasion of Togo.")
        #expect(!described.contains { $0.contains(" threatens ") }, "\(described)")
    }

    @Test("coordinated verbs share the object; adjectives with commas and hyphens stand inside a frame")
    func coordinatedVerbsAndAdjectives() {
        #expect(
            harness.facts("Chile remains committed to supporting and strengthening Peru.") == [
                "Chile supports Peru (asserted)"
            ])
        #expect(
            harness.facts("Chile is providing critical, life-saving support to Peru.") == [
                "Chile supports Peru (asserted)"
            ])
    }

    @Test(
        "an intent to act for another actor is an agreement with that actor (CAMEO 03)",
        arguments: [
            ("Peru offered to hand over to Chile two of its nationals.", "Peru agreesWith Chile (asserted)"),
            ("Bolivia is willing to withdraw its troops from Paraguay.", "Bolivia agreesWith Paraguay (asserted)"),
            ("Ghana promised to return the seized weapons to Togo.", "Ghana agreesWith Togo (asserted)"),
        ])
    func intent(sentence: String, fact: String) {
        let found = harness.facts(sentence)
        #expect(found.contains(fact), "\(found)")
    }

    @Test("refusing to act toward an actor rejects it, and the act itself is denied")
    func refusal() {
        let found = harness.facts("Peru refused to meet the Chilean envoy Ana Rojas in Lima.")
        #expect(found.contains("Peru criticizes Ana Rojas (asserted)"), "\(found)")
        #expect(found.contains("Peru meets Ana Rojas (negated)"), "\(found)")
        // Declining a hostile act toward an actor is no disapproval of it.
        let declined = harness.facts("Chile refused to impose sanctions on Bolivia.")
        #expect(declined == ["Chile sanctions Bolivia (negated)"], "\(declined)")
        // The act refused is the infinitive's verb: refusing to answer a demand from an actor still rejects it.
        let answered = harness.facts("Chile refused to respond to a demand from Bolivia.")
        #expect(answered.contains("Chile criticizes Bolivia (asserted)"), "\(answered)")
    }

    @Test("rejecting a call, offer or plan from an actor criticizes that actor")
    func rejectedProposal() {
        #expect(
            harness.facts("Peru rejected the latest calls by Chile for new talks.").contains(
                "Peru criticizes Chile (asserted)"))
        #expect(
            harness.facts("Mali dismissed an offer from Niger to mediate.").contains("Mali criticizes Niger (asserted)")
        )
    }

    @Test("threatening action against an actor threatens it")
    func threatenedAction() {
        #expect(harness.facts("Cuba threatened new measures against Haiti.") == ["Cuba threatens Haiti (asserted)"])
    }

    @Test("an intent on a condition of another actor's act threatens that actor; a plain condition does not")
    func ultimatum() {
        let withdrawal = harness.facts(
            "Ghana said it would pull its troops out of Mali unless Togo reopened the border.")
        #expect(withdrawal.contains("Ghana threatens Togo (asserted)"), "\(withdrawal)")
        let threat = harness.facts("Peru threatened to close its embassy if Chile expels the consul.")
        #expect(threat.contains("Peru threatens Chile (asserted)"), "\(threat)")
        #expect(harness.facts("Peru will host the summit if Chile attends.").isEmpty)
    }

    @Test("time words may stand between a directive and its clause")
    func directiveWithTimeWord() {
        #expect(
            harness.facts("Chile demanded on Friday that Peru withdraw its ships.") == ["Chile demands Peru (asserted)"]
        )
        #expect(
            harness.facts("Chile demanded Friday that Peru withdraw its ships.") == ["Chile demands Peru (asserted)"])
    }

    @Test("a sports word used as a verb does not make a sentence about sport")
    func sportsWordAsVerb() {
        #expect(harness.facts("Chile demanded that Peru match the offer.") == ["Chile demands Peru (asserted)"])
        #expect(harness.facts("Chile will oppose Peru in the cup final.").isEmpty)
    }

    @Test("adverbs are told by their tag, not their spelling: a name ending in -ly is no adverb")
    func adverbByTag() {
        #expect(harness.facts("Peru strongly condemned Chile.") == ["Peru criticizes Chile (asserted)"])
        #expect(harness.facts("Italy condemned Chile.") == ["Italy criticizes Chile (asserted)"])
    }

    @Test(
        "CAMEO phrases of reduced relations, yielding and sharing, with the object each one needs",
        arguments: [
            ("Norway halted economic aid to Sudan.", "Norway sanctions Sudan (asserted)"),
            ("Austria expelled two Iranian diplomats.", "Austria sanctions two Iranian diplomats (asserted)"),
            ("Chile lifted the curfew in Peru.", "Chile eases Peru (asserted)"),
            (
                "The Angolan government accepted demands from the rebel leader Jonas Kambale.",
                "Angola eases Jonas Kambale (asserted)"
            ),
            ("Israel and Lebanon renewed talks today.", "Israel meets Lebanon (asserted)"),
            ("Jordan shared expertise with Egypt.", "Jordan cooperatesWith Egypt (asserted)"),
            ("Chile gave a warm welcome to the Peruvian envoy Luis Prado.", "Chile meets Luis Prado (asserted)"),
        ])
    func cameoPhrases(sentence: String, fact: String) {
        let found = harness.facts(sentence)
        #expect(found.contains(fact), "\(found)")
    }

    @Test("the object of a verb before a reason does the gerund's act: sanctioned X for supporting Y")
    func reasonGerund() {
        let found = harness.facts(
            "Chile sanctioned three Peruvian firms for their role in supplying weapons to Bolivia.")
        #expect(found.contains("three Peruvian firms supports Bolivia (asserted)"), "\(found)")
        #expect(found.contains("Chile sanctions three Peruvian firms (asserted)"), "\(found)")
    }

    @Test("members named after a list with \"including\" are objects too, and a repeated preposition joins a list")
    func inclusionAndRepeatedPreposition() {
        let included = harness.facts(
            "Chile sanctioned numerous entities, including Peru's state oil firm Petroperu and Bolivia.")
        #expect(included.contains("Chile sanctions numerous entities (asserted)"), "\(included)")
        #expect(!included.contains("Chile sanctions Peru (asserted)"), "the possessor is not the member: \(included)")
        let repeated = harness.facts("Chile reaffirmed its support to Peru and to the United Nations.")
        #expect(repeated.contains("Chile supports United Nations (asserted)"), "\(repeated)")
    }

    @Test("coordinated owners of a noun trigger each do the act: UK and US sanctions on X")
    func coordinatedOwners() {
        let found = harness.facts("Canada and Japan sanctions on Belarus took effect.")
        #expect(found.contains("Canada sanctions Belarus (asserted)"), "\(found)")
        #expect(found.contains("Japan sanctions Belarus (asserted)"), "\(found)")
    }

    @Test(
        "an accusation or disapproval with a clause is of the clause's subject; a light verb have with talks is a meeting"
    )
    func accusationClauseAndHave() {
        let alleged = harness.facts(
            "Kenya alleged that heavily armed Islamist militants and Ugandan soldiers crossed the border.")
        #expect(alleged.contains("Kenya accuses Islamist militants (asserted)"), "\(alleged)")
        #expect(!alleged.contains { $0.contains("supports") }, "armed qualifies the militants: \(alleged)")
        #expect(alleged.contains("Kenya accuses Ugandan soldiers (asserted)"), "\(alleged)")
        #expect(harness.facts("Chile had a phone call with Peru.") == ["Chile meets Peru (asserted)"])
    }

    @Test(
        "a past participle between a main verb or a preposition and a common noun qualifies the noun",
        arguments: [
            (
                "Kenya criticized armed groups, including the Lord's Resistance Army.",
                "Kenya criticizes Lord's Resistance Army"
            ),
            ("Ghana condemned attacks by armed groups, notably Al-Shabaab.", "Ghana criticizes Al-Shabaab"),
        ])
    func attributiveParticiple(sentence: String, fact: String) {
        let found = harness.facts(sentence)
        #expect(found == ["\(fact) (asserted)"], "armed qualifies the groups: \(found)")
        #expect(harness.facts("Iran has armed the Houthis for years.") == ["Iran supports Houthis (asserted)"])
    }

    @Test("a noun trigger after a form of be has the subject of be as its agent: X is a close ally of Y")
    func predicateNoun() {
        #expect(harness.facts("Chile is a close ally of Peru.") == ["Chile supports Peru (asserted)"])
        #expect(harness.facts("Ghana was the strongest ally of Benin.") == ["Ghana supports Benin (asserted)"])
        #expect(harness.facts("The allies of Peru met in Lima.").isEmpty)
    }

    @Test(
        "an incursion, a stated need and joint exercises are relations of their own",
        arguments: [
            ("Ugandan troops marched across the border into Kenya.", "Ugandan troops attacks Kenya (asserted)"),
            ("Chile made clear the need for Peru to withdraw its ships.", "Chile demands Peru (asserted)"),
            ("Chile underscored the need for Peru to talk.", "Chile requests Peru (asserted)"),
            ("Chile held joint military exercises with Peru.", "Chile cooperatesWith Peru (asserted)"),
            ("Chile will remain in close coordination with Peru.", "Chile cooperatesWith Peru (planned)"),
        ])
    func moreFrames(sentence: String, fact: String) {
        let found = harness.facts(sentence)
        #expect(found.contains(fact), "\(found)")
    }

    @Test("a noun trigger's owner is not sought past a coordinator or a possessive pronoun")
    func ownerStopsAtCoordinator() {
        #expect(
            harness.facts("Let me open with remarks on Peru and our support for Chile.").allSatisfy {
                !$0.hasPrefix("Peru supports")
            })
    }

    @Test("a list after a description of the objects names them: sanctions on a range of targets, including X")
    func inclusionAfterDescription() {
        let found = harness.facts(
            "Chile imposed sanctions on a wide range of targets, including Peruvian oligarchs and Bolivia.")
        #expect(found.contains("Chile sanctions Peruvian oligarchs (asserted)"), "\(found)")
        #expect(found.contains("Chile sanctions Bolivia (asserted)"), "\(found)")
    }

    @Test("the support of X is X's: has the backing of, enjoys the support of")
    func supportOf() {
        #expect(harness.facts("Ghana has the backing of Nigeria.") == ["Nigeria supports Ghana (asserted)"])
        #expect(harness.facts("Mali enjoys the support of Russia.") == ["Russia supports Mali (asserted)"])
    }

    @Test("a possessive before the frame's event noun names the doer: X reaffirmed Y's support for Z")
    func possessiveInFrame() {
        let found = harness.facts(
            "The minister reaffirmed Japan's support for Kenya. Germany reaffirmed its commitment to Poland.")
        #expect(found.contains("Japan supports Kenya (asserted)"), "\(found)")
        #expect(found.contains("Germany supports Poland (asserted)"), "\(found)")
    }

    @Test("the subject of a relative clause is not the subject of the verb after the clause")
    func relativeClauseSubject() {
        let found = harness.facts("The militias that Ghana armed in 2020 were later sanctioned by Togo.")
        #expect(found.contains("Ghana supports militias (asserted)"), "\(found)")
        #expect(found.contains("Togo sanctions militias (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Togo sanctions Ghana") || $0.hasPrefix("Ghana sanctions") }, "\(found)")
    }

    @Test("an actor who owns what is asked for, or undergoes it, is not asked to act: called for X's release")
    func beneficiaryOfRequest() {
        #expect(harness.facts("Chile called for President Jane Roe's release.").isEmpty)
        #expect(harness.facts("Togo urged Russia's leaders to negotiate.") == ["Togo requests Russia (asserted)"])
        #expect(harness.facts("Chile called for Jane Roe and John Doe to be afforded due process.").isEmpty)
        #expect(harness.facts("Chile called for Jane Roe and Maynard to be afforded due process.").isEmpty)
    }

    @Test("the reporter of an obligation demands it, wherever its subject stands in the clause")
    func reportedObligation() {
        let found = harness.facts("Jane Roe made clear that as the talks go on, Ghana must withdraw its troops.")
        #expect(found == ["Jane Roe demands Ghana (asserted)"], "\(found)")
        #expect(harness.facts("Jane Roe made clear that support to armed groups in the Congo must end.").isEmpty)
    }

    @Test("coordinated subjects: across an apposition, with \"or\", and each meeting the object of a plain frame")
    func coordinatedSubjects() {
        let apposition = harness.facts(
            "Jane Roe, the USAID administrator, and Assistant Secretary John Doe visited Kenya.")
        #expect(
            apposition.contains("Jane Roe visits Kenya (asserted)")
                && apposition.contains("John Doe visits Kenya (asserted)"), "\(apposition)")
        let alternatives = harness.facts(
            "The banks were sanctioned by the United Kingdom, Canada, or the European Union.")
        #expect(
            alternatives.contains("Canada sanctions banks (asserted)")
                && alternatives.contains("United Kingdom sanctions banks (asserted)"), "\(alternatives)")
        let meeting = harness.facts(
            "Scott Bessent and Trade Representative Jamieson Greer would meet the Chinese delegation.")
        #expect(meeting.contains("Jamieson Greer meets Chinese delegation (planned)"), "\(meeting)")
        #expect(!meeting.contains { $0.hasPrefix("Scott Bessent meets Jamieson Greer") }, "\(meeting)")
    }

    @Test("a noun trigger's verb may follow an auxiliary or \"both\": these sanctions will target X")
    func nounFrameAfterAuxiliary() {
        let found = harness.facts(
            "Canada sanctioned Russia. These sanctions will target individuals connected to the war.")
        #expect(found.contains("Canada sanctions individuals connected to the war (asserted)"), "\(found)")
        let both = harness.facts("UK and US sanctions both include key units within the Quds Force.")
        #expect(both.contains("United Kingdom sanctions key units (asserted)"), "\(both)")
    }

    @Test("a verb phrase after a coordinator is the next verb's: its words and actors belong to no earlier frame")
    func verbPhraseAfterCoordinator() {
        // The object of "condemned" is the raid, no actor; Togo is what "urged" and "called on" take.
        #expect(
            harness.facts("Ghana condemned the raid and urged Togo to free the detainees.") == [
                "Ghana requests Togo (asserted)"
            ])
        // "attack ... on": a noun's frame does not reach past "and then called" for its preposition.
        #expect(
            harness.facts("Ghana condemned the attack and then called on Togo to act.") == [
                "Ghana requests Togo (asserted)"
            ])
    }

    @Test("the object of a first verb is not the subject of a verb coordinated with it")
    func objectIsNoSharedSubject() {
        let found = harness.facts("The envoy thanked Japan for its help and asked China to reconsider.")
        #expect(!found.contains { $0.hasPrefix("Japan ") }, "\(found)")
        #expect(
            harness.facts("Kenya praised Japan for its help and asked China to reconsider.").contains(
                "Kenya requests China (asserted)"))
    }

    @Test("striking targets, positions or sites in a country attacks the country; what no actor does attacks no one")
    func strikesOnPlacesInACountry() {
        #expect(
            harness.facts("Chile bombed military positions in Bolivia overnight.") == [
                "Chile attacks Bolivia (asserted)"
            ])
        #expect(harness.facts("The storm hit several sites in Peru.").isEmpty)
    }

    @Test("an owner's possessive before an actor object names whose it is; the actor is the object")
    func possessiveOwnerOfObject() {
        let owned = harness.facts("Chile accused Peru's state-run Andean Mining Company of fraud.")
        #expect(owned.contains("Chile accuses Andean Mining Company (asserted)"), "\(owned)")
        #expect(!owned.contains("Chile accuses Peru (asserted)"), "\(owned)")
        // Before a deed, the owner is the doer and stays the object.
        #expect(harness.facts("Chile condemned Peru's attacks on shipping.") == ["Chile criticizes Peru (asserted)"])
    }
}
