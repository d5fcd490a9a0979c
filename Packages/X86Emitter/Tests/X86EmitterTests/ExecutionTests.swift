import XCTest
import MachineCode
import X86Emitter

// Helpers the generated code calls, as the Tier 2 code will call runtime functions.
private let combine: @convention(c) (Int, Int, Int, Int, Int, Int, Int) -> Int = { a, b, c, d, e, f, g in
    a + 10 * b + 100 * c + 1000 * d + 10000 * e + 100000 * f + 1000000 * g
}
private let scaleAndAdd: @convention(c) (Double, Double, Int) -> Double = { x, y, n in x * Double(n) + y }
private func address<F>(of function: F) -> UInt64 {
    UInt64(UInt(bitPattern: unsafeBitCast(function, to: Int.self)))
}

/// Machine code written with the assembler, installed in code memory and run on this CPU.
final class ExecutionTests: XCTestCase {
    var memory: CodeMemory!

    override func setUpWithError() throws {
        memory = try CodeMemory(reservedBytes: 4 << 20)
    }

    /// Finishes, installs, and checks the committed bytes against the listing with capstone.
    func install(_ assembler: X86Assembler, file: StaticString = #filePath, line: UInt = #line) throws -> InstalledCode {
        let installed = try XCTUnwrap(try assembler.finish().install(in: memory), file: file, line: line)
        XCTAssertEqual(installed.verify(with: CapstoneOracle.verifier).map(\.description), [], file: file, line: line)
        return installed
    }

    func testIntegerPolynomial() throws {
        // f(x) = 3x^2 - 7x + 11
        let a = X86Assembler()
        a.mov(.rax, .rdi)
        a.imul(.rax, .rdi)
        a.imul(.rax, .rax, 3)
        a.imul(.rcx, .rdi, -7)
        a.add(.rax, .rcx)
        a.add(.rax, 11)
        a.ret()
        let f = try install(a).function(as: (@convention(c) (Int) -> Int).self)
        for x in [-1000, -3, -1, 0, 1, 2, 17, 123_456] {
            XCTAssertEqual(f(x), 3 * x * x - 7 * x + 11)
        }
    }

    func testDoublePolynomialWithConstantPool() throws {
        // p(x) = (2.5x - 1.0)x + 0.5, with Horner's rule and pool constants; then -p(x) via xorpd
        // with a 16-byte sign mask when the second argument is nonzero.
        let a = X86Assembler()
        let positive = a.newLabel()
        a.movapd(.xmm1, .xmm0)
        a.mulsd(.xmm0, a.constant(2.5))
        a.subsd(.xmm0, a.constant(1.0))
        a.mulsd(.xmm0, .xmm1)
        a.addsd(.xmm0, a.constant(0.5))
        a.test(.rdi, .rdi)
        a.j(.zero, positive)
        a.xorpd(.xmm0, a.constant(low: 0x8000_0000_0000_0000, high: 0))
        a.bind(positive)
        a.ret()
        let p = try install(a).function(as: (@convention(c) (Double, Int) -> Double).self)
        for x in [-3.0, -0.5, 0, 0.25, 1, 10.75] {
            XCTAssertEqual(p(x, 0), (2.5 * x - 1.0) * x + 0.5)
            XCTAssertEqual(p(x, 1), -((2.5 * x - 1.0) * x + 0.5))
        }
    }

    func testLoopWithBackwardJump() throws {
        // sum of i*i for i in 1...n, and the loop count in a callee-saved register.
        let a = X86Assembler()
        let frame = a.enterFrame(saving: [.rbx])
        let loop = a.newLabel(), done = a.newLabel()
        a.xor(.rax, .rax, size: .dword)
        a.xor(.rbx, .rbx, size: .dword)
        a.test(.rdi, .rdi)
        a.j(.lessOrEqual, done)
        a.align(16)
        a.bind(loop)
        a.mov(.rcx, .rdi)
        a.imul(.rcx, .rdi)
        a.add(.rax, .rcx)
        a.inc(.rbx)
        a.dec(.rdi)
        a.j(.notZero, loop)
        a.bind(done)
        a.add(.rax, .rbx)
        a.leaveFrame(frame)
        a.ret()
        let code = try install(a)
        XCTAssertEqual(code.listing.entries.first { $0.mnemonic == "jne" }?.length, 2, "backward jump is rel8")
        let f = code.function(as: (@convention(c) (Int) -> Int).self)
        XCTAssertEqual(f(0), 0)
        XCTAssertEqual(f(-5), 0)
        XCTAssertEqual(f(10), 385 + 10)
        XCTAssertEqual(f(1000), 333_833_500 + 1000)
    }

