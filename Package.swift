// swift-tools-version:6.2
// Hummingbird 2.28 needs tools 6.2.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "scimdesk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "scimdesk", targets: ["scimdesk"]),
        // For the libFuzzer package in Fuzz/ (make fuzz), which builds its targets apart from this one.
        .library(name: "Fuzzing", targets: ["Fuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // The domain: entities, rules, query model, store contracts. No HTTP, SQL or terminal.
        .target(
            name: "Provisioning",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // RFC 7643/7644 without HTTP: schemas, mapping, filters, PATCH, projection, errors, dialects.
        .target(name: "SCIM", dependencies: ["Provisioning"], swiftSettings: swiftSettings),
        // The embedded default store.
        .target(
            name: "SQLiteStore",
            dependencies: [
                "Provisioning", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // The same Store contract on PostgreSQL, for several listeners and consoles on one directory.
        .target(
            name: "PostgresStore",
            dependencies: [
                "Provisioning",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The Hummingbird listener under /scim/v2.
        .target(
            name: "SCIMServer",
            dependencies: [
                "Provisioning", "SCIM",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // A pure terminal kit: cells, buffers, layout, widgets, text/SVG export.
        .target(name: "TermUI", swiftSettings: swiftSettings),
        // The console application: state, update, render, keymaps, effects.
        .target(name: "Console", dependencies: ["Provisioning", "TermUI", "SCIMClient"], swiftSettings: swiftSettings),
        // A small SCIM-over-HTTP client on Foundation's URLSession: the simulator and the tests speak through it.
        .target(name: "SCIMClient", swiftSettings: swiftSettings),
        // Plays Okta (OIN/AIW) and Entra against a SCIM endpoint through SCIMClient: `scimdesk simulate`, the demo.
        .target(name: "Simulator", dependencies: ["SCIMClient"], swiftSettings: swiftSettings),
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The only code that touches ncurses.
        .target(name: "NcursesTerminal", dependencies: ["TermUI", "CNcursesw"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "scimdesk",
            dependencies: [
                "Provisioning", "SCIM", "SQLiteStore", "PostgresStore", "SCIMServer", "SCIMClient", "Simulator", "TermUI", "Console",
                "NcursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The properties the fuzz targets check (write, then read back), shared with FuzzingTests,
        // which replay the seed corpora in Fuzz/Corpus on every test run.
        .target(name: "Fuzzing", dependencies: ["Provisioning", "SCIM", "SQLiteStore"], swiftSettings: swiftSettings),
        .target(
            name: "TestSupport",
            dependencies: [
                "Provisioning", "SQLiteStore", "PostgresStore", "SCIMServer", "SCIMClient", "TermUI",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ProvisioningTests", dependencies: ["Provisioning", "SQLiteStore", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SCIMTests", dependencies: ["SCIM", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SQLiteStoreTests", dependencies: ["SQLiteStore", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PostgresStoreTests", dependencies: ["PostgresStore", "Provisioning", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SCIMServerTests",
            dependencies: [
                "SCIMServer", "SQLiteStore", "SCIM", "TestSupport",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SimulatorTests",
            dependencies: ["Simulator", "SCIMServer", "SQLiteStore", "Provisioning", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "TermUITests", dependencies: ["TermUI", "TestSupport"], exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "TestSupport"], exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(name: "FuzzingTests", dependencies: ["Fuzzing"], swiftSettings: swiftSettings),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
    ]
)
