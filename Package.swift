// swift-tools-version: 6.1
import PackageDescription

// `make fuzz` sets RELATIONS_FUZZER_LIB (libFuzzer without its main) and builds in .build-fuzz: RelationsKit and
// FuzzReaders are then instrumented for libFuzzer, and FuzzReaders, whose own main starts the fuzzer, is linked
// with it. Only these two targets get the flags: the build plugin's tool must not.
let fuzzerLibrary = Context.environment["RELATIONS_FUZZER_LIB"] ?? ""
let fuzzing = !fuzzerLibrary.isEmpty
let fuzzerFlags: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"]), .define("FUZZING")] : []

let package = Package(
    name: "relations",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "relations", targets: ["relations"]),
        .executable(name: "relations-corpus", targets: ["GenerateCorpus"]),
        .library(name: "RelationsKit", targets: ["RelationsKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // Turns Migrations/*.sql and seeds/**/* into Swift string constants at build time,
        // so the installed binary needs no files beside it.
        .executableTarget(name: "EmbedFiles", path: "Sources/EmbedFiles"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["EmbedFiles"],
            path: "Plugins/EmbedResources"
        ),
        // The system zlib, for .gz inputs.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "RelationsKit",
            dependencies: [
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: fuzzerFlags,
            plugins: ["EmbedResources"]
        ),
        .executableTarget(
            name: "relations",
            dependencies: [
                "RelationsKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes the deterministic benchmark corpus (`make bench`).
        .executableTarget(name: "GenerateCorpus", dependencies: ["RelationsKit"]),
        // The article readers and the extractor under libFuzzer (`make fuzz`); built normally, it replays inputs.
        .executableTarget(
            name: "FuzzReaders",
            dependencies: ["RelationsKit"],
            swiftSettings: fuzzerFlags,
            linkerSettings: fuzzing ? [.unsafeFlags(["-Xlinker", fuzzerLibrary, "-lstdc++"])] : []
        ),
        .testTarget(name: "RelationsKitTests", dependencies: ["RelationsKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["relations", "GenerateCorpus"]),
    ]
)
