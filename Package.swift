// swift-tools-version: 6.0
import PackageDescription

// Layers, each depending only on those above it in this list:
//   LeadModel -> LeadRules -> CoreClient / CoreSimulator / LeadStore -> LeadForms
//   TerminalUI (ncursesw lives here and nowhere else)
//   leadterm, leadterm-sim (executables: CLI, config, wiring)
let package = Package(
    name: "leadterm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "leadterm", targets: ["leadterm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: model and rules (pure, no I/O)
        .target(name: "LeadModel"),
        .target(name: "LeadRules", dependencies: ["LeadModel"]),
        .target(name: "LeadForms", dependencies: ["LeadModel", "LeadRules"]),

        // MARK: storage (drafts, outbox)
        .target(
            name: "LeadStore",
            dependencies: [
                "LeadModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: executables
        .executableTarget(
            name: "leadterm",
            dependencies: [
                "LeadModel", "LeadRules", "LeadStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: tests
        .testTarget(name: "LeadModelTests", dependencies: ["LeadModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LeadRulesTests", dependencies: ["LeadRules", "LeadModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LeadFormsTests", dependencies: ["LeadForms", "LeadRules", "LeadModel"]),
        .testTarget(
            name: "LeadStoreTests",
            dependencies: ["LeadStore", "LeadModel", .product(name: "Logging", package: "swift-log")]
        ),
    ]
)
