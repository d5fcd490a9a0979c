// swift-tools-version:6.0
import PackageDescription

// MachineCode: what every native-code emitter needs regardless of the instruction set — executable
// code memory kept W^X, a listing of what an emitter believes it wrote, and a capstone-backed
// disassembler that checks such a listing against the bytes (`--verify`).
let package = Package(
    name: "MachineCode",
    products: [
        .library(name: "MachineCode", targets: ["MachineCode"]),
    ],
    targets: [
        .systemLibrary(name: "CCapstone", pkgConfig: "capstone",
                       providers: [.apt(["libcapstone-dev"])]),
        .target(name: "MachineCode", dependencies: ["CCapstone"]),
        .testTarget(name: "MachineCodeTests", dependencies: ["MachineCode"]),
    ],
    swiftLanguageModes: [.v5]
)
