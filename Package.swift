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
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // MARK: model and rules (pure, no I/O)
        .target(name: "LeadModel"),
        .target(name: "LeadRules", dependencies: ["LeadModel"]),

        // MARK: terminal UI engine (the only place that knows about ncursesw)
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "TerminalUI",
            dependencies: [
                "CNcursesw",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),

        // MARK: executables
        .executableTarget(
            name: "leadterm",
            dependencies: [
                "LeadModel", "LeadRules", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Prints per-keystroke CPU time and bytes written; run it in release (see README).
        .executableTarget(name: "tui-bench", dependencies: ["TerminalUI"]),

        // MARK: tests
        .testTarget(name: "LeadModelTests", dependencies: ["LeadModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LeadRulesTests", dependencies: ["LeadRules", "LeadModel"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
    ]
)
