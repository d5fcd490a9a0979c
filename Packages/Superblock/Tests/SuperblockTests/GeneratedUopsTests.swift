import XCTest
import Bytecode
import BytecodeSpec
@testable import Superblock

final class GeneratedUopsTests: XCTestCase {
    let bytecodeDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Bytecode")

    /// The committed Uops.swift must be exactly what bytecode-gen makes from Instructions.def.
    func testGeneratedUopsAreUpToDate() throws {
        let definition = try String(contentsOf: bytecodeDirectory.appendingPathComponent("Instructions.def"), encoding: .utf8)
        let instructions = try parseInstructionSpecs(definition)
        let uops = try parseUopSpecs(definition)
        let expansions = try parseExpansions(definition, instructions: instructions, uops: uops)
        let committed = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Superblock/Generated/Uops.swift"), encoding: .utf8)
        XCTAssertTrue(committed == generateUopSource(uops: uops, expansions: expansions, instructions: instructions),
                      "Generated/Uops.swift is stale: run `swift run --package-path Packages/Bytecode bytecode-gen`")
    }

    /// An expansion must have the stack effect of the instruction it replaces.
    func testExpansionsPreserveStackEffects() {
        for opcode in Opcode.allCases {
            guard case .uops(let list)? = opcode.expansion else { continue }
            for oparg in [1, 2, 3, 5] {
                var depth = 0
                var lowest = 0
                for (uop, _) in list {
                    let layout = uop.layout(oparg: oparg)
                    depth -= layout.poppedCount
                    lowest = min(lowest, depth)
                    for output in layout.outputs {
                        switch output {
                        case .result: depth += 1
                        case .passThrough(let name): depth += layout.inputs.first { $0.name == name }!.count
                        }
                    }
                }
                XCTAssertEqual(depth, opcode.stackEffect(oparg: oparg), "\(opcode.name) oparg \(oparg)")
                XCTAssertEqual(-lowest, opcode.stackInputs(oparg: oparg), "\(opcode.name) reads \(-lowest) items")
            }
        }
    }

    func testEveryGuardedSpecializationHasAnExpansion() {
        for opcode in Opcode.allCases where opcode.isSpecialized && opcode.flags.contains(.guarded) {
            XCTAssertNotNil(opcode.expansion, "\(opcode.name) cannot be projected")
        }
        XCTAssertNil(Opcode.YIELD_VALUE.expansion, "yields end projection")
    }
}
