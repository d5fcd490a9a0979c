// swift-tools-version:6.0
import PackageDescription

// Frontend: Python source to code units. Lexer, parser (an AST mirroring CPython's `ast` module),
// symbol table and compiler. Usable on its own as a Python parsing/compiling library.
let package = Package(
    name: "Frontend",
    products: [
        .library(name: "Frontend", targets: ["Frontend"]),
    ],
    dependencies: [
        .package(path: "../Bytecode"),
    ],
    targets: [
        .target(name: "Frontend", dependencies: [.product(name: "Bytecode", package: "Bytecode")]),
        .testTarget(name: "FrontendTests", dependencies: ["Frontend"]),
    ],
    swiftLanguageModes: [.v5]
)
