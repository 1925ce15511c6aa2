import Foundation
import GeoKGFuzzTargets
import GeoKGTestSupport
import Testing

/// Inputs that once crashed a fuzz target, kept so that the bug stays fixed, and a few ordinary seeds.
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    static let folder = RepositoryPaths.root.appendingPathComponent("Tests/GeoKGFuzzTests/Regressions")

    /// Every saved input, with the target it belongs to (its folder's name).
    static var inputs: [(FuzzTarget, URL)] {
        FuzzTarget.allCases.flatMap { target -> [(FuzzTarget, URL)] in
            let files =
                (try? FileManager.default.contentsOfDirectory(
                    at: folder.appendingPathComponent(target.rawValue), includingPropertiesForKeys: nil)) ?? []
            return files.sorted { $0.path < $1.path }.map { (target, $0) }
        }
    }

    @Test("every saved input runs through its target without crashing")
    func replay() throws {
        setenv("GEOKG_ONTOLOGY", RepositoryPaths.root.appendingPathComponent("Ontology").path, 1)
        let scratch = try FuzzScratch()
        #expect(!Self.inputs.isEmpty)
        for (target, file) in Self.inputs {
            let data = try Data(contentsOf: file)
            data.withUnsafeBytes { target.run($0, scratch: scratch) }
        }
    }
}
