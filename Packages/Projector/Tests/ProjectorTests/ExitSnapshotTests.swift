import Bytecode
import Projector
import Superblock
import XCTest

/// Every exit is the exact Tier 1 state at an instruction boundary: the code, the instruction to
/// resume at (the one that failed, which Tier 1 runs again), the changed locals and the whole value
/// stack as SSA refs.
final class ExitSnapshotTests: XCTestCase {
    static let source = """
    def run(n):
        total = 0
        for i in range(n):
            total = total + i * 3
            total = total - abs(i)
        return total
    print(run(100))
    """

    func testGuardExitResumesAtItsInstructionWithTheStackBeforeIt() throws {
        let p = try ProjectionHarness.project(ExitSnapshotTests.source, function: "run")
        XCTAssertEqual(p.stdout, "9900\n")
        let multiply = try XCTUnwrap(p.first(._INT_MULTIPLY), p.dump)
        let intGuard = multiply - 1
        XCTAssertEqual(p.uops[intGuard], ._GUARD_BOTH_SMALL_INT)
        let next = Ref(uop: try XCTUnwrap(p.first(._RANGE_NEXT)))
        let total = Ref(uop: try XCTUnwrap(p.first(._LOAD_LOCAL)))
        for index in [intGuard, multiply] {
            let exit = try XCTUnwrap(p.exit(of: index))
            XCTAssertEqual(exit.kind, .guardFailed)
            XCTAssertEqual(exit.frames.count, 1)
            let frame = exit.innermost
            XCTAssertEqual(frame.code, 0)
            XCTAssertFalse(frame.isVirtual)
            XCTAssertNil(frame.function, "the root frame keeps its own function")
            XCTAssertEqual(Int(frame.resumeIndex), try XCTUnwrap(p.instructionIndex(of: .BINARY_OP_MULTIPLY_INT)))
            XCTAssertEqual(frame.stack.count, 4)
            XCTAssertEqual(Array(frame.stack.prefix(3)), [Ref(uop: 0), total, next], "iterator, total, i, 3")
            XCTAssertTrue(frame.stack[3].isConstant)
            XCTAssertEqual(localsBySlot(frame), [try XCTUnwrap(p.slot("i")): next], "only i differs from the frame's memory")
        }
    }

    func testLaterExitsCarryTheStoredLocals() throws {
        let p = try ProjectionHarness.project(ExitSnapshotTests.source, function: "run")
        let add = try XCTUnwrap(p.first(._INT_ADD))
        let subtract = try XCTUnwrap(p.first(._INT_SUBTRACT), p.dump)
        let exit = try XCTUnwrap(p.exit(of: subtract))
        let next = Ref(uop: try XCTUnwrap(p.first(._RANGE_NEXT)))
        XCTAssertEqual(localsBySlot(exit.innermost), [try XCTUnwrap(p.slot("i")): next, try XCTUnwrap(p.slot("total")): Ref(uop: add)])
        XCTAssertEqual(Int(exit.innermost.resumeIndex), try XCTUnwrap(p.instructionIndex(of: .BINARY_OP_SUBTRACT_INT)))
        let call = try XCTUnwrap(p.first(._CALL), p.dump)
        XCTAssertEqual(exit.innermost.stack, [Ref(uop: 0), Ref(uop: add), Ref(uop: call)])
    }

    func testRaisingUopHasARaiseExitAtItsInstruction() throws {
        let p = try ProjectionHarness.project(ExitSnapshotTests.source, function: "run")
        let call = try XCTUnwrap(p.first(._CALL), p.dump)
        XCTAssertEqual(p.superblock.instructions[call].exit, -1, "a call is no guard")
        let exit = try XCTUnwrap(p.raiseExit(of: call))
        XCTAssertEqual(exit.kind, .raised)
        let callInstruction = try XCTUnwrap(p.instructions[0].indices.first {
            $0 > Int(p.superblock.entryIndex) && p.instructions[0][$0].opcode.name.hasPrefix("CALL")
        })
        XCTAssertEqual(Int(exit.innermost.resumeIndex), callInstruction, "Tier 1 raises at the call")
        // The stack before the call: iterator, total, then abs, NULL and i.
        let next = Ref(uop: try XCTUnwrap(p.first(._RANGE_NEXT)))
        XCTAssertEqual(exit.innermost.stack.count, 5)
        XCTAssertEqual(exit.innermost.stack[0], Ref(uop: 0))
        XCTAssertEqual(exit.innermost.stack[2], p.operands(call)[0], "the callable")
        XCTAssertEqual(exit.innermost.stack[4], next)
        XCTAssertEqual(p.operands(call), [exit.innermost.stack[2], next])
    }

    func testEntryStackIsLoadedAndGuarded() throws {
        let p = try ProjectionHarness.project(ExitSnapshotTests.source, function: "run")
        XCTAssertEqual(Array(p.uops.prefix(2)), [._LOAD_STACK, ._GUARD_NOT_NULL])
        let exit = try XCTUnwrap(p.exit(of: 1))
        XCTAssertEqual(Int(exit.innermost.resumeIndex), Int(p.superblock.entryIndex))
        XCTAssertEqual(exit.innermost.stack, [Ref(uop: 0)])
        XCTAssertTrue(exit.innermost.locals.isEmpty)
    }

    func testUnboundLocalLoadExitsBeforeTheLoad() throws {
        let p = try ProjectionHarness.project(ExitSnapshotTests.source, function: "run")
        let load = try XCTUnwrap(p.first(._LOAD_LOCAL))
        XCTAssertEqual(p.superblock.instructions[load].immediate, Int64(try XCTUnwrap(p.slot("total"))))
        let exit = try XCTUnwrap(p.exit(of: load))
        // The load itself, or the superinstruction that starts with it (LOAD_FAST__LOAD_FAST).
        XCTAssertEqual(p.instructions[0][Int(exit.innermost.resumeIndex)].opcode.family, .LOAD_FAST)
        XCTAssertEqual(p.instructions[0][Int(exit.innermost.resumeIndex)].oparg, Int(try XCTUnwrap(p.slot("total"))))
    }
}
