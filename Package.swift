// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// Whether the commands' heap is jemalloc (Sources/CHeap). AddressSanitizer builds (scripts/sanitize) set
// DOCX_EXTRACT_SYSTEM_HEAP to keep the C library's heap, which ASan replaces: jemalloc also serves C++'s
// `operator new`, whose blocks ASan's `free` would refuse.
let linksJemalloc = Context.environment["DOCX_EXTRACT_SYSTEM_HEAP"] == nil

let package = Package(
    name: "docx-extract",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "docx-extract", targets: ["DocxExtractCLI"]),
        .executable(name: "docx-extract-server", targets: ["DocxExtractServerCommand"]),
        .library(name: "ExtractionPipeline", targets: ["ExtractionPipeline"]),
        // The layers driven by raw bytes, for the libFuzzer harnesses of the package in Fuzz/.
        .library(name: "FuzzTargets", targets: ["FuzzTargets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibzip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CLibxml2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibcrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .target(name: "Zip", dependencies: ["CLibzip", "ThreadPlacement"], swiftSettings: strictSettings),
        .target(name: "XMLStream", dependencies: ["CLibxml2"], swiftSettings: strictSettings),
        .target(name: "Checksums", dependencies: ["CLibcrypto"], swiftSettings: strictSettings),
        .target(name: "DocumentModel", swiftSettings: strictSettings),
        .target(
            name: "CHeap",
            cSettings: linksJemalloc ? [] : [.define("CHEAP_SYSTEM_HEAP")],
            linkerSettings: linksJemalloc ? [.linkedLibrary("jemalloc", .when(platforms: [.linux]))] : []
        ),
        .target(name: "CThreadPlacement"),
        .target(name: "ThreadPlacement", dependencies: ["CThreadPlacement"], swiftSettings: strictSettings),
        .target(
            name: "Docx",
            dependencies: [
                "Zip", "XMLStream", "DocumentModel", .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Extraction",
            dependencies: ["DocumentModel"],
            exclude: ["Resources"],
            swiftSettings: strictSettings,
            plugins: ["EmbedResources", "CompileRules"]
        ),
        .executableTarget(name: "EmbedResourceTool", swiftSettings: strictSettings),
        .executableTarget(name: "RulesCompilerTool", swiftSettings: strictSettings),
        .plugin(name: "CompileRules", capability: .buildTool(), dependencies: ["RulesCompilerTool"]),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourceTool"]),
        .target(
            name: "ExtractionPipeline",
            dependencies: [
                "Zip", "Docx", "Extraction", "DocumentModel", "Checksums", "ThreadPlacement",
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "DocxExtractServer",
            dependencies: [
                "ExtractionPipeline", "CHeap",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Resources"],
            swiftSettings: strictSettings,
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "CommandLineSupport",
            dependencies: [
                "ExtractionPipeline", "CHeap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "DocxExtractCLI",
            dependencies: [
                "ExtractionPipeline", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "DocxExtractServerCommand",
            dependencies: [
                "ExtractionPipeline", "CommandLineSupport", "DocxExtractServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "SeededRandom", path: "Tests/SeededRandom", swiftSettings: strictSettings),
        .target(name: "ZipTestSupport", path: "Tests/ZipTestSupport", swiftSettings: strictSettings),
        .target(
            name: "TestSupport",
            dependencies: ["Docx", "ZipTestSupport", "SeededRandom"],
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "HostileCorpus",
            dependencies: ["TestSupport"],
            path: "Tests/HostileCorpus",
            swiftSettings: strictSettings
        ),
        .target(
            name: "FuzzTargets",
            dependencies: [
                "Zip", "Docx", "DocumentModel", "Extraction", "ExtractionPipeline", "TestSupport", "ZipTestSupport",
            ],
            path: "Tests/FuzzTargets",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FuzzRegressionTests", dependencies: ["FuzzTargets", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "ZipTests",
            dependencies: ["Zip", "ZipTestSupport", "SeededRandom"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"], swiftSettings: strictSettings),
        .testTarget(name: "ChecksumsTests", dependencies: ["Checksums"], swiftSettings: strictSettings),
        .testTarget(
            name: "DocxTests",
            dependencies: ["Docx", "DocumentModel", "Extraction", "TestSupport", "ZipTestSupport", "SeededRandom"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Extraction", "DocumentModel", "SeededRandom"],
            exclude: ["Resources"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ExtractionPipelineTests",
            dependencies: [
                "ExtractionPipeline", "Extraction", "Docx", "DocumentModel", "TestSupport", "ZipTestSupport",
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DocxExtractServerTests",
            dependencies: [
                "DocxExtractServer", "ExtractionPipeline", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DocxExtractCLITests",
            dependencies: [
                "DocxExtractCLI", "CommandLineSupport", "CThreadPlacement", "ThreadPlacement", "ExtractionPipeline",
                "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
