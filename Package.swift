// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // ncurses (wide-character build) from Debian's libncursesw5-dev.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Async-signal-safe terminal restoration; signal handlers cannot be Swift closures with state.
        .target(name: "CTerminalGuard"),
        // Forecasting: numerics on series only, below everything that knows accounts.
        .target(name: "RapportForecast", swiftSettings: strict),
        .target(name: "RapportCore", dependencies: ["RapportForecast"], swiftSettings: strict),
        .target(
            name: "RapportStore",
            dependencies: [
                "RapportCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "RapportViewModel",
            dependencies: ["RapportForecast", "RapportCore", "RapportStore", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strict),
        .target(name: "RapportScreen", dependencies: ["RapportCore", "RapportViewModel", .product(name: "TOMLKit", package: "TOMLKit")], swiftSettings: strict),
        .target(
            name: "RapportTerminal",
            dependencies: ["RapportScreen", "RapportViewModel", "RapportStore", "CNcursesw", "CTerminalGuard"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "rapport",
            dependencies: [
                "RapportCore", "RapportStore", "RapportViewModel", "RapportScreen", "RapportTerminal",
                "RapportForecast",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "RapportForecastTests", dependencies: ["RapportForecast"], swiftSettings: strict),
        // What the tests of several floors share: a fixture book and a driver that runs effects
        // on the calling thread. Only test targets depend on it.
        .target(
            name: "RapportTestSupport", dependencies: ["RapportCore", "RapportStore", "RapportViewModel"], path: "Tests/Support",
            swiftSettings: strict),
        .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"], swiftSettings: strict),
        // GRDB directly: the tests build old-schema stores and read derived tables row by row.
        .testTarget(
            name: "RapportStoreTests",
            dependencies: ["RapportStore", "RapportCore", "RapportForecast", "RapportTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["__ReportSnapshots__"], swiftSettings: strict),
        .testTarget(
            name: "RapportViewModelTests", dependencies: ["RapportViewModel", "RapportStore", "RapportCore", "RapportTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "RapportScreenTests",
            dependencies: ["RapportScreen", "RapportViewModel", "RapportStore", "RapportCore", "RapportTestSupport"],
            exclude: ["__Snapshots__"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "RapportTerminalTests", dependencies: ["RapportTerminal", "RapportStore", "RapportViewModel", "RapportTestSupport"],
            swiftSettings: strict),
        // The command's own code (series files, output, benchmark harness, theme choice), through @testable import.
        .testTarget(
            name: "RapportCommandTests", dependencies: ["rapport", "RapportForecast", "RapportScreen"], swiftSettings: strict
        ),
        // GRDB directly: the migration test builds an old-schema store and reads it back as it lies on disk.
        // RapportForecast for its seeded generator (the keystroke fuzz).
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["rapport", "RapportCore", "RapportStore", "RapportForecast", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
    ]
)
