// swift-tools-version:6.0
import PackageDescription

// The `hotpath` command and the end-to-end tests (conformance suite). Every part lives in its own
// package under Packages/, usable and testable alone (`swift test --package-path Packages/NAME`).
//
// The packages' own tests are also test targets here (same files, `<Package>PackageTests`), so one
// `swift test` compiles every module once instead of once per package that depends on it; this
// keeps ci/test well inside its time budget. Their dependencies mirror the packages' manifests.
let package = Package(
    name: "Hotpath",
    products: [
        .executable(name: "hotpath", targets: ["hotpath"]),
    ],
    dependencies: [
        .package(path: "Packages/Bytecode"),
        .package(path: "Packages/Frontend"),
        .package(path: "Packages/Runtime"),
        .package(path: "Packages/Interpreter"),
        .package(path: "Packages/JIT"),
        .package(path: "Packages/Projector"),
        .package(path: "Packages/Optimizer"),
        .package(path: "Packages/Superblock"),
        .package(path: "Packages/MachineCode"),
        .package(path: "Packages/X86Emitter"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "hotpath",
            dependencies: [
                .product(name: "Bytecode", package: "Bytecode"),
                .product(name: "Frontend", package: "Frontend"),
                .product(name: "Runtime", package: "Runtime"),
                .product(name: "Interpreter", package: "Interpreter"),
                .product(name: "JIT", package: "JIT"),
                .product(name: "Optimizer", package: "Optimizer"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "HotpathTests", dependencies: ["hotpath"]),
        packageTests("Bytecode", [.product(name: "Bytecode", package: "Bytecode"), .product(name: "BytecodeSpec", package: "Bytecode")]),
        packageTests("Frontend", [.product(name: "Frontend", package: "Frontend")]),
        packageTests("Runtime", [.product(name: "Runtime", package: "Runtime")]),
        packageTests("Interpreter", [.product(name: "Interpreter", package: "Interpreter"), .product(name: "Frontend", package: "Frontend")]),
        packageTests("Superblock", [.product(name: "Superblock", package: "Superblock"), .product(name: "BytecodeSpec", package: "Bytecode")]),
        packageTests("Projector", [.product(name: "Projector", package: "Projector"), .product(name: "Bytecode", package: "Bytecode"),
                                   .product(name: "Runtime", package: "Runtime"), .product(name: "Superblock", package: "Superblock"),
                                   .product(name: "Interpreter", package: "Interpreter"), .product(name: "Frontend", package: "Frontend")]),
        packageTests("Optimizer", [.product(name: "Optimizer", package: "Optimizer"), .product(name: "Superblock", package: "Superblock"),
                                   .product(name: "Runtime", package: "Runtime"), .product(name: "Bytecode", package: "Bytecode"),
                                   .product(name: "Projector", package: "Projector"), .product(name: "Interpreter", package: "Interpreter"),
                                   .product(name: "Frontend", package: "Frontend")]),
        packageTests("JIT", [.product(name: "JIT", package: "JIT"), .product(name: "Frontend", package: "Frontend")]),
        packageTests("MachineCode", [.product(name: "MachineCode", package: "MachineCode")]),
        packageTests("X86Emitter", [.product(name: "X86Emitter", package: "X86Emitter")]),
    ],
    swiftLanguageModes: [.v5]
)

/// The tests of Packages/NAME, compiled with everything else.
func packageTests(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .testTarget(name: name + "PackageTests", dependencies: dependencies, path: "Packages/\(name)/Tests/\(name)Tests")
}
