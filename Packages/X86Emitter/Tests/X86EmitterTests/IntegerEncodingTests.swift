import XCTest
import X86Emitter

/// Integer instructions over all registers, sizes, addressing forms and immediates, each checked
/// against capstone (bytes and listing text).
final class IntegerEncodingTests: XCTestCase {
    let memories = Samples.memories
    let registers = Samples.registers

    func testMov() throws {
        try assertMatchesCapstone { a in
            for size in OperandSize.allCases {
                for d in registers { for s in registers { a.mov(d, s, size: size) } }
                for (n, m) in memories.enumerated() {
                    a.mov(registers[n % 16], m, size: size)
                    a.mov(m, registers[(n + 5) % 16], size: size)
                }
                for (n, immediate) in Samples.immediates(fitting: size).enumerated() {
                    a.mov(memories[(n * 7) % memories.count], immediate, size: size)
                }
            }
        }
    }

    func testMovImmediateChoosesTheShortestForm() throws {
        let values: [Int64] = [0, 1, 9, 10, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x1_0000_0000, -1, -10,
                               Int64(Int32.min), Int64(Int32.min) - 1, Int64.max, Int64.min, 0x0123_4567_89AB_CDEF]
        try assertMatchesCapstone { a in
            for r in registers {
                for value in values { a.mov(r, value) }
                a.movabs(r, 0)
                a.movabs(r, UInt64.max)
            }
        }
        let a = X86Assembler()
        a.mov(.rax, 5); XCTAssertEqual(a.bytes.count, 5)
        a.mov(.r9, -1); XCTAssertEqual(a.bytes.count, 5 + 7)
        a.mov(.rax, Int64.max); XCTAssertEqual(a.bytes.count, 5 + 7 + 10)
        XCTAssertEqual(a.movabs(.rcx, 1), 5 + 7 + 10 + 2)
    }

    func testExtensionsAndLea() throws {
        try assertMatchesCapstone { a in
            for d in registers {
                for s in registers {
                    a.movzx(d, s, from: .byte); a.movzx(d, s, from: .word)
                    a.movzx(d, s, from: .byte, size: .qword); a.movzx(d, s, from: .byte, size: .word)
                    a.movsx(d, s, from: .byte); a.movsx(d, s, from: .word); a.movsx(d, s, from: .dword)
                    a.movsx(d, s, from: .byte, size: .dword); a.movsx(d, s, from: .word, size: .dword)
                }
            }
            for (n, m) in memories.enumerated() {
                let r = registers[n % 16]
                a.movzx(r, m, from: .byte); a.movzx(r, m, from: .word, size: .qword)
                a.movsx(r, m, from: .byte); a.movsx(r, m, from: .word); a.movsx(r, m, from: .dword)
                a.lea(r, m); a.lea(registers[(n + 3) % 16], m, size: .dword)
            }
        }
    }

    func testArithmetic() throws {
        try assertMatchesCapstone { a in
            for operation in ArithmeticOperation.allCases {
                for size in OperandSize.allCases {
                    for d in registers { for s in registers { a.arithmetic(operation, d, s, size: size) } }
                    for (n, m) in memories.enumerated() where n % 3 == Int(operation.rawValue) % 3 {
                        a.arithmetic(operation, registers[n % 16], m, size: size)
                        a.arithmetic(operation, m, registers[(n + 9) % 16], size: size)
                    }
                    for (n, immediate) in Samples.immediates(fitting: size).enumerated() {
                        for r in registers { a.arithmetic(operation, r, immediate, size: size) }
                        a.arithmetic(operation, memories[(n * 13) % memories.count], immediate, size: size)
                    }
                }
            }
        }
    }

    func testTest() throws {
        try assertMatchesCapstone { a in
            for size in OperandSize.allCases {
                for d in registers { for s in registers { a.test(d, s, size: size) } }
                for (n, m) in memories.enumerated() { a.test(m, registers[n % 16], size: size) }
                for (n, immediate) in Samples.immediates(fitting: size).enumerated() {
                    for r in registers { a.test(r, immediate, size: size) }
                    a.test(memories[(n * 11) % memories.count], immediate, size: size)
                }
            }
        }
    }

    func testMultiplyDivideAndUnary() throws {
        try assertMatchesCapstone { a in
            for size in [OperandSize.word, .dword, .qword] {
                for d in registers {
                    for s in registers { a.imul(d, s, size: size) }
                    for immediate in Samples.immediates(fitting: size) { a.imul(d, registers[(Int(d.rawValue) + 3) % 16], immediate, size: size) }
                }
                for (n, m) in memories.enumerated() {
                    a.imul(registers[n % 16], m, size: size)
                    a.imul(registers[(n + 1) % 16], m, Samples.immediates(fitting: size)[n % 10], size: size)
                }
            }
            for size in OperandSize.allCases {
                for r in registers {
                    a.neg(r, size: size); a.not(r, size: size); a.inc(r, size: size); a.dec(r, size: size)
                    a.idiv(r, size: size); a.div(r, size: size)
                }
                for m in memories.prefix(60) {
                    a.neg(m, size: size); a.not(m, size: size); a.inc(m, size: size); a.dec(m, size: size)
                    a.idiv(m, size: size); a.div(m, size: size)
                }
            }
            a.cqo(); a.cdq()
        }
    }

    func testShifts() throws {
        try assertMatchesCapstone { a in
            for operation in ShiftOperation.allCases {
                for size in OperandSize.allCases {
                    for r in registers {
                        a.shift(operation, r, .cl, size: size)
                        for count: UInt8 in [1, 2, 9, 10, 31, 63] { a.shift(operation, r, .immediate(count), size: size) }
                    }
                    for m in memories.prefix(40) {
                        a.shift(operation, m, .cl, size: size)
                        a.shift(operation, m, 1, size: size)
                        a.shift(operation, m, 17, size: size)
                    }
                }
            }
        }
    }

    func testSetAndConditionalMove() throws {
        try assertMatchesCapstone { a in
            for condition in Condition.allCases {
                for r in registers { a.set(condition, r) }
                for m in memories.prefix(30) { a.set(condition, m) }
                for size in [OperandSize.word, .dword, .qword] {
                    for d in registers { for s in registers { a.cmov(condition, d, s, size: size) } }
                    for (n, m) in memories.enumerated() where n % 8 == Int(condition.rawValue) % 8 {
                        a.cmov(condition, registers[n % 16], m, size: size)
                    }
                }
            }
        }
    }

    func testStackTrapsAndNops() throws {
        try assertMatchesCapstone { a in
            for r in registers { a.push(r); a.pop(r) }
            for immediate in Samples.immediates(fitting: .dword) { a.push(immediate) }
            for length in 1 ... 20 { a.nop(length: length) }
            a.int3(); a.ud2(); a.ret()
            for boundary in [1, 2, 4, 8, 16, 32, 64] { a.int3(); a.align(boundary) }
        }
    }
}
