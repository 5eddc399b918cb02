// swift-tools-version: 6.1
// libFuzzer harnesses for docx-extract; built and run by scripts/fuzz, never by the main build.
import PackageDescription

let harnessDependencies: [Target.Dependency] = [
    "CFuzzerDriver", .product(name: "FuzzTargets", package: "docx-extract"),
]

let package = Package(
    name: "docx-extract-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "docx-extract", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "FuzzZip", dependencies: harnessDependencies),
        .executableTarget(name: "FuzzWordML", dependencies: harnessDependencies),
        .executableTarget(name: "FuzzExtraction", dependencies: harnessDependencies),
    ],
    swiftLanguageModes: [.v6]
)
