// swift-tools-version:6.0
import PackageDescription

// Projector: builds a superblock from a hot spot by abstract interpretation over Tier 1's
// specialized bytecode (seed 000), projecting through calls found in the function-by-version
// cache (seed 001), guided by the branch histories Tier 1 recorded.
let package = Package(
    name: "Projector",
    products: [
        .library(name: "Projector", targets: ["Projector"]),
    ],
    dependencies: [
        .package(path: "../Bytecode"),
        .package(path: "../Runtime"),
        .package(path: "../Superblock"),
        .package(path: "../Interpreter"),
        .package(path: "../Frontend"),
    ],
    targets: [
        .target(name: "Projector", dependencies: [
            .product(name: "Bytecode", package: "Bytecode"),
            .product(name: "Runtime", package: "Runtime"),
            .product(name: "Superblock", package: "Superblock"),
        ]),
        // The tests run programs on Tier 1 (Interpreter, Frontend) and project their hot loops.
        .testTarget(name: "ProjectorTests", dependencies: [
            "Projector",
            .product(name: "Bytecode", package: "Bytecode"),
            .product(name: "Runtime", package: "Runtime"),
            .product(name: "Superblock", package: "Superblock"),
            .product(name: "Interpreter", package: "Interpreter"),
            .product(name: "Frontend", package: "Frontend"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
