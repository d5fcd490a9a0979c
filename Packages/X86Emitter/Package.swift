// swift-tools-version:6.0
import PackageDescription

// X86Emitter: an x86-64 assembler that writes machine code together with the listing capstone
// would print for it (Intel syntax), with labels, patchable jumps, a RIP-relative constant pool
// and SysV calling-convention helpers; and, built on it, Tier 2's x86-64 backend (Backend/):
// superblocks compiled to machine code with a linear-scan register allocator, exit stubs and
// bridges linked by patching jumps.
let package = Package(
    name: "X86Emitter",
    products: [
        .library(name: "X86Emitter", targets: ["X86Emitter"]),
    ],
    dependencies: [
        .package(path: "../MachineCode"),
        .package(path: "../Superblock"),
    ],
    targets: [
        .target(name: "X86Emitter", dependencies: [
            .product(name: "MachineCode", package: "MachineCode"),
            .product(name: "Superblock", package: "Superblock"),
        ], swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .testTarget(name: "X86EmitterTests", dependencies: ["X86Emitter"]),
    ],
    swiftLanguageModes: [.v5]
)
