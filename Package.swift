// swift-tools-version:6.0
import PackageDescription

// The `hotpath` command and the end-to-end tests (conformance suite). Every part lives in its own
// package under Packages/, usable and testable alone.
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
        .package(path: "Packages/Optimizer"),
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
    ],
    swiftLanguageModes: [.v5]
)
