// swift-tools-version:6.2
// libFuzzer targets, built only by `make fuzz` (with -sanitize=fuzzer, in .build-fuzz): each is a
// thin entry point over a property in the main package's Fuzzing module.

import PackageDescription

let targets = ["fuzz-json", "fuzz-filter", "fuzz-patch", "fuzz-mapper"]

let package = Package(
    name: "scimdesk-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "scimdesk", path: "..")],
    targets: targets.map { name in
        .executableTarget(name: name, dependencies: [.product(name: "Fuzzing", package: "scimdesk")], path: "Targets/\(name)")
    }
)
