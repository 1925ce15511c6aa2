import Foundation
import GeoKG

/// The inputs geokg reads from outside, each as a target for fuzzing: bytes in, no crash, no hang.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case ntriples, nquads
    /// The article readers, each followed by extraction of what it reads.
    case text, page, html, jsonl
    /// The SPARQL parser.
    case sparql

    /// Runs one input through the target; errors are the expected answer to bad input, crashes are bugs.
    public func run(_ bytes: UnsafeRawBufferPointer, scratch: FuzzScratch) {
        switch self {
        case .sparql:
            _ = try? QueryEngine.parse(String(decoding: bytes, as: UTF8.self))
        case .ntriples, .nquads:
            // The numbered reader (with a small table that starts over often) must give what the plain one gives.
            let format: RDFFormat = self == .ntriples ? .ntriples : .nquads
            guard let path = scratch.write(bytes), let plain = try? QuadReader(path: path, format: format),
                let numbered = try? QuadReader(path: path, format: format)
            else { return }
            let table = TermTable(entryLimit: 64, byteLimit: 4096)
            while let quad = try? plain.next() {
                guard let statement = try? numbered.next(numberingTermsIn: table),
                    statement.terms(in: table) == quad
                else { fatalError("the numbered reader disagrees with the plain one on \(quad)") }
            }
        case .text, .page, .html, .jsonl:
            guard let path = scratch.write(bytes), let format = ArticleFormat(rawValue: rawValue) else { return }
            ArticleReader.read(path: path, format: format) { result in
                if case .success(let article) = result { _ = scratch.extractor.extract(article) }
            }
        }
    }
}

/// What the targets reuse between inputs: a file to hand readers, and an extractor with the bundled ontology.
public final class FuzzScratch {
    let path = NSTemporaryDirectory() + "geokg-fuzz-\(getpid())"
    let extractor: Extractor

    /// Loads the ontology from `$GEOKG_ONTOLOGY` or the folder beside the binary.
    public init() throws {
        guard let folder = Ontology.defaultFolder() else { throw FuzzSetupError() }
        extractor = Extractor(
            ontology: try Ontology.load(from: folder), tagger: try Tagger.load(ontologyFolder: folder))
    }

    /// Writes `bytes` to the scratch file and returns its path.
    func write(_ bytes: UnsafeRawBufferPointer) -> String? {
        FileManager.default.createFile(atPath: path, contents: Data(bytes)) ? path : nil
    }
}

/// The ontology folder could not be found.
public struct FuzzSetupError: Error, CustomStringConvertible {
    public var description: String { "cannot find the Ontology folder; set GEOKG_ONTOLOGY" }
}
