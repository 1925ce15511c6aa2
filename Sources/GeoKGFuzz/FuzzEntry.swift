import Foundation
import GeoKGFuzzTargets

/// The target and scratch space of this process: `$GEOKG_FUZZ_TARGET` names the target.
nonisolated(unsafe) private var current: (target: FuzzTarget, scratch: FuzzScratch)?

private func setUp(_ name: String?) -> (target: FuzzTarget, scratch: FuzzScratch) {
    if let current { return current }
    guard let name, let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("geokg-fuzz: set GEOKG_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(64)
    }
    do {
        let made = (target: target, scratch: try FuzzScratch())
        current = made
        return made
    } catch {
        FileHandle.standardError.write(Data("geokg-fuzz: \(error)\n".utf8))
        exit(1)
    }
}

#if FUZZING
    /// libFuzzer's entry point: one input.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let (target, scratch) = setUp(ProcessInfo.processInfo.environment["GEOKG_FUZZ_TARGET"])
        target.run(UnsafeRawBufferPointer(start: data, count: size), scratch: scratch)
        return 0
    }

    /// libFuzzer's driver, which parses its options and runs the inputs.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// The program's entry point, under the name SwiftPM gives an executable module's `main`.
    @_cdecl("GeoKGFuzz_main")
    public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments, fuzzOneInput)
    }
#else
    /// Without libFuzzer: `geokg-fuzz TARGET FILE...` runs saved inputs through a target, to replay a crash.
    @main
    struct Replay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            let (target, scratch) = setUp(arguments.first)
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                data.withUnsafeBytes { target.run($0, scratch: scratch) }
                print("ok \(path)")
            }
        }
    }
#endif
