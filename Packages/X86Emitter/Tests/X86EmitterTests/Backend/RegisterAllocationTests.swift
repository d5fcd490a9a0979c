import Runtime
import Superblock
import XCTest
@testable import X86Emitter

/// Liveness and linear-scan allocation on hand-built superblocks.
final class RegisterAllocationTests: XCTestCase {
    override func setUp() { TestRuntime.setUp() }

    func testValueLiveAcrossACallGetsACalleeSavedRegister() {
        let b = SuperblockBuilder()
        let e = b.exit(stack: [])
        let x = b.uop(._LOAD_LOCAL, immediate: 0, exit: e)                 // v0: lives across the call
        let y = b.uop(._LOAD_LOCAL, immediate: 1, exit: e)                 // v1: only feeds the call
        let sum = b.uop(._BINARY_OP, [y, y], immediate: 0, raiseExit: e)   // v2: generic
        b.uop(._INT_ADD, [x, sum], exit: e)                                // v3
        let liveness = Liveness(b.superblock)
        let allocation = RegisterAllocator.allocate(liveness)
        XCTAssertTrue(liveness.crossesCall(0))
        XCTAssertTrue(allocation.register[0].map(\.isCalleeSaved) ?? false, "\(String(describing: allocation.register[0]))")
        XCTAssertTrue(allocation.synced[1], "operands of generic uops are stored when defined")
        XCTAssertNil(allocation.register[1], "a value only generic code reads needs no register")
        XCTAssertTrue(allocation.synced[2], "a generic result is in its slot")
        XCTAssertNotNil(allocation.register[2], "loaded after the call for the native add")
    }

    func testFloatsTakeXmmRegistersAndIntResultsStayShifted() {
        let b = NativeSuperblockTests.unboxedLoop()
        let allocation = RegisterAllocator.allocate(Liveness(b.superblock))
        XCTAssertNotNil(allocation.xmm[4], "the float phi")
        XCTAssertNotNil(allocation.xmm[6], "the float product")
        XCTAssertNotEqual(allocation.xmm[6], allocation.xmm[4], "the phi is still named by later exits")
        XCTAssertEqual(allocation.representation[5], Representation.shiftedInt, "the counter phi")
        XCTAssertEqual(allocation.representation[7], Representation.shiftedInt)
        XCTAssertEqual(allocation.register[7], allocation.register[5], "the back edge moves nothing")
        XCTAssertEqual(allocation.representation[0], Representation.boxed, "a loaded value stays boxed")
    }

    func testDoubleLiveAcrossACallIsBoxed() {
        let b = SuperblockBuilder()
        let e = b.exit()
        let x = b.uop(._LOAD_STACK, immediate: 0)
        b.uop(._GUARD_BOTH_FLOAT, [x, x], exit: e)
        let y = b.uop(._FLOAT_ADD, [x, x])                                    // v2: lives across the call
        let z = b.uop(._BINARY_OP, [x, x], immediate: 8, raiseExit: e)       // v3: generic (**)
        let w = b.uop(._FLOAT_ADD, [y, z])
        b.uop(._GUARD_BOTH_FLOAT, [w, w], exit: b.exit(stack: [w]))
        b.uop(._EXIT, exit: b.exit(.end, stack: [y]))
        let allocation = RegisterAllocator.allocate(Liveness(b.superblock))
        XCTAssertNil(allocation.xmm[2], "xmm registers do not survive calls")
        XCTAssertEqual(allocation.representation[2], Representation.boxed)
        XCTAssertTrue(allocation.register[2]?.isCalleeSaved ?? false)
        XCTAssertNotNil(allocation.xmm[4])
    }

    func testNumericBinaryOpsOfKnownTypesAreNative() {
        let b = SuperblockBuilder()
        let e = b.exit()
        let i = b.uop(._LOAD_STACK, immediate: 0)
        b.uop(._GUARD_BOTH_SMALL_INT, [i, i], exit: e)
        let k = b.uop(._INT_ADD, [i, b.constant(1)], exit: e)                          // v2: small int
        b.uop(._BINARY_OP, [b.constant(1.0), k], immediate: 11, raiseExit: e)         // v3: 1.0 / k
        b.uop(._BINARY_OP, [i, k], immediate: 11, raiseExit: e)                       // v4: i / k
        b.uop(._BINARY_OP, [i, k], immediate: 0, raiseExit: e)                        // v5: i + k (int)
        b.uop(._BINARY_OP, [b.uop(._LOAD_STACK, immediate: 1), k], immediate: 0, raiseExit: e)  // v7: unknown
        let liveness = Liveness(b.superblock)
        XCTAssertEqual(liveness.isGeneric, [false, false, false, false, false, true, false, true])
        XCTAssertEqual(liveness.representation[3], .double)
    }