    func testCallsIntoSwiftHelpers() throws {
        // g(x) = combine(x, 2, 3, 4, 5, 6, 7) + scaleAndAdd(1.5, 0.25, x) truncated, keeping rsp
        // aligned (7 arguments: one on the stack).
        let a = X86Assembler()
        let frame = a.enterFrame(saving: [.rbx, .r12], localBytes: 8)
        a.mov(.rbx, .rdi)
        for (index, register) in SysV.integerArguments.enumerated().dropFirst() { a.mov(register, Int64(index + 1)) }
        a.push(7)                                   // 7th argument
        a.push(0)                                   // keeps rsp 16-byte aligned at the call
        a.mov(.rax, Memory(base: .rsp, displacement: 8))
        a.mov(Memory(base: .rsp), .rax)            // the 7th argument must be at [rsp]
        a.callAbsolute(address(of: combine))
        a.add(.rsp, 16)
        a.mov(.r12, .rax)
        a.movsd(.xmm0, a.constant(1.5))
        a.movsd(.xmm1, a.constant(0.25))
        a.mov(.rdi, .rbx)
        a.call(a.constant(bits: address(of: scaleAndAdd)))   // indirect through the pool
        a.cvttsd2si(.rax, .xmm0)
        a.add(.rax, .r12)
        a.mov(frame.localSlot(0), .rax)
        a.mov(.rax, frame.localSlot(0))
        a.leaveFrame(frame)
        a.ret()
        let g = try install(a).function(as: (@convention(c) (Int) -> Int).self)
        XCTAssertEqual(g(1), 7_654_321 + 1)
        XCTAssertEqual(g(9), 7_654_329 + 13)
        XCTAssertEqual(frame.localAreaSize, 8, "8 (return address) + 16 (pushes) + 8 = 32")
    }

    func testStackIsAlignedAtCalls() throws {
        // Records rsp & 15 at the call instruction for frames with 0 to 4 saved registers.
        for saved in 0 ... 4 {
            let a = X86Assembler()
            let frame = a.enterFrame(saving: Array(SysV.calleeSaved.prefix(saved)), localBytes: saved * 8)
            a.mov(.rax, .rsp)
            a.and(.rax, 15)
            a.leaveFrame(frame)
            a.ret()
            let f = try install(a).function(as: (@convention(c) () -> Int).self)
            XCTAssertEqual(f(), 0, "\(saved) saved registers")
        }
    }

    func testPatchedJumpChangesTarget() throws {
        // A side exit that first leads to "exit 1"; later re-pointed to an in-code label, then to
        // a bridge installed separately.
        let a = X86Assembler()
        let exit1 = a.newLabel(), exit2 = a.newLabel()
        a.cmp(.rdi, 0)
        let site = a.patchableJump(.less, to: .label(exit1))
        a.mov(.rax, 100)
        a.ret()
        a.bind(exit1)
        a.mov(.rax, 1)
        a.ret()
        a.bind(exit2)
        a.mov(.rax, 2)
        a.ret()
        let code = try install(a)
        let f = code.function(as: (@convention(c) (Int) -> Int).self)
        XCTAssertEqual(f(5), 100)
        XCTAssertEqual(f(-5), 1)

        try memory.redirect(site, of: code, to: code.address(of: exit2)!)
        XCTAssertEqual(f(-5), 2)
        XCTAssertEqual(f(5), 100)

        let bridge = X86Assembler()
        bridge.mov(.rax, .rdi)
        bridge.imul(.rax, .rax, 1000)
        bridge.ret()
        let bridgeCode = try install(bridge)
        try memory.redirect(site, of: code, to: bridgeCode.address)
        XCTAssertEqual(f(-5), -5000)
        XCTAssertEqual(memory.statistics.patches, 2)
        // The patched bytes still disassemble to the same instruction, now aimed at the bridge.
        var listing = code.listing
        let entry = listing.entries.firstIndex { $0.offset == site.instructionOffset }!
        listing.entries[entry].operands = "0x" + String(bridgeCode.address, radix: 16)
        XCTAssertEqual(CapstoneOracle.verifier.verify(code.committedBytes, against: listing), [])
    }

    func testRelocatedCallsAndJumpsToAbsoluteAddresses() throws {
        let helper = X86Assembler()
        helper.lea(.rax, Memory(base: .rdi, index: .rdi, scale: .x2, displacement: 1))   // 3x + 1
        helper.ret()
        let helperCode = try install(helper)
        let tail = X86Assembler()
        tail.neg(.rax)
        tail.ret()
        let tailCode = try install(tail)

        let a = X86Assembler()
        a.sub(.rsp, 8)
        a.call(toAddress: helperCode.address)
        a.add(.rsp, 8)
        a.cmp(.rax, 100)
        a.j(.greater, toAddress: tailCode.address)
        a.ret()
        let code = try install(a)
        XCTAssertEqual(code.code.relocations.count, 2)
        let f = code.function(as: (@convention(c) (Int) -> Int).self)
        XCTAssertEqual(f(5), 16)
        XCTAssertEqual(f(50), -151)
    }

