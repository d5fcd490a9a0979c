import XCTest
import MachineCode
import X86Emitter

/// Labels, errors, annotations, patch sites and the verifier on assembled code.
final class AssemblerBehaviourTests: XCTestCase {
    func testUnboundLabelIsAnError() {
        let a = X86Assembler()
        let nowhere = a.newLabel()
        a.jmp(nowhere)
        XCTAssertThrowsError(try a.finish()) { XCTAssertEqual($0 as? X86AssemblerError, .unboundLabel(nowhere)) }
    }

    func testShortJumpOutOfRangeIsAnError() {
        let a = X86Assembler()
        let far = a.newLabel()
        a.jmp(far, distance: .short)
        a.nop(length: 128)
        a.bind(far)
        XCTAssertThrowsError(try a.finish()) {
            XCTAssertEqual($0 as? X86AssemblerError, .shortJumpOutOfRange(instructionOffset: 0, distance: 128))
        }
    }

    func testShortJumpAtTheEdgeOfRange() throws {
        try assertMatchesCapstone { a in
            let far = a.newLabel()
            a.jmp(far, distance: .short)
            a.nop(length: 127)
            a.bind(far)
            let back = a.here()
            a.nop(length: 126)
            a.jmp(back)                         // -128: still rel8
            a.nop(length: 125)
            a.j(.equal, back)                   // -129 - 2: rel32
        }
        let a = X86Assembler()
        let back = a.here()
        a.nop(length: 126)
        a.jmp(back)
        a.jmp(back)
        XCTAssertEqual(a.bytes.count, 126 + 2 + 5)
    }

    func testAbsoluteTargetOutOfReachIsALinkError() throws {
        let a = X86Assembler()
        a.call(toAddress: 0x7000_0000_0000)
        let code = try a.finish()
        XCTAssertNoThrow(try code.linked(at: 0x7000_1000_0000))
        XCTAssertThrowsError(try code.linked(at: 0x1000)) {
            XCTAssertEqual($0 as? X86AssemblerError, .targetOutOfRange(fieldOffset: 1, target: 0x7000_0000_0000))
        }
    }

    func testPatchSites() throws {
        let a = X86Assembler()
        let exit = a.newLabel()
        a.nop(length: 3)
        let first = a.patchableJump(.overflow, to: .label(exit))
        let second = a.patchableJump(to: .absolute(0x1000))
        a.bind(exit)
        a.ret()
        let code = try a.finish()
        XCTAssertEqual(code.patchSites, [first, second])
        XCTAssertEqual([first.index, second.index], [0, 1])
        XCTAssertEqual([first.instructionOffset, first.fieldOffset, first.instructionEnd], [3, 5, 9])
        XCTAssertEqual([second.instructionOffset, second.fieldOffset, second.instructionEnd], [9, 10, 14])
        XCTAssertEqual(first.rel32(codeAddress: 0x5000, target: 0x5000 + 9 + 0x100), [0x00, 0x01, 0, 0])
        XCTAssertEqual(first.rel32(codeAddress: 0x5000, target: 0x5000), [0xF7, 0xFF, 0xFF, 0xFF])
        XCTAssertNil(first.rel32(codeAddress: 0x5000, target: 0x5000 + 0x1_0000_0000))
        XCTAssertEqual(Array(code.bytes[5 ..< 9]), [5, 0, 0, 0], "jo to the ret after the second jump")
    }

    func testAnnotationsReachTheListing() throws {
        let a = X86Assembler()
        a.annotation = "LOAD_FAST x (line 3)"
        a.mov(.rax, .rdi)
        a.annotation = "BINARY_OP + (line 4)"
        a.add(.rax, 1)
        a.annotation = nil
        a.ret()
        let listing = try a.finish().listing(at: 0)
        XCTAssertEqual(listing.entries.map(\.annotation), ["LOAD_FAST x (line 3)", "BINARY_OP + (line 4)", nil])
        XCTAssertEqual(listing.entries.map(\.text), ["mov rax, rdi", "add rax, 1", "ret"])
    }

    func testVerifierCatchesCorruptedCode() throws {
        let a = X86Assembler()
        a.annotation = "guard"
        a.mov(.rax, Memory(base: .r13, index: .r12, scale: .x8, displacement: 0x40))
        a.cmp(.rax, 10)
        a.j(.notEqual, toAddress: 0x7f00_0000_2000)
        a.ret()
        let code = try a.finish()
        let start: UInt64 = 0x7f00_0000_1000
        var bytes = try code.linked(at: start)
        let listing = code.listing(at: start)
        XCTAssertEqual(CapstoneOracle.verifier.verify(bytes, against: listing), [])

        bytes[2] ^= 0x40                                       // ModRM mod: disp8 becomes disp32
        let mismatches = CapstoneOracle.verifier.verify(bytes, against: listing)
        XCTAssertFalse(mismatches.isEmpty)
        XCTAssertEqual(mismatches.first?.offset, 0)
        XCTAssertEqual(mismatches.first?.expected?.text, "mov rax, qword ptr [r13 + r12*8 + 0x40]")
        XCTAssertTrue(mismatches.first!.description.contains("from:    guard"))

        var retargeted = try code.linked(at: start)
        retargeted[code.relocations[0].fieldOffset] &+= 1        // the jne goes one byte further
        XCTAssertEqual(CapstoneOracle.verifier.verify(retargeted, against: listing).map(\.problem),
                       ["operands '0x7f0000002001', listed '0x7f0000002000'"])
    }

    func testMemoryOperandSugar() {
        XCTAssertEqual(.rdi + 16, Memory(base: .rdi, displacement: 16))
        XCTAssertEqual(.rbp - 8, Memory(base: .rbp, displacement: -8))
        XCTAssertEqual((.rsp + 8).advanced(by: 8), Memory(base: .rsp, displacement: 16))
        XCTAssertEqual(Condition.less.negated, .greaterOrEqual)
        XCTAssertEqual(Condition.parity.negated, .noParity)
        for condition in Condition.allCases { XCTAssertEqual(condition.negated.negated, condition) }
    }
}
