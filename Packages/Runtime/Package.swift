// swift-tools-version:6.0
import PackageDescription

// Runtime: values (NaN-boxed 64-bit words), the managed heap with its garbage collector, and the
// layouts of every built-in object. Nothing here executes Python code; the interpreter installs
// hooks for the few places that must (equality of user objects in dicts and sets).
let package = Package(
    name: "Runtime",
    products: [
        .library(name: "Runtime", targets: ["Runtime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .target(name: "RuntimeSupport"),
        .target(name: "Runtime",
                dependencies: ["RuntimeSupport", .product(name: "BigInt", package: "BigInt")],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
    ],
    swiftLanguageModes: [.v5]
)
