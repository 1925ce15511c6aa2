import Foundation
import GeoKGRDF
import GeoKGTestSupport
import Testing

@Suite("geokg import, export and stats")
struct ImportExportCommandTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("store.sqlite")
    }

    static let good = """
        <http://e/a> <http://e/p> "A \\"quoted\\" name"@en .
        _:b1 <http://e/p> <http://e/a> .
        """

    @Test("imports files, rejects a bad one whole with FILE:LINE:COLUMN, and keeps the others")
    func importKeepsGoodFiles() throws {
        let first = try folder.write(Self.good, to: "first.nt")
        let bad = try folder.write(
            "<http://e/x> <http://e/p> <http://e/y> .\n<http://e/x> <http://e/p> oops .\n", to: "bad.nt")
        let last = try folder.write("<http://e/c> <http://e/p> <http://e/d> <http://e/g> .\n", to: "last.nq")
        let result = try GeoKG.run(["import", "--db", db, first, bad, last])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(bad):2:27: expected an object"))
        let export = try GeoKG.run(["export", "--db", db, "--format", "nquads"])
        #expect(export.status == 0)
        let statements = try parseStatements(export.stdout)
        #expect(statements.count == 3)
        #expect(!export.stdout.contains("http://e/x"))
    }

    @Test("keeps two files' _:b1 apart, and importing the same file twice changes nothing")
    func blankNodesPerFile() throws {
        let one = try folder.write("_:b1 <http://e/p> \"v\" .\n", to: "one.nt")
        let two = try folder.write("_:b1 <http://e/p> \"v\" .\n\n", to: "two.nt")
        #expect(try GeoKG.run(["import", "--db", db, one, two]).status == 0)
        let again = try GeoKG.run(["import", "--db", db, one])
        #expect(again.status == 0 && again.stderr.contains("already in the store"))
        let export = try GeoKG.run(["export", "--db", db])
        #expect(export.stdout.split(separator: "\n").count == 2)
    }

    @Test("round-trips through stdin, GEOKG_DB and -o, with the same bytes each time")
    func roundTrip() throws {
        let env = ["GEOKG_DB": db]
        #expect(try GeoKG.run(["import", "--format", "ntriples", "-"], stdin: Self.good, environment: env).status == 0)
        let out = folder.path("graph.nt")
        let written = try GeoKG.run(["export", "-o", out], environment: env)
        #expect(written.status == 0 && written.stdout.isEmpty)
        let first = try String(contentsOfFile: out, encoding: .utf8)
        let second = try GeoKG.run(["export"], environment: env).stdout
        #expect(first == second)
        #expect(try parseStatements(first, format: .ntriples).count == 2)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test("stats counts what the store holds")
    func stats() throws {
        let file = try folder.write(Self.good + "\n<http://e/a> <http://e/q> <http://e/b> <http://e/g> .\n", to: "s.nq")
        #expect(try GeoKG.run(["import", "--db", db, file]).status == 0)
        let result = try GeoKG.run(["stats", "--db", db, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Int])
        #expect(json["triples"] == 3 && json["subjects"] == 2 && json["predicates"] == 2 && json["named_graphs"] == 1)
        #expect((json["file_bytes"] ?? 0) > 0)
    }

    @Test("usage errors exit 64, bad input and unknown formats exit 1")
    func exitCodes() throws {
        #expect(try GeoKG.run(["import", "--db", db]).status == 64)
        #expect(try GeoKG.run(["export", "--db", db, "--format", "rdfxml"]).status == 64)
        // Turtle is written, not read.
        #expect(try GeoKG.run(["import", "--db", db, "--format", "turtle", "-"]).status == 64)
        let unknown = try folder.write(Self.good, to: "data.txt")
        let result = try GeoKG.run(["import", "--db", db, unknown])
        #expect(result.status == 1 && result.stderr.contains("cannot tell the format"))
        let missing = try GeoKG.run(["import", "--db", db, folder.path("missing.nt")])
        #expect(missing.status == 1 && missing.stderr.contains("missing.nt: cannot open"))
        let help = try GeoKG.run(["import", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Example:"))
    }

    @Test("each W3C syntax test runs as its own import on a fresh store", arguments: ["ntriples", "nquads"])
    func conformance(suite: String) throws {
        let cases = syntaxTestCases(suite: suite)
        #expect(cases.count > 60)
        for test in cases {
            let store = folder.path("\(suite)-\(test.file.lastPathComponent).sqlite")
            let result = try GeoKG.run(["import", "--db", store, test.file.path])
            #expect((result.status == 0) == test.positive, "\(test): exit \(result.status) \(result.stderr)")
            #expect(result.status == 0 || result.status == 1)
        }
    }
}
