import Foundation
import GeoKGTestSupport
import Testing

@testable import GeoKGSyntax

/// Model files that are missing, truncated, corrupt, of another kind or version: a clear error, never a crash.
@Suite("Model files")
struct ModelFileTests {
    /// The bytes of the bundled tagger model.
    static func taggerBytes() throws -> [UInt8] {
        try ModelFile.contents(
            of: SyntaxModels.path(of: Tagger.fileName, inOntologyFolder: BundledModels.ontologyFolder), kind: .tagger)
    }

    /// The bytes of the bundled parser model.
    static func parserBytes() throws -> [UInt8] {
        try ModelFile.contents(
            of: SyntaxModels.path(of: Parser.fileName, inOntologyFolder: BundledModels.ontologyFolder), kind: .parser)
    }

    /// The error loading `bytes` as a tagger from a file gives.
    static func taggerError(_ bytes: [UInt8]) throws -> SyntaxModelError? {
        let folder = try TemporaryFolder()
        let path = try folder.write(bytes: bytes, to: "tagger.model")
        do {
            _ = try Tagger.load(from: path)
            return nil
        } catch {
            #expect(error.file == path)
            return error
        }
    }

    @Test("the bundled models load")
    func bundled() throws {
        let tagger = try BundledModels.tagger()
        let parser = try BundledModels.parser()
        #expect(tagger.tags.count > 50)
        #expect(parser.relations.contains(.nsubjPass))
        #expect(parser.relations.contains(.aclRelcl))
        #expect(parser.relations.contains(.oblAgent))
        #expect(tagger.note.contains("English EWT"))
    }

