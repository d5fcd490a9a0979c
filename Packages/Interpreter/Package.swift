// swift-tools-version:6.0
import PackageDescription

// Interpreter: Tier 1. Loads code units into the heap, runs them on a specializing adaptive
// interpreter (quickening with inline caches, branch histories, loop counters for Tier 2), and
// implements the built-in functions, types and their methods.
let package = Package(
    name: "Interpreter",
    products: [
        .library(name: "Interpreter", targets: ["Interpreter"]),
    ],
    dependencies: [
        .package(path: "../Runtime"),
        .package(path: "../Bytecode"),
        .package(path: "../Frontend"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .target(name: "Interpreter",
                dependencies: [.product(name: "Runtime", package: "Runtime"),
                               .product(name: "Bytecode", package: "Bytecode"),
                               .product(name: "BigInt", package: "BigInt")],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .testTarget(name: "InterpreterTests",
                    dependencies: ["Interpreter", .product(name: "Frontend", package: "Frontend")]),
    ],
    swiftLanguageModes: [.v5]
)
