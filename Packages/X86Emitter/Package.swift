// swift-tools-version:6.0
import PackageDescription

// X86Emitter: an x86-64 assembler that writes machine code together with the listing capstone
// would print for it (Intel syntax), with labels, patchable jumps, a RIP-relative constant pool
// and SysV calling-convention helpers. The code generator of Tier 2 builds on it.
let package = Package(
    name: "X86Emitter",
    products: [
        .library(name: "X86Emitter", targets: ["X86Emitter"]),
    ],
    dependencies: [
        .package(path: "../MachineCode"),
    ],
    targets: [
        .target(name: "X86Emitter", dependencies: [.product(name: "MachineCode", package: "MachineCode")]),
        .testTarget(name: "X86EmitterTests", dependencies: ["X86Emitter"]),
    ],
    swiftLanguageModes: [.v5]
)