    func testValuesNamedByExitsAfterCallsAreSynced() {
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_LOCAL, immediate: 0, exit: b.exit())
        let raise = b.exit(.raised, stack: [x])
        let y = b.uop(._BINARY_OP, [x, x], raiseExit: raise)
        b.uop(._GUARD_TRUE, [y], exit: b.exit(stack: [x]))
        let allocation = RegisterAllocator.allocate(Liveness(b.superblock))
        XCTAssertTrue(allocation.synced[0])
    }

    func testCompareFeedingOnlyTheNextGuardIsFused() {
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_LOCAL, immediate: 0, exit: b.exit())
        let c = b.uop(._INT_COMPARE, [x, b.constant(10)], immediate: 0)
        b.uop(._GUARD_TRUE, [c], exit: b.exit(stack: [x]))
        let d = b.uop(._INT_COMPARE, [x, b.constant(20)], immediate: 0)
        b.uop(._GUARD_TRUE, [d], exit: b.exit(stack: [d]))   // d is also named by the exit: not fused
        let liveness = Liveness(b.superblock)
        XCTAssertEqual(liveness.fusedWithNextGuard, [false, true, false, false, false])
        XCTAssertEqual(liveness.emittedByPrevious, [false, false, true, false, false])
        XCTAssertNil(liveness.interval(1), "a fused comparison has no result")
    }

    func testSpillsWhenMoreValuesAreLiveThanRegisters() {
        let b = SuperblockBuilder()
        let e = b.exit()
        let values = (0 ..< 14).map { b.uop(._LOAD_STACK, immediate: Int64($0 % 4)) }
        b.uop(._GUARD_TRUE, [values[0]], exit: e)
        b.loop(locals: values.enumerated().map { (Int32($0.offset % 4), $0.element) })
        let allocation = RegisterAllocator.allocate(Liveness(b.superblock))
        let registers = allocation.register.compactMap { $0 }
        XCTAssertEqual(registers.count, 9, "every allocatable register is used")
        XCTAssertEqual(Set(registers).count, 9)
        let spilled = (0 ..< 14).filter { allocation.register[$0] == nil }
        XCTAssertEqual(spilled.count, 5)
        XCTAssertTrue(spilled.allSatisfy { allocation.synced[$0] }, "spilled values live in their slots")
    }

    /// Random superblocks: no two values whose intervals overlap share a register, values that
    /// live across calls are in callee-saved registers or spilled, and every value an exit names
    /// is synced or in a register when the exit is taken.
    func testRandomSuperblocksSatisfyTheAllocationInvariants() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0 ..< 300 {
            let b = SuperblockBuilder()
            var values: [Ref] = [b.constant(1)]
            for _ in 0 ..< Int.random(in: 1 ... 40, using: &generator) {
                let a = values.randomElement(using: &generator)!, c = values.randomElement(using: &generator)!
                let exit = b.exit(stack: (0 ..< Int.random(in: 0 ... 3, using: &generator)).map { _ in values.randomElement(using: &generator)! })
                switch Int.random(in: 0 ..< 4, using: &generator) {
                case 0: values.append(b.uop(._BINARY_OP, [a, c], raiseExit: exit))
                case 1: values.append(b.uop(._LOAD_LOCAL, immediate: 0, exit: exit))
                default: values.append(b.uop(._INT_ADD, [a, c], exit: exit))
                }
            }
            b.loop(locals: (0 ..< 3).map { (Int32($0), values.randomElement(using: &generator)!) })
            let liveness = Liveness(b.superblock)
            let allocation = RegisterAllocator.allocate(liveness)
            let count = b.superblock.instructions.count
            for v in 0 ..< count {
                guard let register = allocation.register[v], let range = allocation.intervals[v] else { continue }
                if liveness.crossesCall(v) { XCTAssertTrue(register.isCalleeSaved) }
                for w in v + 1 ..< count where allocation.register[w] == register {
                    XCTAssertFalse(allocation.intervals[w]!.overlaps(range), "v\(v) and v\(w) share \(register)")
                }
            }
            for (j, instruction) in b.superblock.instructions.enumerated() {
                for exit in Liveness.exits(of: instruction) {
                    for ref in Liveness.refs(of: b.superblock.exits[exit], in: b.superblock) where !ref.isConstant {
                        let v = ref.uopIndex
                        if allocation.synced[v] { continue }
                        XCTAssertFalse(liveness.isGeneric[j], "exits after calls read synced values")
                        XCTAssertTrue(allocation.intervals[v]?.contains(2 * j) ?? false, "v\(v) is in a register at uop \(j)")
                    }
                }
            }
        }
    }
}