    func testPythonFloorDivisionAndModulo() throws {
        // q = a // b, r = a % b (Python: rounded toward minus infinity, r has b's sign); returns
        // q * 1000 + r for small operands.
        let a = X86Assembler()
        let done = a.newLabel()
        a.mov(.rax, .rdi)
        a.mov(.rcx, .rsi)
        a.cqo()
        a.idiv(.rcx)                 // rax = truncated quotient, rdx = remainder
        a.test(.rdx, .rdx)
        a.j(.zero, done)
        a.mov(.r8, .rdx)
        a.xor(.r8, .rcx)             // remainder and divisor of different signs?
        a.j(.noSign, done)
        a.dec(.rax)
        a.add(.rdx, .rcx)
        a.bind(done)
        a.imul(.rax, .rax, 1000)
        a.add(.rax, .rdx)
        a.ret()
        let f = try install(a).function(as: (@convention(c) (Int, Int) -> Int).self)
        for (x, y) in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, -100), (-1, 100)] {
            let q = Int((Double(x) / Double(y)).rounded(.down)), r = x - q * y
            XCTAssertEqual(f(x, y), q * 1000 + r, "\(x) // \(y)")
        }
    }

    func testFloatOperations() throws {
        // floor(x) via roundsd, |x| via andpd, sqrt, conversion back to int, NaN check with
        // ucomisd: returns -1 for NaN, else trunc(floor(x) + sqrt(|x|)).
        let a = X86Assembler()
        let nan = a.newLabel()
        a.ucomisd(.xmm0, .xmm0)
        a.j(.parity, nan)
        a.roundsd(.xmm1, .xmm0, .floor)
        a.andpd(.xmm0, a.constant(low: 0x7FFF_FFFF_FFFF_FFFF, high: 0x7FFF_FFFF_FFFF_FFFF))
        a.sqrtsd(.xmm0, .xmm0)
        a.addsd(.xmm0, .xmm1)
        a.cvttsd2si(.rax, .xmm0)
        a.ret()
        a.bind(nan)
        a.mov(.rax, -1)
        a.ret()
        let f = try install(a).function(as: (@convention(c) (Double) -> Int).self)
        for x in [-9.5, -4.0, -0.25, 0, 2.25, 16.0, 99.9] {
            XCTAssertEqual(f(x), Int(x.rounded(.down) + abs(x).squareRoot()), "\(x)")
        }
        XCTAssertEqual(f(.nan), -1)
    }

    func testIntToDoubleAndBack() throws {
        // returns bits of (double)x * 0.5 through movq, and a max via cmov and a flag via setcc.
        let a = X86Assembler()
        a.cvtsi2sd(.xmm0, .rdi)
        a.mulsd(.xmm0, a.constant(0.5))
        a.movq(.rax, .xmm0)
        a.ret()
        let half = try install(a).function(as: (@convention(c) (Int) -> UInt64).self)
        XCTAssertEqual(half(7), (3.5).bitPattern)
        XCTAssertEqual(half(-1 << 40), (Double(-1 << 40) * 0.5).bitPattern)

        let b = X86Assembler()
        b.cmp(.rdi, .rsi)
        b.mov(.rax, .rsi)
        b.cmov(.greater, .rax, .rdi)        // max
        b.set(.less, .rcx)                  // flags still from cmp (mov and cmov keep them)
        b.movzx(.rcx, .rcx, from: .byte)
        b.shl(.rax, 8)
        b.or(.rax, .rcx)
        b.ret()
        let maxAndLess = try install(b).function(as: (@convention(c) (Int, Int) -> Int).self)
        XCTAssertEqual(maxAndLess(3, 9), 9 << 8 | 1)
        XCTAssertEqual(maxAndLess(9, 3), 9 << 8)
        XCTAssertEqual(maxAndLess(-4, -4), -4 << 8)
    }

    func testShiftsByCLAndLeaOfALabel() throws {
        // (x << n) >> 3 arithmetic; the address of a label inside the code, via RIP lea, is
        // subtracted from itself after checking it lies in the code.
        let b = X86Assembler()
        b.mov(.rcx, .rsi)
        b.mov(.rax, .rdi)
        b.shl(.rax, .cl)
        b.sar(.rax, 3)
        let label = b.newLabel()
        b.lea(.rdx, Memory(label: label))
        b.bind(label)
        b.ret()
        let code = try install(b)
        XCTAssertEqual(code.listing.entries.last { $0.mnemonic == "lea" }?.operands, "rdx, [rip]")
        let f = code.function(as: (@convention(c) (Int, Int) -> Int).self)
        XCTAssertEqual(f(5, 4), 10)
        XCTAssertEqual(f(-5, 4), -10)
    }

    func testFreeingAndReusingInstalledCode() throws {
        var regions: [InstalledCode] = []
        for value in 0 ..< 50 {
            let a = X86Assembler()
            a.mov(.rax, Int64(value))
            a.ret()
            regions.append(try install(a))
        }
        for region in regions where region.function(as: (@convention(c) () -> Int).self)() % 2 == 1 {
            try memory.free(region.region)
        }
        XCTAssertEqual(memory.statistics.committedRegions, 25)
        let a = X86Assembler()
        a.mov(.rax, 4242)
        a.ret()
        let reused = try install(a)
        XCTAssertEqual(reused.address, regions[1].address, "first freed hole is reused")
        XCTAssertEqual(reused.function(as: (@convention(c) () -> Int).self)(), 4242)
        XCTAssertEqual(regions[48].function(as: (@convention(c) () -> Int).self)(), 48)
    }
}
