// swift-tools-version: 6.0
import PackageDescription

// Layers, each depending only on those above it in this list:
//   TextMask (input masks and character classes: shared by the rules and the terminal widgets)
//   LeadModel -> LeadRules -> CoreClient / CoreSimulator / LeadStore -> LeadSync
//   TerminalUI (ncursesw lives here and nowhere else)
//   LeadApp (the application: model, update, views, key bindings per screen; its runtime loop)
//   leadterm, leadterm-sim (executables: arguments, config, wiring)
let package = Package(
    name: "leadterm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "leadterm", targets: ["leadterm"]),
        .executable(name: "leadterm-sim", targets: ["leadterm-sim"]),
        .library(name: "CoreClient", targets: ["CoreClient"]),
        .library(name: "CoreSimulator", targets: ["CoreSimulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // SCRAM login (PBKDF2, HMAC) and card data at rest (AES-GCM).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // MARK: model and rules (pure, no I/O)
        // The one mask type: the rules say a field's mask, the text field edits with it.
        .target(name: "TextMask"),
        .target(name: "LeadModel"),
        .target(name: "LeadRules", dependencies: ["LeadModel", "TextMask"]),

        // MARK: storage (drafts, outbox)
        .target(
            name: "LeadStore",
            dependencies: [
                "LeadModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                // Personal data in drafts and the outbox is sealed with AES-GCM.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: the core: HTTP client and a local simulator
        .target(
            name: "CoreClient",
            dependencies: [
                "LeadModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                // The SCRAM login's proof.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "CoreSimulator",
            dependencies: [
                "LeadModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                // The server side of the SCRAM login.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),

        // MARK: sync: the outbox sending through the core client
        .target(
            name: "LeadSync",
            dependencies: [
                "LeadModel", "LeadStore", "CoreClient",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: terminal UI engine (the only place that knows about ncursesw)
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // libxcrypt, for the kiosk supervisor PIN's salted hash (leadterm only).
        .systemLibrary(name: "CCrypt", path: "Sources/CCrypt"),
        .target(
            name: "TerminalUI",
            dependencies: [
                "CNcursesw", "TextMask",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),

        // MARK: the application (see ARCHITECTURE.md): screens, update loop, views, runtime
        .target(
            name: "LeadApp",
            dependencies: [
                "LeadModel", "LeadRules", "LeadStore", "LeadSync", "CoreClient", "TerminalUI", "TextMask",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: executables
        .executableTarget(
            name: "leadterm",
            dependencies: [
                "LeadApp", "LeadModel", "LeadRules", "LeadStore", "LeadSync", "CoreClient", "CoreSimulator", "TerminalUI", "CCrypt",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "leadterm-sim",
            dependencies: [
                "CoreSimulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Types into the app's own lead form and prints CPU time and bytes written per key;
        // run it in release (see README).
        .executableTarget(name: "tui-bench", dependencies: ["LeadApp", "LeadModel", "TerminalUI"]),

        // MARK: tests
        .testTarget(name: "LeadModelTests", dependencies: ["LeadModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LeadRulesTests", dependencies: ["LeadRules", "LeadModel"], resources: [.copy("Fixtures")]),
        // Golden/ holds the screens' text snapshots, read beside the tests' sources (#filePath).
        .testTarget(name: "LeadAppTests", dependencies: ["LeadApp", "LeadRules", "LeadModel", "LeadStore", "LeadSync", "TerminalUI", "CoreClient", "CoreSimulator"],
                    exclude: ["Golden"]),
        .testTarget(
            name: "LeadStoreTests",
            dependencies: [
                "LeadStore", "LeadModel", .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // The drill against the real HTTP client and simulator (Integration/).
                "LeadSync", "CoreClient", "CoreSimulator",
            ]
        ),
        .testTarget(
            name: "CoreClientTests",
            dependencies: [
                "CoreClient", "CoreSimulator", "LeadModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "CoreSimulatorTests", dependencies: ["CoreSimulator", "LeadModel"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TextMask"]),
        .testTarget(name: "LeadtermAppTests", dependencies: ["leadterm", "LeadApp", "LeadRules", "LeadModel", "TerminalUI"]),
        // Drives the real leadterm and leadterm-sim binaries in tmux (needs tmux on PATH).
        .testTarget(name: "AppEndToEndTests", dependencies: ["LeadModel", .product(name: "Crypto", package: "swift-crypto")]),
    ]
)
