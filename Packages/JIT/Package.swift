// swift-tools-version:6.0
import PackageDescription

// JIT: Tier 2's glue. Decides when loops are hot, projects and compiles superblocks, runs them
// through the chosen backend, counts exits and attaches bridges ("plan B"), keeps the trace log
// and statistics. Holds the uop interpreter backend, the reference for every other backend, and
// builds the machine-code backends (NativeBackends).
let package = Package(
    name: "JIT",
    products: [
        .library(name: "JIT", targets: ["JIT"]),
    ],
    dependencies: [
        .package(path: "../Bytecode"),
        .package(path: "../Runtime"),
        .package(path: "../Superblock"),
        .package(path: "../Projector"),
        .package(path: "../Optimizer"),
        .package(path: "../Interpreter"),
        .package(path: "../Frontend"),
        .package(path: "../MachineCode"),
        .package(path: "../X86Emitter"),
    ],
    targets: [
        .target(name: "JIT", dependencies: [
            .product(name: "Bytecode", package: "Bytecode"),
            .product(name: "Runtime", package: "Runtime"),
            .product(name: "Superblock", package: "Superblock"),
            .product(name: "Projector", package: "Projector"),
            .product(name: "Optimizer", package: "Optimizer"),
            .product(name: "Interpreter", package: "Interpreter"),
            .product(name: "MachineCode", package: "MachineCode"),
            .product(name: "X86Emitter", package: "X86Emitter"),
        ], swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .testTarget(name: "JITTests", dependencies: [
            "JIT",
            .product(name: "Superblock", package: "Superblock"),
            .product(name: "Frontend", package: "Frontend"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
