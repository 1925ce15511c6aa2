// swift-tools-version: 6.2
import PackageDescription

/// Upcoming language features every geokg target opts into.
let strictFeatures: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "geokg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "geokg", targets: ["GeoKGCLI"]),
        .executable(name: "geokg-fuzz", targets: ["GeoKGFuzz"]),
        .executable(name: "geokg-train", targets: ["GeoKGTrain"]),
        .library(name: "GeoKG", targets: ["GeoKG"]),
        .library(name: "GeoKGGraph", targets: ["GeoKGGraph"]),
        .library(name: "GeoKGSyntax", targets: ["GeoKGSyntax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The HTTP server of `geokg serve`, without its optional configuration and full-Foundation traits.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // System libraries, each imported by exactly one module.
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CGraphviz", pkgConfig: "libgvc",
            providers: [.apt(["graphviz-dev", "graphviz"])]),

        // What every module's errors share: a description that is a complete message for the user.
        .target(name: "GeoKGErrors", swiftSettings: strictFeatures),

        // Stages of the pipeline.
        .target(name: "GeoKGRDF", dependencies: ["GeoKGErrors"], swiftSettings: strictFeatures),
        .target(name: "GeoKGArticles", dependencies: ["GeoKGErrors"], swiftSettings: strictFeatures),
        .target(name: "GeoKGOntology", dependencies: ["GeoKGErrors", "GeoKGRDF"], swiftSettings: strictFeatures),
        .target(
            name: "GeoKGExtraction", dependencies: ["GeoKGArticles", "GeoKGOntology", "GeoKGSyntax"],
            swiftSettings: strictFeatures),
        // Part-of-speech tagger and dependency parser, their models in Ontology/models; `make train` rebuilds them.
        .target(name: "GeoKGSyntax", dependencies: ["GeoKGErrors"], swiftSettings: strictFeatures),
        .executableTarget(
            name: "GeoKGTrain",
            dependencies: ["GeoKGSyntax", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictFeatures),
        .target(
            name: "GeoKGStore", dependencies: ["GeoKGErrors", "GeoKGRDF", "CSQLite"],
            swiftSettings: strictFeatures),
        .target(
            name: "GeoKGQuery", dependencies: ["GeoKGErrors", "GeoKGRDF", "GeoKGStore"], swiftSettings: strictFeatures),
        .target(
            name: "GeoKGRender", dependencies: ["GeoKGErrors", "GeoKGRDF", "CGraphviz"],
            swiftSettings: strictFeatures),
        .target(
            name: "GeoKG",
            dependencies: [
                "GeoKGErrors", "GeoKGRDF", "GeoKGStore", "GeoKGQuery", "GeoKGRender", "GeoKGArticles", "GeoKGOntology",
                "GeoKGExtraction", "GeoKGSyntax", "GeoKGGraph",
            ],
            swiftSettings: strictFeatures),
        // The read side: one vocabulary, walk, fact loader and order over a store or triples in memory.
        .target(
            name: "GeoKGGraph",
            dependencies: ["GeoKGErrors", "GeoKGRDF", "GeoKGStore", "GeoKGQuery", "GeoKGOntology", "GeoKGRender"],
            swiftSettings: strictFeatures),
        // `geokg serve`: the SPARQL protocol, the graph store protocol's read side and the browser view.
        .target(
            name: "GeoKGServer",
            dependencies: [
                "GeoKG", "GeoKGGraph", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictFeatures),
        .executableTarget(
            name: "GeoKGCLI",
            dependencies: [
                "GeoKG",
                "GeoKGGraph",
                "GeoKGServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictFeatures),

        // Fuzzing: `make fuzz` builds GeoKGFuzz with libFuzzer; without it, the binary replays saved inputs.
        .target(name: "GeoKGFuzzTargets", dependencies: ["GeoKG"], swiftSettings: strictFeatures),
        .executableTarget(name: "GeoKGFuzz", dependencies: ["GeoKGFuzzTargets"], swiftSettings: strictFeatures),

        // Tests.
        .target(
            name: "GeoKGTestSupport", dependencies: ["GeoKGRDF"], path: "Tests/GeoKGTestSupport",
            swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGRDFTests", dependencies: ["GeoKGRDF", "GeoKGTestSupport"],
            exclude: ["Fixtures"], swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGArticlesTests", dependencies: ["GeoKGArticles", "GeoKGTestSupport"],
            exclude: ["Fixtures"], swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGOntologyTests", dependencies: ["GeoKGOntology", "GeoKGTestSupport"],
            swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGExtractionTests", dependencies: ["GeoKGExtraction", "GeoKGSyntax", "GeoKGTestSupport"],
            swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGSyntaxTests", dependencies: ["GeoKGSyntax", "GeoKGTestSupport"],
            exclude: ["Fixtures"], swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGStoreTests", dependencies: ["GeoKGStore", "GeoKGTestSupport"],
            swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGQueryTests", dependencies: ["GeoKGQuery", "GeoKGTestSupport"],
            swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGFuzzTests", dependencies: ["GeoKGFuzzTargets", "GeoKGTestSupport"],
            exclude: ["Regressions"], swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGGraphTests", dependencies: ["GeoKGGraph", "GeoKGStore", "GeoKGTestSupport"],
            swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGRenderTests", dependencies: ["GeoKGRender", "GeoKGTestSupport"],
            swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGServerTests", dependencies: ["GeoKGServer", "GeoKGTestSupport"], swiftSettings: strictFeatures),
        .testTarget(
            name: "GeoKGCLITests",
            dependencies: ["GeoKG", "GeoKGCLI", "GeoKGQuery", "GeoKGRender", "GeoKGStore", "GeoKGTestSupport"],
            swiftSettings: strictFeatures),
    ],
    swiftLanguageModes: [.v6]
)
