import Foundation
import GeoKGRDF
import GeoKGTestSupport
import Testing

@Suite("W3C RDF 1.1 syntax suites")
struct W3CSyntaxSuiteTests {
    static let ntriples = syntaxTestCases(suite: "ntriples")
    static let nquads = syntaxTestCases(suite: "nquads")

    @Test("the manifests list 70 N-Triples and 87 N-Quads tests")
    func manifestsAreComplete() {
        #expect(Self.ntriples.count == 70)
        #expect(Self.ntriples.filter(\.positive).count == 41)
        #expect(Self.nquads.count == 87)
        #expect(Self.nquads.filter(\.positive).count == 53)
    }

    @Test("N-Triples: positive tests parse, negative tests are rejected", arguments: ntriples)
    func ntriplesCase(_ test: SyntaxTestCase) {
        check(test, format: .ntriples)
    }

    @Test("N-Quads: positive tests parse, negative tests are rejected", arguments: nquads)
    func nquadsCase(_ test: SyntaxTestCase) {
        check(test, format: .nquads)
    }

    @Test("positive files survive serialize-and-parse unchanged", arguments: (ntriples + nquads).filter(\.positive))
    func roundTrip(_ test: SyntaxTestCase) throws {
        let format: RDFFormat = test.file.pathExtension == "nq" ? .nquads : .ntriples
        let parsed = try parseStatements(file: test.file.path, format: format)
        var bytes: [UInt8] = []
        for quad in parsed { NTriplesSerializer.append(quad, format: format, to: &bytes) }
        let again = try parseStatements(String(decoding: bytes, as: UTF8.self), format: format)
        #expect(again == parsed)
    }

    private func check(_ test: SyntaxTestCase, format: RDFFormat) {
        do {
            _ = try parseStatements(file: test.file.path, format: format)
            #expect(test.positive, "\(test.file.lastPathComponent) was accepted but must be rejected")
        } catch let error as RDFSyntaxError {
            #expect(!test.positive, "\(test.file.lastPathComponent) was rejected: \(error)")
            #expect(error.file == test.file.path && error.line >= 1 && error.column >= 1)
        } catch {
            Issue.record("\(test.file.lastPathComponent): unexpected error \(error)")
        }
    }
}
