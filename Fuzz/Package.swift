// swift-tools-version:6.2
// libFuzzer targets, built only by `make fuzz` (with -sanitize=fuzzer, in .build-fuzz): each is a
// thin entry point over a property in the main package's Fuzzing module, so the main package's
// build and tests never see the fuzzer flag.

import PackageDescription

let targets = ["fuzz-json", "fuzz-filter", "fuzz-patch", "fuzz-mapper"]

let package = Package(
    name: "scimdesk-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "scimdesk", path: "..")],
    targets: [.systemLibrary(name: "CLibFuzzer", path: "CLibFuzzer")]
        + targets.map { name in
            .executableTarget(
                name: name, dependencies: ["CLibFuzzer", .product(name: "Fuzzing", package: "scimdesk")], path: "Targets/\(name)")
        }
)
