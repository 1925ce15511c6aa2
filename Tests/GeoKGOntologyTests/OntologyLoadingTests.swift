import GeoKGOntology
import Testing

@Suite("Loading classes and relations from Ontology/")
struct OntologyLoadingTests {
    /// The relation vocabulary of ANNOTATION.md, in its order.
    static let annotationRelations = [
        "meets", "visits", "requests", "demands", "agreesWith", "cooperatesWith", "supports", "criticizes",
        "accuses", "threatens", "sanctions", "imposesTariffsOn", "restricts", "eases", "attacks", "leads", "memberOf",
    ]

    @Test("loads the 17 relations of the annotation guide, in its order")
    func relationIDs() throws {
        let ontology = try BundledOntology.load()
        #expect(ontology.relations.map(\.id) == Self.annotationRelations)
    }

    @Test("finds relations by id", arguments: annotationRelations)
    func relationLookup(id: String) throws {
        let ontology = try BundledOntology.load()
        #expect(ontology.relation(id)?.id == id)
    }

    @Test("returns nil for an unknown relation id")
    func unknownRelation() throws {
        let ontology = try BundledOntology.load()
        #expect(ontology.relation("Meets") == nil)
        #expect(ontology.relation("") == nil)
    }

    @Test("marks exactly meets, agreesWith and cooperatesWith symmetric")
    func symmetricRelations() throws {
        let ontology = try BundledOntology.load()
        #expect(Set(ontology.relations.filter(\.isSymmetric).map(\.id)) == ["meets", "agreesWith", "cooperatesWith"])
    }

    @Test("makes leads and memberOf standing relations and the others events")
    func eventRelations() throws {
        let ontology = try BundledOntology.load()
        #expect(Set(ontology.relations.filter { !$0.isEvent }.map(\.id)) == ["leads", "memberOf"])
    }

    @Test("reads CAMEO codes main code first, and Goldstein weights")
    func cameoAndGoldstein() throws {
        let ontology = try BundledOntology.load()
        let meets = try #require(ontology.relation("meets"))
        #expect(meets.cameoCodes.first == "040")
        #expect(meets.goldstein == 1.0)
        #expect(meets.label == "meets with")
        let threatens = try #require(ontology.relation("threatens"))
        #expect(threatens.goldstein == -4.4)
        let leads = try #require(ontology.relation("leads"))
        #expect(leads.cameoCodes.isEmpty)
        #expect(leads.goldstein == 0)
        #expect(ontology.relations.filter(\.isEvent).allSatisfy { !$0.cameoCodes.isEmpty })
    }

    @Test("reads domains and ranges as entity types")
    func domainAndRange() throws {
        let ontology = try BundledOntology.load()
        let leads = try #require(ontology.relation("leads"))
        #expect(leads.domain == [.person])
        #expect(leads.range == [.country, .organization, .group])
        let visits = try #require(ontology.relation("visits"))
        #expect(visits.range.contains(.location))
        let restricts = try #require(ontology.relation("restricts"))
        #expect(restricts.range.first == .commodity)
        #expect(!restricts.comment.isEmpty)
    }

    @Test("loads the six top classes without parent and the organization kinds under Organization")
    func classes() throws {
        let ontology = try BundledOntology.load()
        let top = ontology.classes.filter { $0.parent == nil }.map(\.id)
        #expect(top == EntityType.allCases.map(\.rawValue))
        let kinds = ontology.classes.filter { $0.parent == "Organization" }.map(\.id)
        #expect(kinds == ["GovernmentBody", "InternationalOrganization", "Company", "ArmedGroup", "Party", "Media"])
        #expect(ontology.classes.first { $0.id == "GovernmentBody" }?.label == "government body")
        #expect(ontology.classes.allSatisfy { !$0.comment.isEmpty })
    }
}
