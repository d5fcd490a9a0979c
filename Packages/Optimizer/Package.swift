// swift-tools-version:6.0
import PackageDescription

// Optimizer: passes over superblocks (superblock in, superblock out), tested on hand-built
// superblocks without running anything. The pipeline is chosen by name so any pass can be turned
// off when a bug appears.
//
// The tests also project superblocks from real programs (Projector, Interpreter, Frontend) and run
// programs with every pipeline on the uop interpreter. The uop interpreter lives in the JIT
// package, which depends on this one, so the tests compile its two files through symlinks
// (Tests/OptimizerTests/ReferenceBackend) instead of depending on JIT: no package cycle.
let package = Package(
    name: "Optimizer",
    products: [
        .library(name: "Optimizer", targets: ["Optimizer"]),
    ],
    dependencies: [
        .package(path: "../Superblock"),
        .package(path: "../Runtime"),
        .package(path: "../Bytecode"),
        .package(path: "../Projector"),
        .package(path: "../Interpreter"),
        .package(path: "../Frontend"),
    ],
    targets: [
        .target(name: "Optimizer", dependencies: [
            .product(name: "Superblock", package: "Superblock"),
            .product(name: "Runtime", package: "Runtime"),
        ]),
        .testTarget(name: "OptimizerTests", dependencies: [
            "Optimizer",
            .product(name: "Superblock", package: "Superblock"),
            .product(name: "Runtime", package: "Runtime"),
            .product(name: "Bytecode", package: "Bytecode"),
            .product(name: "Projector", package: "Projector"),
            .product(name: "Interpreter", package: "Interpreter"),
            .product(name: "Frontend", package: "Frontend"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
