import GeoKGRDF
import GeoKGTestSupport
import Testing

@testable import GeoKGOntology

@Suite("The ontology as RDF triples")
struct OntologyRDFTests {
    static let geo = Namespaces.geo
    static let owl = Namespaces.owl

    /// The loaded ontology's triples.
    static func triples() throws -> [Triple] {
        try BundledOntology.load().rdfTriples()
    }

    /// The objects of `subject predicate ?` in `triples`, in order.
    static func objects(_ triples: [Triple], _ subject: IRI, _ predicate: IRI) -> [Term] {
        triples.filter { $0.subject == .iri(subject) && $0.predicate == predicate }.map(\.object)
    }

    @Test("declares each class with label, comment and superclass")
    func classes() throws {
        let ontology = try BundledOntology.load()
        let triples = ontology.rdfTriples()
        for ontologyClass in ontology.classes {
            let iri = Self.geo(ontologyClass.id)
            #expect(Self.objects(triples, iri, RDF.type) == [.iri(Self.owl("Class"))])
            #expect(Self.objects(triples, iri, RDFS.label) == [.literal(Literal(ontologyClass.label))])
            #expect(Self.objects(triples, iri, RDFS.comment) == [.literal(Literal(ontologyClass.comment))])
        }
        #expect(Self.objects(triples, Self.geo("Country"), RDFS.subClassOf) == [.iri(Self.geo("Entity"))])
        #expect(Self.objects(triples, Self.geo("GovernmentBody"), RDFS.subClassOf) == [.iri(Self.geo("Organization"))])
        #expect(Self.objects(triples, GeoVocabulary.entity, RDF.type) == [.iri(Self.owl("Class"))])
    }

    @Test("declares each relation as an object property with its label, comment and domain")
    func relations() throws {
        let ontology = try BundledOntology.load()
        let triples = ontology.rdfTriples()
        for relation in ontology.relations {
            let iri = Self.geo(relation.id)
            #expect(Self.objects(triples, iri, RDF.type).contains(.iri(Self.owl("ObjectProperty"))))
            #expect(Self.objects(triples, iri, RDFS.label) == [.literal(Literal(relation.label))])
            #expect(Self.objects(triples, iri, RDFS.comment) == [.literal(Literal(relation.comment))])
            #expect(Self.objects(triples, iri, GeoVocabulary.domainIncludes) == relation.domain.map { .iri($0.iri) })
            #expect(Self.objects(triples, iri, GeoVocabulary.rangeIncludes) == relation.range.map { .iri($0.iri) })
            #expect(Self.objects(triples, iri, RDFS.domain).count == 1)
            #expect(Self.objects(triples, iri, RDFS.range).count == 1)
        }
    }

    @Test("states a single-class domain exactly and a several-class one as geo:Entity")
    func domains() throws {
        let triples = try Self.triples()
        #expect(Self.objects(triples, Self.geo("leads"), RDFS.domain) == [.iri(Self.geo("Person"))])
        #expect(Self.objects(triples, Self.geo("leads"), RDFS.range) == [.iri(Self.geo("Entity"))])
        #expect(Self.objects(triples, Self.geo("meets"), RDFS.domain) == [.iri(Self.geo("Entity"))])
    }

