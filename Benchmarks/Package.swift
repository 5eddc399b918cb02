// swift-tools-version: 6.1
// The benchmarks of docx-extract: DocxBenchmark (the reader, extraction and the report against a bare libxml2 SAX2
// loop in C, on generated reports) and that C floor. Built and run by the scripts beside this file, never by the
// main build: `swift run -c release --package-path Benchmarks DocxBenchmark`.
import PackageDescription

let package = Package(
    name: "docx-extract-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "docx-extract", path: "..")],
    targets: [
        .systemLibrary(
            name: "BenchmarkLibxml2", path: "CLibxml2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "BenchmarkLibzip", path: "CLibzip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .target(
            name: "BenchmarkHeap", path: "BenchmarkHeap",
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
        .target(name: "SAXBaseline", dependencies: ["BenchmarkLibxml2", "BenchmarkLibzip"], path: "SAXBaseline"),
        .executableTarget(
            name: "DocxBenchmark",
            dependencies: [
                .product(name: "ExtractionPipeline", package: "docx-extract"), "SAXBaseline", "BenchmarkHeap",
            ],
            path: "DocxBenchmark",
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("MemberImportVisibility"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
