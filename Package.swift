// swift-tools-version: 6.1
import PackageDescription

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
        .target(
            name: "RelationsKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
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
        .testTarget(name: "RelationsKitTests", dependencies: ["RelationsKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["relations"]),
    ]
)
