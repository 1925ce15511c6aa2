import Foundation
import GeoKGTestSupport
import Testing

@testable import GeoKGOntology

@Suite("Finding the ontology folder")
struct DefaultFolderTests {
    /// Makes `relative/Ontology/relations.tsv` in `folder` and returns the Ontology folder's path.
    static func makeOntology(in folder: TemporaryFolder, at relative: String) throws -> String {
        let ontology = folder.url.appendingPathComponent(relative).appendingPathComponent("Ontology")
        try FileManager.default.createDirectory(at: ontology, withIntermediateDirectories: true)
        try "id\n".write(to: ontology.appendingPathComponent("relations.tsv"), atomically: true, encoding: .utf8)
        return ontology.standardizedFileURL.path
    }

    @Test("prefers $GEOKG_ONTOLOGY, even when it does not exist")
    func environment() throws {
        let folder = try TemporaryFolder()
        _ = try Self.makeOntology(in: folder, at: "repo")
        let found = Ontology.defaultFolder(
            environment: ["GEOKG_ONTOLOGY": "/elsewhere/Ontology"],
            executables: [folder.path("repo/.build/release/geokg")],
            currentDirectory: folder.url.path)
        #expect(found == "/elsewhere/Ontology")
    }

    @Test("walks up from the executable to the package's Ontology folder")
    func besideThePackage() throws {
        let folder = try TemporaryFolder()
        let expected = try Self.makeOntology(in: folder, at: "repo")
        let found = Ontology.defaultFolder(
            environment: ["GEOKG_ONTOLOGY": ""],
            executables: [folder.path("repo/.build/x86_64-unknown-linux-gnu/release/geokg")],
            currentDirectory: "/")
        #expect(found == expected)
    }

    @Test("resolves a relative executable path against the current directory")
    func relativeExecutable() throws {
        let folder = try TemporaryFolder()
        let expected = try Self.makeOntology(in: folder, at: "repo")
        let found = Ontology.defaultFolder(
            environment: [:], executables: [".build/release/geokg"], currentDirectory: folder.path("repo"))
        #expect(found == expected)
    }

    @Test("looks no more than six folders up from the executable's folder")
    func depthLimit() throws {
        let folder = try TemporaryFolder()
        _ = try Self.makeOntology(in: folder, at: "repo")
        let sixUp = Ontology.defaultFolder(
            environment: [:], executables: [folder.path("repo/1/2/3/4/5/6/geokg")], currentDirectory: "/")
        #expect(sixUp != nil)
        let sevenUp = Ontology.defaultFolder(
            environment: [:], executables: [folder.path("repo/1/2/3/4/5/6/7/geokg")], currentDirectory: "/")
        #expect(sevenUp == nil)
    }

    @Test("skips a folder named Ontology without relations.tsv")
    func needsRelations() throws {
        let folder = try TemporaryFolder()
        let expected = try Self.makeOntology(in: folder, at: "repo")
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("repo/.build/Ontology"), withIntermediateDirectories: true)
        let found = Ontology.defaultFolder(
            environment: [:], executables: [folder.path("repo/.build/release/geokg")], currentDirectory: "/")
        #expect(found == expected)
    }

    @Test("falls back to ./Ontology, and to nil when there is none")
    func currentDirectory() throws {
        let folder = try TemporaryFolder()
        let expected = try Self.makeOntology(in: folder, at: "work")
        let executables = [folder.path("bin/geokg")]
        #expect(
            Ontology.defaultFolder(environment: [:], executables: executables, currentDirectory: folder.path("work"))
                == expected)
        #expect(
            Ontology.defaultFolder(environment: [:], executables: executables, currentDirectory: folder.path("bin"))
                == nil)
    }

    @Test("finds a loadable folder for the test runner")
    func testRunner() throws {
        let folder = try #require(Ontology.defaultFolder())
        if let configured = ProcessInfo.processInfo.environment["GEOKG_ONTOLOGY"], !configured.isEmpty {
            #expect(folder == configured)
        } else {
            #expect(URL(fileURLWithPath: folder).lastPathComponent == "Ontology")
            #expect(try Ontology.load(from: folder).relations.count == 17)
        }
    }
}
