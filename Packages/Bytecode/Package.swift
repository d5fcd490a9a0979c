// swift-tools-version:6.0
import PackageDescription

// Bytecode: Hotpath's instruction set (generated from Instructions.def), compiled code units and
// the disassembler. No dependencies: the frontend produces it, every tier consumes it.
let package = Package(
    name: "Bytecode",
    products: [
        .library(name: "Bytecode", targets: ["Bytecode"]),
        .library(name: "BytecodeSpec", targets: ["BytecodeSpec"]),
        .executable(name: "bytecode-gen", targets: ["bytecode-gen"]),
    ],
    targets: [
        .target(name: "Bytecode"),
        .target(name: "BytecodeSpec"),
        .executableTarget(name: "bytecode-gen", dependencies: ["BytecodeSpec"]),
        .testTarget(name: "BytecodeTests", dependencies: ["Bytecode", "BytecodeSpec"]),
    ],
    swiftLanguageModes: [.v5]
)