    @Test("a missing file names itself")
    func missing() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("nowhere/tagger.model")
        #expect {
            _ = try Tagger.load(from: path)
        } throws: { error in
            (error as? SyntaxModelError)?.description
                == "\(path): no such file; expected the part-of-speech tagger model (`make train` builds it)"
        }
    }

    @Test("a folder is not a model file")
    func folder() throws {
        let folder = try TemporaryFolder()
        #expect {
            _ = try Parser.load(from: folder.url.path)
        } throws: { error in
            (error as? SyntaxModelError)?.message == "is a folder, not a model file"
        }
    }

    @Test("a truncated file is reported, at every length", arguments: [0, 7, 31, 32, 33, 1000, -1])
    func truncated(length: Int) throws {
        let bytes = try Self.taggerBytes()
        let cut = length < 0 ? bytes.count - 1 : length
        let error = try #require(try Self.taggerError(Array(bytes[0..<cut])))
        if cut < ModelFile.headerLength {
            #expect(error.message.contains("shorter than a model file's 32-byte header"))
        } else {
            #expect(error.message.contains("(truncated)"), "\(error)")
        }
    }

    @Test("a changed byte anywhere in the payload fails the checksum")
    func corrupt() throws {
        var bytes = try Self.taggerBytes()
        for offset in stride(from: ModelFile.headerLength, to: bytes.count, by: bytes.count / 7) {
            let original = bytes[offset]
            bytes[offset] ^= 0x5A
            let error = try #require(try Self.taggerError(bytes))
            #expect(
                error.description.hasSuffix("at byte 24: the payload does not match its checksum: the file is corrupt"))
            bytes[offset] = original
        }
    }

    @Test("another format version is refused")
    func otherVersion() throws {
        var bytes = try Self.taggerBytes()
        bytes[8] = 99
        let error = try #require(try Self.taggerError(bytes))
        #expect(error.offset == 8)
        #expect(error.message == "format version 99, but this geokg reads version 1; rebuild it with `make train`")
    }

    @Test("another feature-set version is refused")
    func otherFeatureSet() throws {
        var bytes = try Self.taggerBytes()
        bytes[12] &+= 1
        let error = try #require(try Self.taggerError(bytes))
        #expect(error.offset == 12)
        #expect(error.message.hasPrefix("feature-set version"))
    }

    @Test("a parser model is not a tagger model, nor is any other file")
    func wrongKind() throws {
        let parserError = try #require(try Self.taggerError(try Self.parserBytes()))
        #expect(
            parserError.message
                == "expected a part-of-speech tagger model (magic GKGTAGGR); found a dependency parser model")
        let textError = try #require(try Self.taggerError(Array(String(repeating: "not a model ", count: 10).utf8)))
        #expect(textError.message.hasSuffix("found not a geokg model file"))
    }

    @Test("a payload with a consistent checksum but values out of place is refused, not trusted")
    func forgedPayload() throws {
        let data = try TaggerData.decode(try Self.taggerBytes(), file: "tagger.model")
        // A weight for a class the model does not have.
        var badClass = data
        var entries = badClass.weights.entries
        entries[0] = WeightModel.entry(class: 250, weight: 5)
        badClass.weights = PackedWeights(
            classCount: data.weights.classCount, keys: data.weights.keys, runLengths: data.weights.runLengths,
            entries: entries)
        #expect(throws: SyntaxModelError.self) { try TaggerData.decode(badClass.encodedFile(), file: "forged") }
        // Keys out of order.
        var badKeys = data
        var keys = badKeys.weights.keys
        keys.swapAt(0, 1)
        badKeys.weights = PackedWeights(
            classCount: data.weights.classCount, keys: keys, runLengths: data.weights.runLengths,
            entries: data.weights.entries)
        #expect(throws: SyntaxModelError.self) { try TaggerData.decode(badKeys.encodedFile(), file: "forged") }
        // No classes at all.
        var noClasses = data
        noClasses.tags = []
        noClasses.dictionaryKeys = []
        noClasses.dictionaryClasses = []
        #expect(throws: SyntaxModelError.self) { try TaggerData.decode(noClasses.encodedFile(), file: "forged") }
        // The same data, re-encoded, loads and is unchanged.
        #expect(try TaggerData.decode(data.encodedFile(), file: "again") == data)
    }

    @Test("random bytes never crash the loaders", arguments: 0..<20)
    func randomBytes(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        var bytes = try Self.parserBytes()
        for _ in 0..<(1 + seed) { bytes[random.below(bytes.count)] ^= UInt8(1 + random.below(255)) }
        if seed % 2 == 0 { bytes = Array(bytes[0..<random.below(bytes.count)]) }
        #expect(throws: SyntaxModelError.self) { try Parser.load(bytes: bytes) }
        var tagger = try Self.taggerBytes()
        for _ in 0..<(1 + seed) { tagger[random.below(tagger.count)] ^= UInt8(1 + random.below(255)) }
        if seed % 2 == 1 { tagger = Array(tagger[0..<random.below(tagger.count)]) }
        #expect(throws: SyntaxModelError.self) { try Tagger.load(bytes: tagger) }
    }

    @Test("changed payload bytes under a matching checksum are refused or loaded, never a crash", arguments: 0..<40)
    func forgedBytes(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(1000 + seed))
        for kind in [ModelFile.Kind.tagger, .parser] {
            let file = kind == .tagger ? try Self.taggerBytes() : try Self.parserBytes()
            var payload = Array(file[ModelFile.headerLength...])
            // Mostly in the first kilobytes, where the counts and tables the rest depends on are.
            for _ in 0..<(1 + seed % 5) {
                let place = seed % 3 == 0 ? random.below(payload.count) : random.below(min(payload.count, 4096))
                payload[place] ^= UInt8(1 + random.below(255))
            }
            let featureSet = kind == .tagger ? TaggerFeatures.version : ParserFeatures.version
            let bytes = ModelFile.assemble(kind: kind, featureSet: featureSet, payload: payload)
            if kind == .tagger {
                if let tagger = try? Tagger.load(bytes: bytes) { _ = tagger.tag(["A", "test", "."]) }
            } else {
                if let parser = try? Parser.load(bytes: bytes) {
                    _ = parser.parse(words: ["A", "test", "."], tags: [])
                }
            }
        }
    }
}
