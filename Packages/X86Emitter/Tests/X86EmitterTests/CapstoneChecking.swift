import XCTest
import MachineCode
import X86Emitter

/// Assembles with `build`, then checks every instruction's bytes against its listing with
/// capstone. Returns how many instructions were checked.
@discardableResult
func assertMatchesCapstone(startAddress: UInt64 = 0x7f00_1234_0000, file: StaticString = #filePath, line: UInt = #line,
                           _ build: (X86Assembler) throws -> Void) throws -> Int {
    let assembler = X86Assembler()
    try build(assembler)
    let code = try assembler.finish()
    let bytes = try code.linked(at: startAddress)
    let listing = code.listing(at: startAddress)
    let mismatches = CapstoneOracle.verifier.verify(bytes, against: listing)
    for mismatch in mismatches.prefix(25) {
        let encoded = bytes[mismatch.offset ..< min(bytes.count, mismatch.offset + (mismatch.expected?.length ?? 1))]
            .map { String(format: "%02x", $0) }.joined()
        XCTFail("\(mismatch)\n    bytes:   \(encoded)", file: file, line: line)
    }
    if mismatches.count > 25 { XCTFail("... and \(mismatches.count - 25) more mismatches", file: file, line: line) }
    CapstoneOracle.checkedInstructions += listing.entries.count
    print("capstone-checked \(listing.entries.count) instructions (\(CapstoneOracle.checkedInstructions) so far)")
    return listing.entries.count
}

enum CapstoneOracle {
    static let verifier = ListingVerifier(disassembler: try! CapstoneDisassembler(architecture: .x86_64))
    /// Counted across the whole run, for the report at the end of the suite.
    nonisolated(unsafe) static var checkedInstructions = 0
}

/// Operand values that exercise every encoding special case.
enum Samples {
    static let registers = GPR.allCases
    static let xmms = XMM.allCases
    static let displacements: [Int32] = [0, 1, 8, -8, 9, 10, 0x7F, 0x80, -0x80, -0x81, 0x1234, -0x1234,
                                         0x12345678, Int32.max, Int32.min]

    /// Every base with every displacement, every index (all but rsp) with every scale under a
    /// few bases (including the special rsp, rbp, r12, r13), index-only and absolute forms.
    static let memories: [Memory] = {
        var result: [Memory] = []
        for base in GPR.allCases {
            for displacement in displacements { result.append(Memory(base: base, displacement: displacement)) }
        }
        let indexes = GPR.allCases.filter { $0 != .rsp }
        for (number, index) in indexes.enumerated() {
            for scale in [Memory.Scale.x1, .x2, .x4, .x8] {
                for base in [GPR.rax, .rsp, .rbp, .r12, .r13, GPR.allCases[number]] {
                    result.append(Memory(base: base, index: index, scale: scale, displacement: displacements[(number + Int(scale.rawValue)) % displacements.count]))
                }
                result.append(Memory(index: index, scale: scale, displacement: displacements[number % displacements.count]))
            }
        }
        for displacement in displacements { result.append(Memory(absolute: displacement)) }
        return result
    }()

    static func immediates(fitting size: OperandSize) -> [Int32] {
        let all: [Int32] = [0, 1, 2, 9, 10, 15, 16, -1, -9, -10, -11, 0x7F, 0x80, -0x80, -0x81, 0xFF, 0x100,
                            0x7FFF, 0x8000, -0x8000, -0x8001, 0xFFFF, 0x10000, 0x12345678, Int32.max, Int32.min]
        switch size {
        case .byte: return all.filter { $0 >= -0x80 && $0 <= 0xFF }
        case .word: return all.filter { $0 >= -0x8000 && $0 <= 0xFFFF }
        default: return all
        }
    }
}
