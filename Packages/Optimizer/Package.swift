// swift-tools-version:6.0
import PackageDescription

// Optimizer: passes over superblocks (superblock in, superblock out), tested on hand-built
// superblocks without running anything. The pipeline is chosen by name so any pass can be turned
// off when a bug appears.
let package = Package(
    name: "Optimizer",
    products: [
        .library(name: "Optimizer", targets: ["Optimizer"]),
    ],
    dependencies: [
        .package(path: "../Superblock"),
        .package(path: "../Runtime"),
    ],
    targets: [
        .target(name: "Optimizer", dependencies: [
            .product(name: "Superblock", package: "Superblock"),
            .product(name: "Runtime", package: "Runtime"),
        ]),
        .testTarget(name: "OptimizerTests", dependencies: ["Optimizer"]),
    ],
    swiftLanguageModes: [.v5]
)