    @Test("types exactly the symmetric relations owl:SymmetricProperty")
    func symmetric() throws {
        let triples = try Self.triples()
        let symmetric = triples.filter { $0.predicate == RDF.type && $0.object == .iri(Self.owl("SymmetricProperty")) }
        #expect(
            Set(symmetric.map(\.subject))
                == Set(["meets", "agreesWith", "cooperatesWith"].map { Term.iri(Self.geo($0)) }))
    }

    @Test("gives event relations their CAMEO codes and Goldstein weight, standing ones neither")
    func cameoAndGoldstein() throws {
        let triples = try Self.triples()
        let meetsCodes = Self.objects(triples, Self.geo("meets"), GeoVocabulary.cameoCode)
        #expect(meetsCodes.first == .literal(Literal("040")))
        #expect(meetsCodes.count == 5)
        #expect(
            Self.objects(triples, Self.geo("meets"), GeoVocabulary.goldstein) == [
                .literal(Literal("1.0", datatype: XSD.decimal))
            ])
        #expect(
            Self.objects(triples, Self.geo("attacks"), GeoVocabulary.goldstein) == [
                .literal(Literal("-10.0", datatype: XSD.decimal))
            ])
        #expect(
            Self.objects(triples, Self.geo("threatens"), GeoVocabulary.goldstein) == [
                .literal(Literal("-4.4", datatype: XSD.decimal))
            ])
        #expect(Self.objects(triples, Self.geo("leads"), GeoVocabulary.goldstein).isEmpty)
        #expect(Self.objects(triples, Self.geo("leads"), GeoVocabulary.cameoCode).isEmpty)
    }

    @Test("declares the event-node vocabulary with labels and comments")
    func eventVocabulary() throws {
        let triples = try Self.triples()
        #expect(Self.objects(triples, GeoVocabulary.event, RDF.type) == [.iri(Self.owl("Class"))])
        let properties = [
            GeoVocabulary.relation, GeoVocabulary.subject, GeoVocabulary.object, GeoVocabulary.modality,
            GeoVocabulary.cameoCode, GeoVocabulary.goldstein, GeoVocabulary.evidence, GeoVocabulary.article,
            GeoVocabulary.confidence, GeoVocabulary.mention, GeoVocabulary.sourceCount, GeoVocabulary.negatedCount,
            GeoVocabulary.firstReported, GeoVocabulary.lastReported,
        ]
        for property in properties {
            #expect(Self.objects(triples, property, RDF.type).count == 1, "\(property)")
            #expect(Self.objects(triples, property, RDFS.label).count == 1, "\(property)")
            #expect(Self.objects(triples, property, RDFS.comment).count == 1, "\(property)")
        }
        #expect(Self.objects(triples, GeoVocabulary.fact, RDF.type) == [.iri(Self.owl("Class"))])
        // Shared by events and facts, so no domain (two would mean both classes at once).
        #expect(Self.objects(triples, GeoVocabulary.subject, RDFS.domain).isEmpty)
        #expect(Self.objects(triples, GeoVocabulary.sourceCount, RDFS.domain) == [.iri(GeoVocabulary.fact)])
        #expect(Self.objects(triples, GeoVocabulary.modality, RDF.type) == [.iri(Self.owl("DatatypeProperty"))])
    }

    @Test("uses no relation as a predicate, so the export adds no fact between entities")
    func noFacts() throws {
        let ontology = try BundledOntology.load()
        let relationIRIs = Set(ontology.relations.map(\.iri))
        #expect(!ontology.rdfTriples().contains { relationIRIs.contains($0.predicate) })
    }

    @Test("is deterministic and has no duplicate triple")
    func deterministic() throws {
        let first = try Self.triples()
        let second = try Ontology.load(from: BundledOntology.folder).rdfTriples()
        #expect(first == second)
        #expect(Set(first).count == first.count)
        #expect(first.first == Triple(.iri(GeoVocabulary.ontology), RDF.type, .iri(Self.owl("Ontology"))))
    }

    @Test("survives writing as N-Triples and parsing back")
    func roundTrip() throws {
        let triples = try Self.triples()
        var bytes: [UInt8] = []
        for triple in triples { NTriplesSerializer.append(Quad(triple), format: .ntriples, to: &bytes) }
        let parsed = try parseStatements(String(decoding: bytes, as: UTF8.self), format: .ntriples)
        #expect(parsed == Set(triples.map { Quad($0) }))
    }

    @Test(
        "writes Goldstein weights as xsd:decimal lexical forms",
        arguments: [
            (1.0, "1.0"), (-4.4, "-4.4"), (0.0, "0.0"), (-0.0, "0.0"), (3.5, "3.5"), (-10.0, "-10.0"),
            (12.3456, "12.3456"), (0.00001, "0.0"), (1.9, "1.9"),
        ])
    func decimal(value: Double, expected: String) {
        #expect(Ontology.decimal(value) == expected)
    }

    @Test("writes no Goldstein weight that is not finite")
    func nonFiniteDecimal() {
        #expect(Ontology.decimal(.nan) == nil)
        #expect(Ontology.decimal(.infinity) == nil)
    }
}
