import XCTest
import X86Emitter

/// Jumps, calls and RIP-relative operands, checked against capstone at a real-looking address.
final class ControlFlowEncodingTests: XCTestCase {
    func testJumpsToLabels() throws {
        try assertMatchesCapstone { a in
            let back = a.here()
            var forward: [Label] = []
            for condition in Condition.allCases {
                a.j(condition, back)                                  // rel8 (bound, near)
                a.j(condition, back, distance: .near)                 // rel32 forced
                let label = a.newLabel()
                a.j(condition, label)                                 // forward: rel32
                let near = a.newLabel()
                a.j(condition, near, distance: .short)                // forward: rel8
                a.bind(near)
                forward.append(label)
            }
            a.jmp(back); a.jmp(back, distance: .near)
            a.nop(length: 200)
            a.jmp(back)                                               // too far for rel8: rel32
            a.j(.equal, back)
            for label in forward { a.bind(label); a.nop() }
            let end = a.newLabel()
            a.jmp(end); a.jmp(end, distance: .short); a.call(end)
            a.bind(end)
            a.call(back)
            a.jmp(to: .label(back)); a.j(.above, to: .label(back)); a.call(to: .label(back))
            a.ret()
        }
    }

    func testIndirectAndAbsoluteBranches() throws {
        let start: UInt64 = 0x7f00_1234_0000
        try assertMatchesCapstone(startAddress: start) { a in
            for r in Samples.registers { a.jmp(r); a.call(r) }
            for m in Samples.memories.prefix(80) { a.jmp(m); a.call(m) }
            for target in [start, start + 0x10, start - 0x1000_0000, start + 0x7000_0000, 0x7f00_1234_0003] {
                a.jmp(toAddress: target); a.call(toAddress: target)
                for condition in Condition.allCases { a.j(condition, toAddress: target) }
                a.patchableJump(to: .absolute(target))
                a.patchableJump(.less, to: .absolute(target))
            }
            a.jmp(to: .absolute(start + 0x100)); a.j(.sign, to: .absolute(start + 0x100)); a.call(to: .absolute(start))
            a.callAbsolute(0x5555_1234_5678)
            a.callAbsolute(0x0123_4567_89AB_CDEF, using: .r11)
        }
    }

    func testRIPRelativeOperandsAndConstantPool() throws {
        try assertMatchesCapstone { a in
            let code = a.here()
            for (n, r) in Samples.registers.enumerated() {
                a.mov(r, a.constant(bits: UInt64(n)))
                a.lea(r, Memory(label: code, displacement: Int32(n * 100 - 300)))
                a.cmp(a.constant(bits: 0xFFFF), Int32(n * 1000))    // immediate after the displacement
                a.arithmetic(.and, a.constant(bits: 7), 7, size: .byte)
                a.movsd(Samples.xmms[n], a.constant(Double(n) + 0.5))
                a.xorpd(Samples.xmms[n], a.constant(low: 0x8000_0000_0000_0000, high: 0))
                a.roundsd(Samples.xmms[n], a.constant(2.5), .floor)
            }
            let later = a.newLabel()
            a.lea(.rax, Memory(label: later))
            a.bind(later)
            a.ret()
        }
    }

    func testConstantPoolLayout() throws {
        let a = X86Assembler()
        let one = a.constant(1.0)
        XCTAssertEqual(a.constant(1.0), one, "equal constants are stored once")
        let mask = a.constant(low: 1, high: 2)
        a.movsd(.xmm0, one)
        a.andpd(.xmm0, mask)
        a.ret()
        let code = try a.finish()
        XCTAssertEqual(code.codeLength, 8 + 8 + 1)
        guard case .label(let maskLabel) = mask.base, case .label(let oneLabel) = one.base else { return XCTFail() }
        XCTAssertEqual(code.offset(of: maskLabel), 32, "16-byte entries first, 16-byte aligned")
        XCTAssertEqual(code.offset(of: oneLabel), 48)
        XCTAssertEqual(code.bytes.count, 56)
        XCTAssertEqual(Array(code.bytes[17 ..< 32]), [UInt8](repeating: 0xCC, count: 15))
    }
}
