import Foundation
import GeoKGTestSupport
import Testing

@Suite("names checked where they come in: relations, classes and entities")
struct NameCheckTests {
    /// Both shapes' stores.
    let stores: ExplorationStores

    init() throws {
        stores = try ExplorationStores()
    }

    /// Runs `geokg command --db db arguments...`, writing any diagram to the temporary folder.
    private func run(_ command: String, _ arguments: [String], db: String? = nil) throws -> CommandResult {
        let diagram = command == "render" ? ["-o", stores.folder.path("diagram.svg")] : []
        return try GeoKG.run([command, "--db", db ?? stores.articles] + arguments + diagram)
    }

    @Test(
        "a misspelt relation is wrong usage, with the nearest name",
        arguments: [("neighbors", ["China"]), ("path", ["China", "Magnets"]), ("render", ["China"])])
    func unknownRelation(command: String, entities: [String]) throws {
        let result = try run(command, entities + ["--relation", "restrict"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr == "geokg: error: unknown relation \"restrict\"; did you mean restricts?\n")
        #expect(result.stdout.isEmpty)
    }

    @Test(
        "a misspelt class is wrong usage, with the nearest name", arguments: [("entities", []), ("render", ["China"])])
    func unknownClass(command: String, entities: [String]) throws {
        let result = try run(command, entities + ["--type", "Countries"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr == "geokg: error: unknown class \"Countries\"; did you mean Country?\n")
    }

    @Test(
        "a misspelt entity is wrong usage, with the nearest names (a word of a name counts)",
        arguments: [("show", ["Chna"]), ("neighbors", ["Chna"]), ("path", ["Magnets", "Chna"]), ("render", ["Chna"])])
    func unknownEntity(command: String, arguments: [String]) throws {
        let result = try run(command, arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr == "geokg: error: unknown entity \"Chna\"; did you mean China?\n")
        let word = try run("show", ["Besent"])
        #expect(word.stderr == "geokg: error: unknown entity \"Besent\"; did you mean \"Scott Bessent\"?\n")
    }

    @Test("an IRI the store does not hold is an unknown entity")
    func unknownIRI() throws {
        let result = try run("show", ["entity:Atlantis"])
        #expect(result.status == 64 && result.stderr.contains("unknown entity \"entity:Atlantis\""), "\(result.stderr)")
    }

    @Test("a name near nothing known is answered with what is known")
    func nothingNear() throws {
        let relation = try run("neighbors", ["China", "--relation", "xyzzy"])
        #expect(relation.status == 64)
        #expect(relation.stderr.contains("unknown relation \"xyzzy\"; known relations: accuses, agreesWith, "))
        #expect(
            relation.stderr.contains(", restricts, ") && relation.stderr.hasSuffix(", or a CAMEO code such as 020\n"))
        #expect(!relation.stderr.contains("subClassOf") && !relation.stderr.contains("domainIncludes"))
        let type = try run("entities", ["--type", "Vehicle"])
        #expect(type.status == 64 && type.stderr.contains("known classes: ArmedGroup, Commodity, Company, Country, "))
        let entity = try run("show", ["Xylophone"])
        #expect(
            entity.stderr == "geokg: error: unknown entity \"Xylophone\"; `geokg entities --match TEXT` lists names\n")
    }

    @Test(
        "a relation is the same by local name, prefixed name, IRI, CAMEO code, and in any case",
        arguments: ["geo:restricts", "https://w3id.org/geokg/ontology#restricts", "172", "Restricts"])
    func relationNames(name: String) throws {
        let expected = try run("neighbors", ["China", "--relation", "restricts"])
        #expect(expected.status == 0 && expected.stdout.contains("#restricts>"), "\(expected.stdout)")
        #expect(try run("neighbors", ["China", "--relation", name]).stdout == expected.stdout)
    }

    @Test("in event data a CAMEO code, its relation IRI and the local name name the same relation")
    func cameoRelations() throws {
        let byCode = try run("neighbors", ["Oman", "--relation", "036"], db: stores.events)
        #expect(byCode.status == 0, "\(byCode.stderr)")
        #expect(byCode.stdout.split(separator: "\n").count == 2 && byCode.stdout.contains("/cameo/036>"))
        let byIRI = try run("neighbors", ["Oman", "--relation", "\(EventFixture.base)cameo/036"], db: stores.events)
        #expect(byIRI.stdout == byCode.stdout)
        let misspelt = try run("neighbors", ["Oman", "--relation", "0366"], db: stores.events)
        #expect(misspelt.status == 64 && misspelt.stderr.hasSuffix("did you mean 036?\n"), "\(misspelt.stderr)")
        let type = try run("entities", ["--type", "actor"], db: stores.events)
        #expect(type.status == 0 && type.stdout.split(separator: "\n").count == 4, "\(type.stderr)")
        let events = try run("entities", ["--type", "Event"], db: stores.events)
        #expect(
            events.status == 64 && events.stderr.hasSuffix("unknown class \"Event\"; known classes: Actor\n"),
            "\(events.stderr)")
    }
}
