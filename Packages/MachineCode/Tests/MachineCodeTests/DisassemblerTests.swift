import XCTest
import MachineCode

final class DisassemblerTests: XCTestCase {
    func testX86InIntelSyntax() throws {
        let capstone = try CapstoneDisassembler(architecture: .x86_64)
        // mov rax, qword ptr [rdi + 0x10]; add rax, -1; jmp (to itself); ret
        let bytes: [UInt8] = [0x48, 0x8B, 0x47, 0x10, 0x48, 0x83, 0xC0, 0xFF, 0xEB, 0xFE, 0xC3]
        let instructions = capstone.disassemble(bytes, startAddress: 0x1000)
        XCTAssertEqual(instructions.map(\.text), ["mov rax, qword ptr [rdi + 0x10]", "add rax, -1", "jmp 0x1008", "ret"])
        XCTAssertEqual(instructions.map(\.offset), [0, 4, 8, 10])
        XCTAssertEqual(instructions.map(\.address), [0x1000, 0x1004, 0x1008, 0x100A])
        XCTAssertEqual(instructions.last?.operands, "")
    }

    func testX86StopsAtBytesThatDoNotDecode() throws {
        let capstone = try CapstoneDisassembler(architecture: .x86_64)
        let bytes: [UInt8] = [0x90, 0x06, 0x90]   // 0x06 (push es) is invalid in 64-bit mode
        XCTAssertEqual(capstone.disassemble(bytes).map(\.text), ["nop"])
        bytes.withUnsafeBytes { raw in
            XCTAssertNil(capstone.decodeInstruction(in: raw, offset: 1, startAddress: 0))
            XCTAssertEqual(capstone.decodeInstruction(in: raw, offset: 2, startAddress: 0)?.text, "nop")
            XCTAssertNil(capstone.decodeInstruction(in: raw, offset: 3, startAddress: 0))
        }
    }

    func testAArch64() throws {
        let capstone = try CapstoneDisassembler(architecture: .aarch64)
        // add x0, x1, #1; ret (little-endian words)
        let bytes: [UInt8] = [0x20, 0x04, 0x00, 0x91, 0xC0, 0x03, 0x5F, 0xD6]
        XCTAssertEqual(capstone.disassemble(bytes).map(\.text), ["add x0, x1, #1", "ret"])
    }
}
