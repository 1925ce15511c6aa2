import Foundation
import GeoKGRender
import Testing

@Suite("What geokg reports about the Graphviz it links")
struct GraphvizLibraryTests {
    @Test("the library's version is the one the installed dot program reports")
    func versionMatchesDot() throws {
        let dot = Process()
        dot.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        dot.arguments = ["dot", "-V"]
        let pipe = Pipe()
        dot.standardError = pipe
        try dot.run()
        dot.waitUntilExit()
        let banner = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let version = GraphvizLibrary.version
        #expect(version.split(separator: ".").count >= 2 && version.allSatisfy { $0.isNumber || $0 == "." })
        #expect(banner.contains("version \(version) "))
    }
}
