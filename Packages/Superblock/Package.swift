// swift-tools-version:6.0
import PackageDescription

// Superblock: Tier 2's intermediate representation. The uop set and the projector's translation
// table (generated from Bytecode/Instructions.def), the superblock itself (SSA uops with exits
// carrying snapshots of the interpreter state), its text dump, and the `Backend` protocol every
// execution backend (uop interpreter, x86-64, AArch64) implements.
let package = Package(
    name: "Superblock",
    products: [
        .library(name: "Superblock", targets: ["Superblock"]),
    ],
    dependencies: [
        .package(path: "../Bytecode"),
        .package(path: "../Runtime"),
    ],
    targets: [
        .target(name: "Superblock", dependencies: [
            .product(name: "Bytecode", package: "Bytecode"),
            .product(name: "Runtime", package: "Runtime"),
        ]),
        .testTarget(name: "SuperblockTests", dependencies: [
            "Superblock",
            .product(name: "BytecodeSpec", package: "Bytecode"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
