import GeoKGOntology
import Testing

@Suite("The lexicon loaded from Ontology/lexicon/")
struct LexiconTests {
    @Test("has triggers for every event relation and for no standing one")
    func triggersPerRelation() throws {
        let ontology = try BundledOntology.load()
        let covered = Set(ontology.lexicon.triggers.map(\.relation))
        #expect(covered == Set(ontology.relations.filter(\.isEvent).map(\.id)))
    }

    @Test("reads a verb trigger's forms, frames and object constraint")
    func meetTrigger() throws {
        let triggers = try BundledOntology.load().lexicon.triggers
        let meet = triggers.filter { $0.relation == "meets" && $0.lemma == "meet" }
        #expect(Set(meet.map(\.frame.description)) == ["*", "with *"])
        let first = try #require(meet.first)
        #expect(first.partOfSpeech == .verb)
        #expect(first.forms == ["meet", "meets", "met", "meeting"])
        #expect(first.voice == .active)
        #expect(!first.object.admits(.organization, kind: "Media"), "meeting a newspaper is an interview")
        #expect(first.object.admits(.organization, kind: "GovernmentBody"))
        #expect(triggers.allSatisfy { !$0.forms.isEmpty })
    }

    @Test("reads object-first voice and a noun that the frame needs")
    func objectFirst() throws {
        let triggers = try BundledOntology.load().lexicon.triggers
        let face = try #require(triggers.first { $0.lemma == "face" && $0.relation == "sanctions" })
        #expect(face.voice == .objectFirst)
        #expect(face.frame.elements == [.choice(["sanctions"]), .word("from"), .object])
        #expect(triggers.contains { $0.voice == .objectFirst })
    }

    @Test("reads the CAMEO verb phrases beside the hand-written triggers, with their codes")
    func cameoVerbs() throws {
        let triggers = try BundledOntology.load().lexicon.triggers
        #expect(triggers.count > 700)
        #expect(triggers.contains { $0.cameo == "046" && $0.relation == "meets" })
        #expect(triggers.allSatisfy { trigger in trigger.cameo.map { (2...4).contains($0.count) } ?? true })
    }

    @Test("reads verbs and nouns")
    func partsOfSpeech() throws {
        let triggers = try BundledOntology.load().lexicon.triggers
        #expect(Set(triggers.map(\.partOfSpeech)) == [.verb, .noun])
    }

    @Test("has every word class, lower case")
    func wordClasses() throws {
        let classes = try BundledOntology.load().lexicon.wordClasses
        for wordClass in WordClass.allCases { #expect(!classes[wordClass].isEmpty, "\(wordClass)") }
        #expect(classes[.issuerPronoun] == ["we", "us", "our"])
        #expect(classes[.familyNameFirst].contains("China"))
    }

    @Test("knows U.S., Mr. and month abbreviations, but not May")
    func abbreviations() throws {
        let abbreviations = try BundledOntology.load().lexicon.abbreviations
        #expect(abbreviations.contains("U.S."))
        #expect(abbreviations.contains("Mr."))
        #expect(abbreviations.contains("Jan."))
        #expect(!abbreviations.contains("May."))
        #expect(!abbreviations.contains(""))
    }

    @Test("gives a country|body title one Title per scope")
    func titleScopes() throws {
        let titles = try BundledOntology.load().lexicon.titles
        let president = titles.filter { $0.title == "President" }
        #expect(
            president == [
                Title(title: "President", relation: "leads", scope: .country),
                Title(title: "President", relation: "leads", scope: .body),
            ])
        #expect(titles.filter { $0.title == "Prime Minister" }.map(\.scope) == [.country])
        #expect(titles.filter { $0.title == "Director" }.map(\.scope) == [.body])
    }

    @Test("gives titles only standing relations")
    func titleRelations() throws {
        let titles = try BundledOntology.load().lexicon.titles
        #expect(Set(titles.map(\.relation)) == ["leads", "memberOf"])
    }

    @Test("reads cues with class, kind and position")
    func cues() throws {
        let cues = try BundledOntology.load().lexicon.cues
        #expect(
            cues.first { $0.word == "Ministry" }
                == Cue(word: "Ministry", type: .organization, kind: "GovernmentBody", position: .any))
        #expect(
            cues.first { $0.word == "delegation" } == Cue(word: "delegation", type: .group, kind: nil, position: .head))
        #expect(cues.first { $0.word == "government" }?.type == .country)
        #expect(cues.allSatisfy { ($0.kind != nil) == ($0.type == .organization) })
    }

    @Test("reads agent nouns with their forms, class and sector")
    func agentNouns() throws {
        let nouns = try BundledOntology.load().lexicon.agentNouns
        #expect(nouns.count > 2_000)
        #expect(
            nouns.first { $0.noun == "soldier" }
                == AgentNoun(noun: "soldier", forms: ["soldier", "soldiers"], type: .group, sector: "military"))
        let ministry = AgentNoun(
            noun: "ministry", forms: ["ministry", "ministries"], type: .organization, sector: "government")
        #expect(nouns.first { $0.noun == "ministry" } == ministry)
        #expect(nouns.first { $0.noun == "congresswoman" }?.forms == ["congresswoman", "congresswomen"])
        #expect(nouns.allSatisfy { $0.forms.first == $0.noun && ($0.type == .group || $0.type == .organization) })
    }
}
